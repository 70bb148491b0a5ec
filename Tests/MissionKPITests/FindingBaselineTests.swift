import Foundation
import MissionKPITestSupport
import Testing

@testable import MissionKPI

/// A baseline of known findings (`--write-baseline`, then `--baseline`): known findings stop failing,
/// new ones still fail, and moving lines keeps the match (findings match by rule, subject and fingerprint, never by line).
@Suite struct FindingBaselineTests {
    func run(_ files: [String: String], baseline: FindingBaseline? = nil) -> AlignmentReport {
        let ws = WorkspaceLoader.load(files: files, ruleCatalog: FindingsFixture.catalog).workspace
        let assessment = Assessor.assess(ws, observations: .empty, asOf: FindingsFixture.asOf)
        return AlignmentEngine.run(ws, assessment: assessment, asOf: FindingsFixture.asOf, rules: FindingsFixture.rules, baseline: baseline)
    }

    @Test func onlyNewFindingsStandAndMovedLinesStillMatch() throws {
        let first = run(FindingsFixture.files)
        #expect(first.findings.count == 4)
        let baseline = FindingBaseline(findings: first.findings)
        #expect(run(FindingsFixture.files, baseline: baseline).findings.isEmpty)

        var moved = FindingsFixture.files
        moved["Contracts/dept/c1.yaml"] = "# a comment\n# another\n\n" + moved["Contracts/dept/c1.yaml"]!
        moved["Missions/demo.yaml"] = "# moved down\n" + moved["Missions/demo.yaml"]!
        let after = run(moved, baseline: baseline)
        #expect(after.findings.isEmpty)
        #expect(after.baselined.count == 4)
        #expect(after.baselined.map(\.location) != first.findings.map(\.location))

        moved["Contracts/dept/c1.yaml"] = moved["Contracts/dept/c1.yaml"]!.replacingOccurrences(
            of: "data_source: independent\n    most_material: true\n  - id: report-time",
            with: "data_source: supplier\n    most_material: true\n  - id: report-time")
        let new = run(moved, baseline: baseline)
        #expect(new.findings.map(\.subject) == [.kpi("c1", "tests")])
        #expect(new.fails(strict: true) && !new.fails(strict: false))
    }

    @Test func aBadBaselineFileIsRefused() {
        #expect(throws: (any Error).self) { try FindingBaseline(json: Data("{\"version\": 2, \"findings\": []}".utf8)) }
        #expect(throws: (any Error).self) { try FindingBaseline(json: Data("not json".utf8)) }
    }
}
