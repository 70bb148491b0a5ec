import Foundation
import MissionKPI
import Testing

@testable import MissionKPIPublish

/// What a board reads: verdicts that cannot look good beside a bad result, who must act, a printable
/// pack, and pages that stay legible on a phone. Checked over every page of the published sample.
@Suite struct BoardPagesTests {
    /// The sample published once for the suite (recorded into a fresh tracker, as `RegenerationTests` does).
    static let sample: Result<[String: String], Error> = Result {
        let out = try RegenerationTests.regenerate()
        var pages: [String: String] = [:]
        for (path, data) in PublishSupport.tree(out) where path.hasSuffix(".html") || path.hasSuffix(".css") || path.hasSuffix(".md") {
            pages[path] = String(decoding: data, as: UTF8.self)
        }
        return pages
    }

    static func pages() throws -> [String: String] { try sample.get() }

    /// Every row, list item, paragraph and definition of a page.
    static func blocks(_ html: String) throws -> [String] {
        let pattern = try Regex(#"<(tr|li|p|dd|div class="summary-list__row")\b[^>]*>.*?</(tr|li|p|dd|div)>"#).dotMatchesNewlines()
        return html.matches(of: pattern).map { String(html[$0.range]) }
    }

    @Test func noGreenTagBesideAnInadequateResultOnAnyPage() throws {
        let pages = try Self.pages()
        #expect(pages.keys.filter { $0.hasSuffix(".html") }.count > 60)
        let green = "class=\"tag good\""
        let bad = try Regex(#"class="tag inadequate"><span aria-hidden="true">[^<]*</span> (Inadequate|Serious concerns)"#)
        var checked = 0
        for (path, html) in pages where path.hasSuffix(".html") {
            for block in try Self.blocks(html) where block.contains(bad) {
                checked += 1
                #expect(!block.contains(green), "\(path): a green tag beside an inadequate result: \(block.prefix(300))")
            }
        }
        #expect(checked > 50, "too few inadequate results found (\(checked)): is the pattern still right?")
    }

    @Test func everyMissionHasAPrintableBoardPackWithItsVerdictAndActions() throws {
        let pages = try Self.pages()
        for m in ["clean-power", "growth", "nhs", "opportunity", "safer-streets"] {
            let pack = try #require(pages["missions/\(m)/board-pack.html"], "no board pack for \(m)")
            #expect(pack.contains("<section class=\"pack-section\""))
            #expect(pack.contains("1. Verdict") && pack.contains("3. Who must act") && pack.contains("4. Contracts serving the mission"))
            #expect(pages["missions/\(m).html"]?.contains("href=\"\(m)/board-pack.html\"") == true)
        }
        let nhs = try #require(pages["missions/nhs/board-pack.html"])
        #expect(nhs.contains("Serious concerns</strong> about performance and outcomes."))
        let css = try #require(pages["assets/style.css"])
        #expect(css.contains("@media print") && css.contains(".pack-section + .pack-section { break-before: page; }"))
    }

    @Test func missionAndDepartmentPagesListActionsByOwnerWithTheirDates() throws {
        let pages = try Self.pages()
        let home = try #require(pages["departments/home-office.html"])
        #expect(home.contains("<h2 id=\"actions\">Who must act</h2>"))
        #expect(home.contains("Overdue since 20"))  // an s.71 assessment or a return overdue, with its date
        #expect(home.contains("Contract manager: "))
        let nhs = try #require(pages["missions/nhs.html"])
        #expect(nhs.contains("Senior responsible owner: "))
        #expect(nhs.contains("The board of") || nhs.contains("Health Mission Board"))
        // Plain words: no YAML file or key in what a board reads.
        let actions = try #require(nhs.firstMatch(of: try Regex(#"<div class="actions">.*?</div>\n"#).dotMatchesNewlines()))
        #expect(!String(nhs[actions.range]).contains(".yaml"))
    }

    /// Point 3: every chart and diagram keeps its smallest text at 12 px or more (its minimum width
    /// scaled against its viewBox), and wide tables scroll with a cue or stack on a phone.
    @Test func chartTextStaysLegibleOnAPhone() throws {
        let pages = try Self.pages()
        let svg = try Regex(#"<svg [^>]*viewBox="0 0 ([0-9.]+) [0-9.]+"[^>]*>"#)
        let minWidth = try Regex(#"min-width:([0-9.]+)px"#)
        let size = try Regex(#"font-size="([0-9.]+)""#)
        var charts = 0
        for (path, html) in pages where path.hasSuffix(".html") {
            for chunk in html.split(separator: "<svg ").dropFirst() {
                let text = "<svg " + String(chunk[..<(chunk.range(of: "</svg>")?.lowerBound ?? chunk.endIndex)])
                guard let open = text.firstMatch(of: svg), let w = Double(open.output[1].substring ?? "") else { continue }
                guard text.contains("<text") else { continue }  // a sparkline has no text to read
                charts += 1
                let shown = text.firstMatch(of: minWidth).flatMap { Double($0.output[1].substring ?? "") }
                #expect(shown != nil, "\(path): a chart without a minimum width")
                let smallest = text.matches(of: size).compactMap { Double($0.output[1].substring ?? "") }.min() ?? 12
                #expect(smallest * (shown ?? 0) / w >= 11.99, "\(path): text of \(smallest) in a \(w)-wide chart shown at \(shown ?? 0) px")
            }
        }
        #expect(charts > 20)
        let css = try #require(pages["assets/style.css"])
        #expect(css.contains("Scroll sideways to see all of it"))
        #expect(css.contains(".table--stack td[data-label]::before"))
    }

    /// Point 6: the licence, the publisher and its contact, and the publication date beside the as-of
    /// date, on every page, in the data dictionary and in the JSON metadata; one key style in the JSON.
    @Test func theOpenDataSaysWhoPublishesItAndUnderWhichLicence() throws {
        let pages = try Self.pages()
        for (path, html) in pages where path.hasSuffix(".html") {
            #expect(html.contains("Evidence as at 2026-11-24 · published 2026-11-24"), "\(path)")
            #expect(html.contains("rel=\"license\">Open Government Licence v3.0</a>"), "\(path)")
            #expect(html.contains("by <a href=\"https://www.example.org/missionkpi-sample/contact\">MissionKPI sample (illustrative)</a>"), "\(path)")
        }
        let readme = try #require(pages["data/README.md"])
        #expect(readme.contains("Published 2026-11-24, with evidence as at 2026-11-24, by MissionKPI sample (illustrative)"))
        #expect(readme.contains("[Open Government Licence v3.0](<https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/>)"))
        let out = try RegenerationTests.regenerate()
        let meta = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/data/metadata.json"))) as? [String: Any])
        #expect((meta["licence"] as? [String: Any])?["name"] as? String == "Open Government Licence v3.0")
        #expect((meta["publisher"] as? [String: Any])?["contact"] as? String == "https://www.example.org/missionkpi-sample/contact")
        #expect(meta["issued"] as? String == "2026-11-24" && meta["as_of"] as? String == "2026-11-24")
        #expect(((meta["distributions"] as? [[String: Any]]) ?? []).contains { $0["file"] as? String == "verdicts.csv" })
        // snake_case keys throughout: snapshot.json too.
        let snapshot = PublishSupport.text(out, "data/snapshot.json.gz")
        #expect(!snapshot.isEmpty)
        #expect(snapshot.contains("\"as_of\": \"2026-11-24\"") && !snapshot.contains("\"asOf\""))
        #expect(!snapshot.contains("previousAsOf") && !snapshot.contains("newFindings") && !snapshot.contains("baselineDate"))
    }

    /// A snapshot written before keys were snake_case is still read, so the next publish compares with it.
    @Test func aCamelCaseSnapshotIsStillRead() throws {
        let folder = try PublishSupport.tempFolder("snapshot")
        let old = #"{"version": 1, "inputs": "x", "asOf": "2026-10-31", "findings": [], "goals": [{"subject": "m/a", "baseline": 1, "baselineDate": null, "target": 2, "targetDate": "2027-01-01"}], "changes": {"previousAsOf": null, "newFindings": [], "resolvedFindings": [], "moved": []}}"#
        try old.write(toFile: folder + "/snapshot.json", atomically: true, encoding: .utf8)
        let s = try #require(Snapshot.read(folder + "/snapshot.json"))
        #expect(s.asOf == "2026-10-31")
    }
}
