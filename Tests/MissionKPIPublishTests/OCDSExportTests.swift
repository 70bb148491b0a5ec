import Foundation
import MissionKPI
import MissionKPIStore
import Testing

@testable import MissionKPIPublish

/// `export ocds` and `data/ocds.json`: valid against the UK profile, deterministic, mapped as
/// Documentation/OCDS.md says, and free of people's names.
@Suite struct OCDSExportTests {
    static let asOf = PublishFixture.asOf

    /// The fixture plus an exempt contract and a KPI counted in pounds.
    static var files: [String: String] {
        var f = PublishFixture.files
        f["Contracts/dept-b/b-2025-0009.yaml"] = """
            id: b-2025-0009
            title: One-off delivery of scanners
            department: dept-b
            supplier: {name: Scanner Makers Ltd, vcse: true}
            value: {amount: 7000000, currency: GBP, includes_vat: true}
            period: {start: 2025-06-01, end: 2026-05-31}
            procedure: call_off
            manager: p-lead
            senior_responsible_owner: p-lead
            kpi_exemption: "One-off delivery: performance cannot be assessed by KPIs (s.52(2))"
            """
        f["Contracts/dept-b/b-2025-0002.yaml"]! += """

              - id: savings
                title: Cashable savings delivered
                level: output
                unit: gbp
                direction: increase
                baseline: {value: 0}
                target: {value: 250000.5, date: 2027-03-31}
            """
        return f
    }

    static func export(_ files: [String: String] = files) throws -> (OCDSExport.Result, Assessment, Workspace) {
        let ws = try PublishFixture.workspace(files)
        let a = Assessor.assess(ws, observations: PublishFixture.observations, asOf: asOf)
        return (OCDSExport.package(ws, assessment: a, asOf: asOf), a, ws)
    }

    static func parse(_ json: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    static func release(_ package: [String: Any], _ id: String) throws -> [String: Any] {
        let releases = try #require(package["releases"] as? [[String: Any]])
        return try #require(releases.first { $0["id"] as? String == id }, "no release \(id)")
    }

    @Test func everyReleaseIsValidAgainstTheUKProfile() throws {
        let (export, _, _) = try Self.export()
        let check = try OCDSSchemaCheck.errors(export.json)
        #expect(check.errors == [])
        #expect(check.releases == 4 + 3)  // a contract release each, and three s.71 assessments due in the year
        #expect(export.contractReleases == 4 && export.implementationReleases == 3)
    }

    /// The package's fields indented, each release compact on a line of its own (half the bytes).
    @Test func eachReleaseIsOneLine() throws {
        let (export, _, _) = try Self.export()
        let lines = export.json.split(separator: "\n")
        let releases = lines.filter { $0.hasPrefix("    {\"ocid\":") }
        #expect(releases.count == export.contractReleases + export.implementationReleases)
        #expect(releases.allSatisfy { !$0.contains("\": ") }, "no space after a key in a release")
        #expect(export.json.hasPrefix("{\n  \"uri\": "))
        #expect(try JSONSerialization.jsonObject(with: Data(export.json.utf8)) is [String: Any])
    }

    @Test func theSchemaCheckCanFail() throws {
        let (export, _, _) = try Self.export()
        let broken = export.json.replacingOccurrences(
            of: "\"measureClassification\":{", with: "\"measureClassification\":{\"uri\":\"x\",\"scheme\":7,"
        )
        .replacingOccurrences(of: "\"tag\":[\"contract\"]", with: "\"tag\":[\"signed\"]")
        .replacingOccurrences(of: "\"version\": \"1.1\"", with: "\"version\": \"one\"")
        let errors = try OCDSSchemaCheck.errors(broken).errors
        #expect(errors.contains { $0.hasPrefix("package/version: ") })
        #expect(errors.contains { $0.contains("/tag/0: 'signed' is not one of") })
        #expect(errors.contains { $0.contains("measureClassification/scheme: 7 is not of type") })
    }

    @Test func theSampleWorkspaceExportsValidReleases() throws {
        let root = RegenerationTests.repository
        let load = try WorkspaceLoader.load(at: root, ruleCatalog: RuleRegistry.catalog)
        #expect(load.isClean)
        let temp = try PublishSupport.tempFolder("ocds-sample")
        let tracker = try Tracker(path: temp + "/tracker.sqlite")
        _ = try tracker.record(ReturnsFinder.find([], workspaceRoot: root).inputs, workspace: load.workspace, recordedAt: "t")
        let a = Assessor.assess(load.workspace, observations: try tracker.observationSet(), asOf: Self.asOf)
        let export = OCDSExport.package(load.workspace, assessment: a, asOf: Self.asOf)
        let check = try OCDSSchemaCheck.errors(export.json)
        #expect(check.errors == [])
        #expect(check.releases == load.workspace.contracts.count + export.implementationReleases)
        #expect(export.implementationReleases > 10)
    }

    @Test func theSameInputsGiveTheSameBytes() throws {
        let (one, _, _) = try Self.export()
        let (two, _, _) = try Self.export()
        #expect(one.json == two.json)
        let reordered = Self.files.reduce(into: [String: String]()) { $0[$1.key] = $1.value }
        #expect(try Self.export(reordered).0.json == one.json)
    }

    @Test func packageMetadataComeFromThePublicationSettings() throws {
        var files = Self.files
        files["missionkpi.yaml"] =
            PublishFixture.settings + """

                  uri: https://data.example.gov.uk/kpis
                  publisher: {name: Department A, scheme: GB-GOR, uid: D99, uri: https://www.gov.uk/dept-a}
                  license: https://creativecommons.org/licenses/by/4.0/
                  ocid_prefix: ocds-abc123
                """
        let (export, _, _) = try Self.export(files)
        let p = try Self.parse(export.json)
        #expect(p["uri"] as? String == "https://data.example.gov.uk/kpis/data/ocds.json")
        #expect(p["publishedDate"] as? String == "2026-11-24T00:00:00Z")
        #expect(p["license"] as? String == "https://creativecommons.org/licenses/by/4.0/")
        #expect(p["version"] as? String == "1.1")
        #expect(
            (p["publisher"] as? [String: String]) == [
                "name": "Department A", "scheme": "GB-GOR", "uid": "D99", "uri": "https://www.gov.uk/dept-a",
            ])
        #expect((p["extensions"] as? [String])?.count == 2)
        #expect(try Self.release(p, "a-2025-0003-contract-2026-11-24")["ocid"] as? String == "ocds-abc123-a-2025-0003")
        #expect(export.notes.isEmpty)
        let (defaults, _, _) = try Self.export()
        let d = try Self.parse(defaults.json)
        #expect(d["uri"] as? String == "urn:x-missionkpi:ocds:ocds-xxxxxx:2026-11-24")
        #expect(d["license"] as? String == OCDSExport.defaultLicense)
        #expect((d["publisher"] as? [String: String]) == ["name": "Fixture & <Test> site"])
        #expect(defaults.notes.count == 2)
    }

    @Test func aContractReleaseCarriesTheKPIsAsAgreedMetrics() throws {
        let p = try Self.parse(try Self.export().0.json)
        let r = try Self.release(p, "a-2025-0001-contract-2026-11-24")
        #expect(r["ocid"] as? String == "ocds-h6vhtk-0a1b2c")
        #expect(r["tag"] as? [String] == ["contract"])
        let contract = try #require((r["contracts"] as? [[String: Any]])?.first)
        #expect(contract["status"] as? String == "active")
        #expect((contract["value"] as? [String: Any])?["amountGross"] as? Int == 12_000_000)
        let metrics = try #require(contract["agreedMetrics"] as? [[String: Any]])
        #expect(metrics.map { $0["id"] as? String } == ["tests", "report-time", "within-6-weeks"])
        let observations = try #require(metrics[0]["observations"] as? [[String: Any]])
        #expect(observations.map { $0["id"] as? String } == ["target", "baseline", "frequency"])
        #expect(observations[0]["measure"] as? Int == 95)
        #expect((observations[0]["unit"] as? [String: String]) == ["name": "percent", "scheme": "UNCEFACT", "id": "P1"])
        #expect((observations[0]["period"] as? [String: String])?["endDate"] == "2027-03-31T23:59:59Z")
        #expect((observations[0]["notes"] as? String)?.hasPrefix("Higher is better. Rated good at 95% or more") == true)
        #expect((observations[2]["period"] as? [String: Int])?["durationInMonths"] == 3)
        let parties = try #require(r["parties"] as? [[String: Any]])
        #expect(parties.map { $0["roles"] as? [String] } == [["buyer"], ["supplier"]])
        #expect((parties[1]["identifier"] as? [String: String]) == ["scheme": "GB-COH", "id": "01234567"])

        let poor = try #require((try Self.release(p, "b-2025-0002-contract-2026-11-24")["contracts"] as? [[String: Any]])?.first)
        #expect((poor["value"] as? [String: Any])?["amount"] as? Int == 6_000_000)
        let savings = try #require((poor["agreedMetrics"] as? [[String: Any]])?.last?["observations"] as? [[String: Any]])
        #expect((savings[0]["value"] as? [String: Any])?["amount"] as? Double == 250000.5)
        #expect(savings[0]["unit"] == nil && savings[1]["period"] == nil)

        let exempt = try #require((try Self.release(p, "b-2025-0009-contract-2026-11-24")["contracts"] as? [[String: Any]])?.first)
        #expect(exempt["agreedMetrics"] == nil)
        #expect((exempt["noAgreedMetricsRationale"] as? String)?.hasPrefix("One-off delivery") == true)
    }

    @Test func theUK9ReleaseMapsEachRatingToItsClassification() throws {
        let (export, assessment, ws) = try Self.export()
        let p = try Self.parse(export.json)
        var seen = Set<String>()
        for c in ws.contracts {
            let due = OCDSExport.dueAssessments(assessment.annual(contract: c.id), asOf: Self.asOf)
            let id = "\(c.id)-implementation-2026-11-24"
            guard let a = due.first else {
                #expect(!((p["releases"] as? [[String: Any]]) ?? []).contains { $0["id"] as? String == id })
                continue
            }
            #expect(due.count == 1 && a.due > Self.asOf.adding(months: -12) && a.due <= Self.asOf)
            let r = try Self.release(p, id)
            #expect(r["tag"] as? [String] == ["implementation"])
            let contract = try #require((r["contracts"] as? [[String: Any]])?.first)
            let doc = try #require((contract["documents"] as? [[String: Any]])?.first)
            #expect(doc["documentType"] as? String == "implementationNotice" && doc["noticeType"] as? String == "UK9")
            let metrics = try #require((contract["implementation"] as? [String: Any])?["metrics"] as? [[String: Any]])
            #expect(metrics.count == a.kpiRatings.count)
            for (m, rating) in zip(metrics, a.kpiRatings) {
                let o = try #require((m["observations"] as? [[String: Any]])?.first)
                let cls = try #require(o["measureClassification"] as? [String: String])
                let code = PublishedAssessment.Classification(rating: rating.rating)
                #expect(m["id"] as? String == rating.kpi)
                #expect(cls == ["id": code.rawValue, "description": OCDSExport.classificationDescription(code)])
                #expect((o["period"] as? [String: String])?["startDate"] == "\(a.start)T00:00:00Z")
                let unit = c.kpi(rating.kpi)?.unit
                #expect(o["measure"] as? String == rating.mean.map { ValueText.value($0, unit) })
                if rating.rating == .other { #expect((o["notes"] as? String)?.isEmpty == false) }
                seen.insert(code.rawValue)
            }
        }
        #expect(seen.contains("other") && seen.count >= 3, "the fixture should exercise several codes: \(seen)")
        let hours = try Self.release(p, "b-2025-0002-implementation-2026-11-24")
        #expect(String(describing: hours).contains("Not rated: the KPI has neither bands nor a target"))
    }

    @Test func nobodysNameOrContactDetailsAreExported() throws {
        let (export, _, ws) = try Self.export()
        let names = ws.departments.flatMap(\.people).map(\.name)
        #expect(names.count == 4)
        for name in names { #expect(!export.json.contains(name), "\(name) is in the export") }
        for word in ["contactPoint", "email", "telephone", "address", "manager", "senior_responsible"] {
            #expect(!export.json.contains(word), "\(word)")
        }
        #expect(export.json.contains("Agreed with Contract officer (EO)"))
    }

    @Test func publishWritesThePackageAndListsIt() throws {
        let out = try PublishSupport.publishFixture()
        let ws = try PublishFixture.workspace()
        let a = Assessor.assess(ws, observations: PublishFixture.observations, published: PublishFixture.published, asOf: Self.asOf)
        let json = PublishSupport.text(out, "data/ocds.json")
        #expect(json == OCDSExport.package(ws, assessment: a, asOf: Self.asOf).json)
        #expect(try OCDSSchemaCheck.errors(json).errors == [])
        #expect(!FileManager.default.fileExists(atPath: out + "/data/ocds.json.gz"), "published once")
        #expect(PublishSupport.text(out, "data.html").contains("<a href=\"data/ocds.json\">data/ocds.json</a>"))
        #expect(PublishSupport.text(out, "data/README.md").contains("| [ocds.json](ocds.json) | One OCDS 1.1 release package"))
        #expect(PublishSupport.text(out, "manifest.txt").contains("  data/ocds.json\n"))
        #expect(PublishSupport.text(out, "data/metadata.json").contains("\"file\": \"ocds.json\""))
    }
}
