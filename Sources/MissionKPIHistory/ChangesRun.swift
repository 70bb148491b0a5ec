import Foundation
import MissionKPI

/// What `missionkpi changes` found: the changes rules' findings between two workspaces, and which.
public struct ChangesReport: Sendable {
    /// The earlier workspace's source, in words.
    public var earlier: String
    /// The later workspace's source, in words.
    public var later: String
    /// The findings (at places in the later workspace), waived and baselined ones apart; no scores.
    public var report: AlignmentReport
    /// The later workspace (the renderers name its missions and contracts).
    public var workspace: Workspace
}

/// The library entry point of `missionkpi changes`: reads both workspaces, compares them with the changes
/// rules (the workspace's settings, waivers and an optional baseline apply) and returns the findings.
///
/// ```swift
/// let changes = try ChangesRun.run(root: ".", earlier: .revision("HEAD~3"), later: .workTree, asOf: day)
/// changes.report.findings.map(\.text)
/// ```
public enum ChangesRun {
    public static func run(
        root: String, earlier: WorkspaceHistory.Source, later: WorkspaceHistory.Source, asOf: Day, baseline: String? = nil
    ) throws(HistoryError) -> ChangesReport {
        let known = try baseline.map(readBaseline)
        let before = try WorkspaceHistory.load(earlier, root: root)
        let after = try WorkspaceHistory.load(later, root: root)
        let assessment = Assessor.assess(after.workspace, observations: .empty, asOf: asOf)
        var report = AlignmentEngine.run(
            after.workspace, assessment: assessment, asOf: asOf, baseline: known, families: [.changes],
            previous: Goalposts(before.workspace))
        report.scores = .none
        return ChangesReport(earlier: before.label, later: after.label, report: report, workspace: after.workspace)
    }

    /// The baseline through the one reader of baseline files, its failure as a `HistoryError`.
    static func readBaseline(_ path: String) throws(HistoryError) -> FindingBaseline {
        do { return try FindingBaseline.read(path) } catch {
            switch error {
            case .unreadable: throw .badBaseline(path, "it cannot be read")
            case .notABaseline(_, let why): throw .badBaseline(path, why)
            }
        }
    }
}
