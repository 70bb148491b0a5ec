import MissionKPI
import MissionKPIStore

/// A live display of how far recording has got (the CLI's progress line on a terminal).
public protocol ProgressDisplay: AnyObject {
    /// Shows how far recording has got.
    func update(_ p: RecordProgress)
    /// Removes the display, before an error or the summary is said.
    func clear()
}

/// What `record` did: each file's outcome, the paths that were not returns files, and the tracker used.
public struct RecordResult: Sendable {
    public var outcomes: [RecordOutcome]
    /// Paths given that are not returns files or folders holding them (already said as errors).
    public var problems: [String]
    public var trackerPath: String
}

/// `missionkpi record` as one library call.
public enum RecordCommand {
    /// Records `paths` (none: every `Contracts/*/returns/*.csv` of the workspace) in the tracker, each file
    /// whole or not at all. The files are read and hashed on another core while the workspace loads; when
    /// every one was recorded before, nothing is checked or written. Phase `record`.
    public static func run(
        _ place: Place, paths: [String], recordedAt: String, io: any CommandIO, progress: (any ProgressDisplay)? = nil
    ) throws -> RecordResult {
        let found = ReturnsFinder.find(paths, workspaceRoot: place.workspace)
        for problem in found.problems { io.error("error: \(problem)") }
        if found.inputs.isEmpty && paths.isEmpty { io.note("no returns files under Contracts/*/returns/; nothing to record") }
        let existing = try place.openIfExists(io: io)
        let reading = try place.startReading(found.inputs, knownTo: existing, io: io)
        if let existing, let known = reading.allAlreadyRecorded() {
            return RecordResult(outcomes: known, problems: found.problems, trackerPath: existing.path)
        }
        let validator = ReturnsValidator(workspace: try place.loadWorkspace(io: io))
        let tracker = try place.open(create: true, io: io)  // the read-only `existing` only said what it holds
        let outcomes: [RecordOutcome]
        do {
            outcomes = try io.phase("record") {
                try tracker.record(reading, validator: validator, recordedAt: recordedAt, progress: progress.map { p in { p.update($0) } })
            }
        } catch {
            progress?.clear()
            io.error("error: \(error.localizedDescription)")
            throw CommandFailed()
        }
        progress?.clear()
        return RecordResult(outcomes: outcomes, problems: found.problems, trackerPath: tracker.path)
    }
}
