import Foundation
import Testing

@testable import MissionKPI

/// Helpers that exist once (issue 15): the ownership audit's threshold is the rule's, severities have one
/// wording, baselines one reader, and a milestone's projection line is the one the judge fitted.
@Suite struct OneOfEachTests {
    func workspace(_ settings: String?) -> Workspace {
        var files = ExampleWorkspace.files
        if let settings { files["missionkpi.yaml"] = settings }
        return WorkspaceLoader.load(files: files, ruleCatalog: RuleRegistry.catalog).workspace
    }

    @Test func theAuditsThresholdIsTheRulesSettingOrItsDeclaredDefault() {
        guard case .number(let declared)? = NonSpecialistHighValue.description.options.first(where: { $0.name == "threshold" })?.defaultValue
        else { Issue.record("the rule declares no threshold"); return }
        #expect(OwnershipAudit.highValueThreshold(workspace(nil)) == Decimal(declared))
        let set = workspace("rules:\n  non-specialist-high-value: {threshold: 2500000}\n")
        #expect(OwnershipAudit.highValueThreshold(set) == 2_500_000)
        // A setting of the wrong kind: the rule falls back to its default, and so does the audit.
        let wrong = workspace("rules:\n  non-specialist-high-value: {threshold: lots}\n")
        #expect(OwnershipAudit.highValueThreshold(wrong) == Decimal(declared))
    }

    @Test func severitiesHaveOneWording() {
        let f = { (s: Severity) in
            Finding(ruleID: "r", severity: s, location: SourceLocation(file: "f", line: 1, column: 1), subject: .contract("c"), message: "m", fix: "x")
        }
        let findings = [f(.warning), f(.error), f(.warning)]
        #expect(SeverityWords.present(findings) == "1 error, 2 warnings")
        #expect(SeverityWords.all(findings) == "1 error, 2 warnings, 0 info")
        #expect(SeverityWords.present([]) == "none")
        #expect(SeverityWords.present([], none: "no findings") == "no findings")
        #expect(VerdictText.severities([f(.info)]) == "1 info")
    }

    @Test func aBaselineIsReadOneWayAndItsFailuresSaySo() throws {
        let folder = NSTemporaryDirectory() + "baseline-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(throws: BaselineReadError.unreadable(path: folder + "/none.json")) { try FindingBaseline.read(folder + "/none.json") }
        try Data("not json".utf8).write(to: URL(fileURLWithPath: folder + "/bad.json"))
        do {
            _ = try FindingBaseline.read(folder + "/bad.json")
            Issue.record("a file that is not a baseline was read")
        } catch {
            #expect("\(error)".hasPrefix("'\(folder)/bad.json' is not a baseline written by 'missionkpi align --write-baseline'"))
        }
    }

    @Test func theProjectionLineIsTheOneTheJudgeFitted() {
        let d = { (m: Int) in Day(year: 2026, month: m, day: 1)! }
        let judge = TrajectoryJudge(
            path: ExpectedPath(points: [PathPoint(date: d(1), value: 0), PathPoint(date: Day(year: 2028, month: 1, day: 1)!, value: 100)]),
            baseline: 0, target: 100, targetDate: Day(year: 2028, month: 1, day: 1)!, direction: .increase, unit: nil,
            projectionPeriods: 3, tolerance: 0.1)
        let actuals = [PathPoint(date: d(1), value: 1), PathPoint(date: d(2), value: 2), PathPoint(date: d(3), value: 4), PathPoint(date: d(4), value: 5)]
        let t = judge.judge(actuals, asOf: d(5))
        let line = judge.projectionLine(actuals)
        #expect(t.projectedFrom == line?.from)
        #expect(t.projectedFrom?.date == d(2))  // the first of the last three actuals
        #expect(t.projectedAtTarget == line?.atTarget)
    }
}
