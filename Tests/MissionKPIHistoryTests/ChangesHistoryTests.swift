import Foundation
import MissionKPI
import Testing

@testable import MissionKPIHistory

/// `missionkpi changes` on a real git history: one commit per kind of moved goalpost, each finding's rule
/// and line checked against the later revision's text.
@Suite struct ChangesHistoryTests {
    /// One edit and the finding it must give: the rule, and the text on the line it must point at.
    struct Step {
        var file: String
        var old: String
        var new: String
        var rule: String?
        var marker: String
    }

    static let c1 = HistoryWorkspace.contract
    static let demo = HistoryWorkspace.mission
    static let asOf = Day(year: 2026, month: 11, day: 24)!

    static let steps: [Step] = [
        Step(
            file: c1, old: "target: {value: 95, date: 2027-03-31}", new: "target: {value: 90, date: 2027-03-31}", rule: "target-weakened",
            marker: "target: {value: 90, date: 2027-03-31}"),
        Step(
            file: c1, old: "target: {value: 5, date: 2027-03-31}", new: "target: {value: 5, date: 2027-09-30}",
            rule: "target-date-pushed-back", marker: "date: 2027-09-30"),
        Step(
            file: c1, old: "bands: {good: 90, approaching_target: 85", new: "bands: {good: 88, approaching_target: 85",
            rule: "bands-loosened", marker: "good: 88"),
        Step(
            file: c1, old: "baseline: {value: 60, date: 2024-09-30}", new: "baseline: {value: 55, date: 2024-09-30}",
            rule: "baseline-changed", marker: "baseline: {value: 55"),
        Step(
            file: c1,
            old: String(HistoryWorkspace.extraKPIs.prefix { $0 != "\n" }) + "\n"
                + HistoryWorkspace.extraKPIs.components(separatedBy: "  - id: self-reported")[0].components(separatedBy: "\n").dropFirst()
                .joined(separator: "\n"), new: "", rule: "kpi-removed", marker: "- id: tests"),
        Step(
            file: c1, old: "data_source: authority\n    most_material: true", new: "data_source: authority\n    most_material: false",
            rule: "most-material-changed", marker: "most_material: false"),
        Step(file: c1, old: "unit: days", new: "unit: hours", rule: "kpi-redefined", marker: "unit: hours"),
        Step(file: c1, old: "    measures: demo/capacity\n", new: "", rule: "measures-dropped", marker: "- id: tests"),
        Step(
            file: c1, old: "  - node: demo/capacity\n    rationale: Adds imaging capacity.",
            new: "  - node: demo/other-branch\n    rationale: Frees beds.", rule: "contribution-dropped",
            marker: "- node: demo/other-branch"),
        Step(file: c1, old: "expires: 2027-01-31", new: "expires: 2027-12-31", rule: "waiver-extended", marker: "expires: 2027-12-31"),
        Step(
            file: demo, old: "target: {value: 92, date: 2029-03-31}", new: "target: {value: 90, date: 2029-03-31}",
            rule: "milestone-target-weakened", marker: "target: {value: 90, date: 2029-03-31}"),
        Step(
            file: demo, old: "target: {value: 90, date: 2029-03-31}", new: "target: {value: 90, date: 2030-03-31}",
            rule: "milestone-date-pushed-back", marker: "date: 2030-03-31"),
        Step(file: demo, old: HistoryWorkspace.extraMilestone, new: "", rule: "milestone-removed", marker: "- id: waits"),
    ]

    /// The repository after every step, with each step's commit hash (the base first).
    static func history() throws -> (repo: GitFixture, commits: [String]) {
        var repo = try GitFixture(files: HistoryWorkspace.files)
        var commits = [try repo.git(["rev-parse", "HEAD"]).trimmingCharacters(in: .whitespacesAndNewlines)]
        for step in steps {
            try repo.edit(step.file, step.old, step.new)
            commits.append(try repo.commit("\(step.rule ?? "edit"): \(step.file)"))
        }
        return (repo, commits)
    }

    @Test func eachCommitGivesItsFindingAtItsLine() throws {
        let (repo, commits) = try Self.history()
        for (i, step) in Self.steps.enumerated() {
            let changes = try ChangesRun.run(
                root: repo.root, earlier: .revision(commits[i]), later: .revision(commits[i + 1]), asOf: Self.asOf)
            let found = changes.report.findings.map { "\($0.ruleID) \($0.location.file):\($0.location.line)" }
            try repo.git(["checkout", "-q", commits[i + 1]])
            let line = try repo.line(step.file, containing: step.marker)
            try repo.git(["checkout", "-q", "main"])
            #expect(found == ["\(step.rule!) \(step.file):\(line)"], "step \(i + 1) (\(step.rule!))")
            #expect(changes.earlier.hasPrefix(String(commits[i])) && changes.later.hasPrefix(String(commits[i + 1])))
        }
    }

    @Test func theWholeHistoryGivesEveryRule() throws {
        let (repo, commits) = try Self.history()
        let changes = try ChangesRun.run(root: repo.root, earlier: .revision(commits[0]), later: .revision("HEAD"), asOf: Self.asOf)
        let rules = Set(changes.report.findings.map(\.ruleID))
        #expect(rules == RuleRegistry.changesRuleIDs)
        #expect(changes.earlier.contains(String(commits[0].prefix(7))) && changes.earlier.contains("2026-09-01"))
        // The work tree is HEAD: comparing with it gives the same findings.
        let workTree = try ChangesRun.run(root: repo.root, earlier: .revision(commits[0]), later: .workTree, asOf: Self.asOf)
        #expect(workTree.report.findings == changes.report.findings)
        #expect(workTree.later == "the work tree")
    }
}
