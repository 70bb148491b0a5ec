import MissionKPI
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
}
