import Foundation
import MissionKPITestSupport
import Testing

@testable import MissionKPI

/// A rule that reports `count` errors on `c1` (distinct keys), to drive a contract's score below 0
/// (a SMART rule: its findings are on the choice of KPIs, so they cost alignment points).
struct ManyErrors: Rule {
    static let description = RuleDescription(
        id: "many-errors", title: "Many errors", summary: "Fifteen errors on c1.",
        rationale: "Test rule: enough errors to take a contract past zero, so the cap can be checked.",
        family: .smart, severity: .error, triggering: [RuleExample()], nonTriggering: [RuleExample(contract: "id: c1")])

    func check(_ context: RuleContext) -> [Finding] {
        guard let c = context.workspace.contract("c1") else { return [] }
        return (1...15).map { i in
            context.finding("error \(i)", at: c.locations["id"], subject: .contract("c1"), fix: "none", key: String(i))
        }
    }
}

/// Scores: every point lost is a deduction naming a finding, and a score is 100 less its deductions.
@Suite struct AlignmentScoresTests {
    static let asOf = Day(year: 2026, month: 11, day: 24)!

    /// Checks the invariant on a report: deductions add up, and each names a standing or baselined finding.
    func expectTraceable(_ report: AlignmentReport, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let fingerprints = Set((report.findings + report.baselined).map(\.fingerprint))
        for s in report.scores.contracts + report.scores.missions {
            let lost = s.deductions.reduce(0) { $0 + $1.points }
            #expect(
                abs(100 - lost - s.score) < 0.0001, "\(s.subject): score \(s.score) but deductions add to \(lost)",
                sourceLocation: sourceLocation)
            #expect((0...100).contains(s.score), sourceLocation: sourceLocation)
            for d in s.deductions {
                #expect(
                    fingerprints.contains(d.fingerprint), "\(s.subject): deduction \(d.ruleID) names no finding",
                    sourceLocation: sourceLocation)
                #expect(d.points > 0, sourceLocation: sourceLocation)
            }
        }
    }

    @Test func fixtureScoresTraceToFindings() throws {
        let (report, _) = try FindingsFixture.report()
        expectTraceable(report)
        // c1: its baselined error (20); its supplier-data warning is about the data, not the choice of KPIs,
        // and costs nothing. c2's error is waived, its data warning costs nothing.
        #expect(report.scores.contract("c1")?.score == 80)
        #expect(report.scores.contract("c2")?.score == 100)
        // demo: 20 / 2 from its contracts, and 2 for the info note on its milestone (a linkage rule).
        #expect(report.scores.mission("demo")?.score == 88)
        #expect(report.scores.mission("demo")?.deductions.count == 2)
    }

    @Test func aContractStopsAtZeroAndItsDeductionsAreScaled() throws {
        let ws = WorkspaceLoader.load(files: ExampleWorkspace.files).workspace
        let report = AlignmentEngine.run(
            ws, assessment: Assessor.assess(ws, observations: .empty, asOf: Self.asOf), asOf: Self.asOf, rules: [ManyErrors()])
        expectTraceable(report)
        let c1 = try #require(report.scores.contract("c1"))
        #expect(c1.score == 0)
        #expect(c1.deductions.count == 15)
        #expect(c1.deductions.allSatisfy { $0.points == 6.67 || $0.points == 6.66 })
        #expect(c1.deductions.filter { $0.points == 6.67 }.count == 10)
        #expect(report.scores.mission("demo")?.score == 0)
    }

    @Test func theSampleWorkspaceScoresTraceToFindings() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized.path
        let ws = try WorkspaceLoader.load(at: root, ruleCatalog: RuleRegistry.catalog).workspace
        let report = AlignmentEngine.run(ws, assessment: Assessor.assess(ws, observations: .empty, asOf: Self.asOf), asOf: Self.asOf)
        #expect(!report.findings.isEmpty)
        expectTraceable(report)
    }

    @Test func aCleanContractScores100() throws {
        let ws = WorkspaceLoader.load(files: ExampleWorkspace.files).workspace
        let report = AlignmentEngine.run(
            ws, assessment: Assessor.assess(ws, observations: .empty, asOf: Self.asOf), asOf: Self.asOf, rules: [TooManyKPIs()])
        #expect(report.scores.contract("c1")?.score == 100)
        #expect(report.scores.contract("c1")?.deductions.isEmpty == true)
    }
}
