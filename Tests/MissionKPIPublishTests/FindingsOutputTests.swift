import Foundation
import MissionKPI
import MissionKPITestSupport
import Testing

@testable import MissionKPIPublish

/// Every output format of `align` against its golden file, on the fixed fixture of `FindingsFixture`.
@Suite struct FindingsOutputTests {
    @Test func fixtureHasEveryKindOfFinding() throws {
        let (report, _) = try FindingsFixture.report()
        #expect(report.findings.map(\.ruleID) == ["golden-supplier-data", "golden-supplier-data", "golden-milestone-note"])
        #expect(report.baselined.map(\.subject) == [.contract("c1")])
        #expect(report.waived.map(\.subject) == [.contract("c2")])
        #expect(report.waived.first?.waivedBy?.reason == "Gold by policy until the 2027 re-tiering.")
        #expect(report.configurationErrors.count == 1)
        #expect(
            report.configurationErrors.first?.message.contains("option 'min_kpis' of rule 'golden-supplier-data' must be a number") == true)
    }

    @Test(arguments: FindingsFormat.allCases)
    func golden(_ format: FindingsFormat) throws {
        let (report, ws) = try FindingsFixture.report()
        let text =
            format == .sarif
            ? FindingsSARIF.render(report, workspace: ws, rules: FindingsFixture.rules)
            : format.render(report, workspace: ws)
        #expect(
            text
                == (format == .sarif
                    ? FindingsSARIF.render(report, workspace: ws, rules: FindingsFixture.rules) : format.render(report, workspace: ws)))
        // GitHub annotations are text too: their golden file is named after the format.
        let name = "findings." + (format == .github ? "github" : format.fileExtension)
        try GoldenFile.check(text, name, json: format == .json || format == .sarif)
    }

    @Test func goldenSummary() throws {
        let (report, _) = try FindingsFixture.report()
        try GoldenFile.check(FindingsText.summary(report), "summary.txt")
    }

    @Test func textIsOneLinePerFindingThenItsFix() throws {
        let (report, _) = try FindingsFixture.report()
        let lines = FindingsText.render(report).split(separator: "\n")
        #expect(lines.count == 6)
        #expect(
            lines[0]
                == "Contracts/dept/c1.yaml:37:18: warning: [golden-supplier-data] the KPI 'report-time' is reported by \"the supplier\" alone, so nobody can check it | yet"
        )
        #expect(lines[1] == "    fix: -name an independent source, such as an audit")
    }

    @Test func csvQuotesAndNeutralisesFormulas() throws {
        let (report, _) = try FindingsFixture.report()
        let csv = FindingsCSV.render(report)
        #expect(
            csv.hasPrefix(
                "status,file,line,column,severity,rule,subject,message,fix,fingerprint,waiver_reason,waiver_approved_by,waiver_expires\r\n")
        )
        #expect(
            csv.contains(
                ",\"the KPI 'report-time' is reported by \"\"the supplier\"\" alone, so nobody can check it | yet\",\"'-name an independent source, such as an audit\","
            ))
        #expect(csv.contains(",'=the milestone 'waits' <needs> evidence & more,"))
        #expect(csv.contains("\r\nwaived,Contracts/dept/c2.yaml,"))
        #expect(csv.split(separator: "\r\n").count == 6)
    }

    @Test func sarifHasRulesIndexesFingerprintsAndSuppressions() throws {
        let (report, ws) = try FindingsFixture.report()
        let sarif = FindingsSARIF.render(report, workspace: ws, rules: FindingsFixture.rules)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "missionkpi")
        #expect(driver["version"] as? String == MissionKPIVersion.current)
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.map { $0["id"] as? String } == FindingsFixture.rules.map(\.description.id))
        #expect(rules[2]["name"] as? String == "GoldenSupplierOnlyData")
        let help = try #require(rules[2]["help"] as? [String: String])
        #expect(help["text"]?.contains("How to fix: -name an independent source") == true)
        #expect(help["markdown"]?.contains("```yaml\n- id: x\n") == true)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 5)
        for r in results {
            let id = try #require(r["ruleId"] as? String)
            #expect(rules[try #require(r["ruleIndex"] as? Int)]["id"] as? String == id)
            #expect((r["partialFingerprints"] as? [String: String])?["missionkpi/v1"]?.count == 16)
        }
        let suppressed = results.filter { $0["suppressions"] != nil }
        #expect(suppressed.count == 1)
        #expect((suppressed.first?["properties"] as? [String: String])?["status"] == "waived")
        #expect(results.map { $0["level"] as? String }.contains("note"))
    }

    @Test func sarifValidatesAgainstTheSchema() throws {
        let (report, ws) = try FindingsFixture.report()
        let schema = GoldenFile.folder + "/sarif-schema-2.1.0.json"
        let fixture = FindingsSARIF.render(report, workspace: ws, rules: FindingsFixture.rules)
        #expect(try SchemaCheck.errors(fixture, schema: schema) == [])
        // Every registered rule's descriptor, and the real rules' findings on the example workspace.
        let loaded = WorkspaceLoader.load(files: ExampleWorkspace.files, ruleCatalog: RuleRegistry.catalog)
        let day = Day(year: 2026, month: 11, day: 24)!
        let real = AlignmentEngine.run(
            loaded.workspace, assessment: Assessor.assess(loaded.workspace, observations: .empty, asOf: day), asOf: day)
        #expect(!real.findings.isEmpty)
        #expect(try SchemaCheck.errors(FindingsSARIF.render(real, workspace: loaded.workspace), schema: schema) == [])
    }

    @Test func schemaCheckCanFail() throws {
        let errors = try SchemaCheck.errors(
            "{\"version\": \"2.0.0\", \"runs\": []}", schema: GoldenFile.folder + "/sarif-schema-2.1.0.json")
        #expect(!errors.isEmpty)
    }

    @Test func uriEncodesOddCharacters() {
        #expect(FindingsSARIF.uri("Contracts/dept/c1.yaml") == "Contracts/dept/c1.yaml")
        #expect(FindingsSARIF.uri("a b/%é.yaml") == "a%20b/%25%C3%A9.yaml")
    }

    /// A message or file name cannot end its annotation early or start one of its own.
    @Test func githubAnnotationsEscapeWhatTheWorkspaceWrites() {
        #expect(FindingsGitHub.data("50% done\n::error::x\r") == "50%25 done%0A::error::x%0D")
        #expect(FindingsGitHub.property("a,b:c%") == "a%2Cb%3Ac%25")
        let lines = FindingsGitHub.render(try! FindingsFixture.report().0).split(separator: "\n")
        #expect(!lines.isEmpty && lines.allSatisfy { $0.hasPrefix("::warning file=") || $0.hasPrefix("::error file=") || $0.hasPrefix("::notice file=") })
    }
}
