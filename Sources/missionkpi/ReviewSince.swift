import ArgumentParser
import MissionKPI
import MissionKPIHistory
import MissionKPIPublish

/// `publish --since REV`: the workspace at an earlier git revision, judged as at that commit's date (or
/// `--as-of`, when earlier), for "Changes since the last review". Nil without `--since`.
func reviewBasis(since: String?, workspace: WorkspaceOptions, asOf: Day) throws -> ReviewBasis? {
    guard let since else { return nil }
    do {
        let earlier = try WorkspaceHistory.load(.revision(since), root: workspace.root)
        return ReviewBasis(workspace: earlier.workspace, label: earlier.label, asOf: min(earlier.revision?.date ?? asOf, asOf))
    } catch {
        Console.error("error: --since: \(error)")
        throw ExitCode(1)
    }
}
