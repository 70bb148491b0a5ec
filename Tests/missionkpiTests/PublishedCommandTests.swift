import Foundation
import MissionKPI
import MissionKPIStore
import Testing

/// Published (UK9) assessments end to end: `observations --published`, `assess`, `align` and the
/// contract page on the example workspace with its returns recorded and three notices' ratings stored;
/// and `export ocds`.
@Suite struct PublishedCommandTests {
    /// The example workspace with its 24 months of returns recorded and published assessments stored:
    /// tests published slightly below (the returns give good), report-time met (agrees), and one with a
    /// formula-like measure.
    static func workspace() throws -> String {
        let ws = try PublishCommandTests.temp("published-cli")
        var files = ExampleWorkspace.files
        files["Contracts/dept/returns/all.csv"] = "contract,kpi,period,value\n" + ExampleWorkspace.returns + "\n"
        for (path, text) in files {
            let url = URL(fileURLWithPath: ws + "/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let r = try CLI.run(["record", "--workspace", ws, "--db", ws + "/t.sqlite"])
        #expect(r.exit == 0, "\(r.stderr)")
        let year = (Day(parsing: "2025-10-01")!, Day(parsing: "2026-09-30")!)
        func item(_ kpi: String, _ c: PublishedAssessment.Classification, _ measure: String) -> PublishedAssessment {
            PublishedAssessment(
                contract: "c1", kpi: kpi, periodStart: year.0, periodEnd: year.1, periodText: "2025-10-01/2026-09-30", measure: measure,
                classification: c, classificationDescription: nil, release: "054321-2026", releaseDate: "2026-10-20T10:00:00+01:00",
                noticeType: "UK9")
        }
        try Tracker(path: ws + "/t.sqlite").recordPublished([
            item("tests", .slightlyBelow, "91%"), item("report-time", .met, "4 days"), item("within-6-weeks", .met, "=1+2"),
        ])
        return ws
    }

    @Test func observationsListsThePublishedAssessmentsInEveryFormat() throws {
        let ws = try Self.workspace()
        let base = ["observations", "--published", "--workspace", ws, "--db", ws + "/t.sqlite"]
        let csv = try CLI.run(base + ["--format", "csv"])
        #expect(csv.exit == 0, "\(csv.stderr)")
        let lines = csv.stdout.split(separator: "\r\n").map(String.init)
        #expect(
            lines.first
                == "contract,kpi,period,period_start,period_end,measure,classification,classification_description,rating,release,release_date,notice_type,latest"
        )
        #expect(lines.count == 4)
        #expect(
            lines.contains(
                "c1,tests,2025-10-01/2026-09-30,2025-10-01,2026-09-30,91%,slightlyBelow,,approaching_target,054321-2026,2026-10-20T10:00:00+01:00,UK9,true"
            ))
        #expect(lines.contains { $0.hasPrefix("c1,within-6-weeks,") && $0.contains(",'=1+2,met,") }, "formula neutralised")
        let json = try CLI.run(base + ["--format", "json"])
        let items = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(items.count == 3 && items[0]["classification_description"] is NSNull && items[0]["latest"] as? Bool == true)
        let text = try CLI.run(base + ["--kpi", "c1/tests"])
        #expect(text.stdout.split(separator: "\n").count == 2)
        #expect(text.stdout.contains("c1/tests  2025-10-01/2026-09-30  91%"), "\(text.stdout)")
        // An unknown contract is a usage error, as in every command.
        #expect(try CLI.run(base + ["--contract", "c9"]).exit == 64)
        let usage = try CLI.run(base + ["--all-versions"])
        #expect(usage.exit == 64 && usage.stderr.contains("drop --all-versions"))
    }

    @Test func assessAndAlignSetThePublishedRatingBesideTheReturns() throws {
        let ws = try Self.workspace()
        let args = ["--workspace", ws, "--db", ws + "/t.sqlite", "--as-of", "2026-11-24"]
        let text = try CLI.run(["assess", "--contract", "c1"] + args)
        #expect(text.exit == 0, "\(text.stderr)")
        #expect(text.stdout.contains("Published assessments (contract performance notices, UK9) beside the returns:"))
        #expect(text.stdout.contains("slightlyBelow (approaching target), measure 91%"))
        #expect(text.stdout.contains("good (mean 96% over 12 returns)     DISAGREES"), "\(text.stdout)")
        let json = try CLI.run(["assess", "--format", "json"] + args)
        let contracts = try #require(
            (try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["contracts"] as? [[String: Any]])
        let published = try #require(contracts.first?["published"] as? [[String: Any]])
        #expect(published.map { $0["agreement"] as? String } == ["agrees", "disagrees", "agrees"])
        let csv = try CLI.run(["assess", "--format", "csv"] + args)
        #expect(csv.stdout.contains("published,,c1,tests,2025-10-01/2026-09-30,2026-10-20,96,,,,,approaching_target,disagrees,,"))
        let md = try CLI.run(["assess", "--format", "markdown"] + args)
        #expect(md.stdout.contains("| `tests` | 2025-10-01/2026-09-30 | slightlyBelow (approaching target), measure 91% |"))
        let align = try CLI.run(["align"] + args)
        #expect(align.stdout.contains("warning: [published-rating-disagrees] the UK9 notice '054321-2026' of 2026-10-20 rated 'tests'"))
        #expect(align.stdout.components(separatedBy: "[published-rating-disagrees]").count == 2)
    }

    @Test func theContractPageShowsBoth() throws {
        let ws = try Self.workspace()
        let r = try CLI.run(["publish", "--workspace", ws, "--db", ws + "/t.sqlite", "--out", ws + "/site", "--as-of", "2026-11-24"])
        #expect(r.exit == 0, "\(r.stderr)")
        let page = String(decoding: FileManager.default.contents(atPath: ws + "/site/contracts/c1.html") ?? Data(), as: UTF8.self)
        #expect(page.contains("<h2 id=\"published\">Published assessments (contract performance notices, UK9)</h2>"))
        #expect(page.contains("Disagrees</strong>") && page.contains("=1+2"))
        #expect(FileManager.default.fileExists(atPath: ws + "/site/data/ocds.json"))
    }

    @Test func exportWritesThePackageToStandardOutputOrAFile() throws {
        let ws = try Self.workspace()
        let args = ["export", "ocds", "--workspace", ws, "--db", ws + "/t.sqlite", "--as-of", "2026-11-24"]
        let out = try CLI.run(args)
        #expect(out.exit == 0, "\(out.stderr)")
        #expect(out.stdout.hasPrefix("{\n  \"uri\": \"urn:x-missionkpi:ocds:ocds-xxxxxx:2026-11-24\""))
        #expect(out.stderr.contains("exported 1 contract release(s) and 1 UK9-ready implementation release(s) as at 2026-11-24"))
        #expect(out.stderr.contains("note: publication.uri is not set"))
        let file = try CLI.run(args + ["--out", ws + "/ocds.json", "--quiet"])
        #expect(file.exit == 0 && file.stdout.isEmpty && file.stderr.isEmpty, "\(file.stderr)")
        #expect(String(decoding: FileManager.default.contents(atPath: ws + "/ocds.json") ?? Data(), as: UTF8.self) == out.stdout)
        let bad = try CLI.run(args + ["--out", ws + "/no/such/folder/ocds.json"])
        #expect(bad.exit == 1 && bad.stderr.contains("error: cannot write '\(ws)/no/such/folder/ocds.json'"))
        let usage = try CLI.run(["export", "ocds", "--workspace", ws, "--as-of", "2026-13-01"])
        #expect(usage.exit == 64)
    }
}
