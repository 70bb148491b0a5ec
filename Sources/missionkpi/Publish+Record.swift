import MissionKPI
import MissionKPIPublish
import MissionKPIStore

extension Publish {
    /// Publish's first step: records the returns files not recorded before (none new: the read-only
    /// tracker serves and is never written; else a writer records them), and stops before anything is
    /// published when a file is rejected.
    func recordNew(
        noFiles: Bool, existing: Tracker?, reading: ReturnsReading, ahead: ObservationsAhead, workspace ws: Workspace
    ) throws -> (Tracker, [RecordOutcome]) {
        var known = ahead.alreadyRecorded()
        if known == nil, existing != nil, noFiles {
            reading.cancel()
            known = []
        }
        let tracker = try known.flatMap { _ in existing } ?? database.open(workspace, create: true)
        let outcomes = try RecordReport.orExit {
            try PhaseTimer.measure("record") {
                try known ?? tracker.record(reading, validator: ReturnsValidator(workspace: ws), recordedAt: Clock.timestamp())
            }
        }
        try RecordReport.stopOnRejected(outcomes)
        return (tracker, outcomes)
    }

    /// The site in `--out` when it is already the publish of these inputs (no new returns file, the same
    /// workspace files, tracker, dates and tool: `PublishStamp`), found without loading the workspace; nil
    /// otherwise, or with `--since`.
    func alreadyPublished(_ existing: Tracker?, ahead: ObservationsAhead, noFiles: Bool, asOf: Day, publishedOn: Day?) -> SiteSummary? {
        guard since == nil, let existing, noFiles || ahead.alreadyRecorded() != nil, let files = WorkspaceLoader.contentHash(at: workspace.root),
            let tracker = try? existing.contentKey()
        else { return nil }
        return PublishStamp.isCurrent(out, key: PublishStamp.key(workspaceHash: files, trackerKey: tracker, asOf: asOf, publishedOn: publishedOn))
    }

    /// The summary line (a note: nothing with --quiet).
    func note(_ recorded: RecordSummary, _ summary: SiteSummary, _ day: Day) {
        Console.note(
            "recorded \(recorded.recordedFiles) returns file(s) (\(recorded.alreadyRecordedFiles) already recorded); published \(summary.pages) pages, \(summary.files) files, \(summary.bytes) bytes to \(out) as at \(day) (\(summary.written) written, \(summary.removed) removed)"
        )
    }
}
