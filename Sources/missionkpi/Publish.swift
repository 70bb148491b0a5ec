import ArgumentParser
import Foundation
import MissionKPI
import MissionKPIPublish
import MissionKPIStore

struct Publish: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Record the returns, validate, align, assess and write the site, Markdown reports and open data.",
        discussion: """
            Records the workspace's Contracts/*/returns/*.csv in the tracker (files recorded before are skipped), \
            then judges as at --as-of and writes a static HTML site (no scripts, no external requests), Markdown \
            reports for mission boards and departments, and CSV/JSON open data with a data dictionary to --out. \
            The same workspace and --as-of give byte-identical output. Files of an earlier publish that are no \
            longer produced are removed (those listed in --out/manifest.txt); nothing else in --out is touched. \
            The pages say what changed since the last review (the previous publish into --out, or the git \
            revision --since, judged as at its commit date). Findings do not fail the publish. Pages are written as they are rendered, on every core; a file \
            whose bytes are already there is left alone. Exit 0 when the site was written; 1 when a returns file \
            or the workspace had a problem (checked before anything is written) or when the output folder could \
            not be written (files written before the failure stay, the manifest and stale files are left as they \
            were; publish again once the folder is fixed).
            """
    )

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var console: ConsoleOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var published: PublishedOption
    @Option(help: ArgumentHelp("The folder to write the site to.", valueName: "dir")) var out: String = "Reports"
    @Option(help: ArgumentHelp("Compare with this git revision instead of the previous publish.", valueName: "rev")) var since: String?

    func run() throws {
        let day = try asOf.day(), publishedOn = try published.day()
        let progress = PublishProgressLine()
        // The returns files are read and hashed on another core while the workspace loads.
        let found = ReturnsFinder.find([], workspaceRoot: workspace.root)
        let existing = try database.openIfExists(workspace)
        let reading = try database.startReading(found.inputs, knownTo: existing)
        let ahead = ObservationsAhead(reading: reading, tracker: existing)
        let unchanged = PhaseTimer.measure("check") {
            alreadyPublished(existing, ahead: ahead, noFiles: found.inputs.isEmpty, asOf: day, publishedOn: publishedOn)
        }
        if let unchanged {
            return note(RecordSummary(ahead.alreadyRecorded() ?? []), unchanged, day)
        }
        progress.step("loading the workspace")
        let ws = try loadWorkspaceOrExit(workspace)
        let basis = try reviewBasis(since: since, workspace: workspace, asOf: day)
        progress.step("recording returns")
        let (tracker, outcomes) = try recordNew(noFiles: found.inputs.isEmpty, existing: existing, reading: reading, ahead: ahead, workspace: ws)
        let (observations, assessments) = try exitOnError {
            try PhaseTimer.measure("read tracker") { try ahead.observationSetAndPublished() ?? tracker.observationSetAndPublished() }
        }
        let key = since == nil ? try? PublishStamp.key(workspaceHash: ws.contentHash, trackerKey: tracker.contentKey(), asOf: day, publishedOn: publishedOn) : nil
        let summary = try exitOnError {
            try PhaseTimer.measure("publish") {
                try Publisher.publish(
                    ws, observations: observations, asOf: day, to: out, since: basis, published: assessments, publishedOn: publishedOn, key: key,
                    progress: progress.update)
            }
        }
        progress.clear()
        note(RecordSummary(outcomes), summary, day)
    }
}
