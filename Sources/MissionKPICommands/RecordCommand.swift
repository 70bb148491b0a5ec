import MissionKPI
import MissionKPIStore

/// `missionkpi record`: record returns files in the tracker, each whole or not at all.
public enum RecordCommand {
    /// Records `paths` (files or folders; none: every `Contracts/*/returns/*.csv`) at `recordedAt`. Files
    /// are read and hashed on another core while the workspace loads; when every one was recorded before,
    /// the workspace is not even loaded. Each file's outcome and a summary go to `io`; fails when a file
    /// had problems.
    public static func run(_ place: Place, paths: [String], recordedAt: String, io: any CommandIO) throws -> CommandResult {
        let found = ReturnsFinder.find(paths, workspaceRoot: place.workspace)
        for problem in found.problems { io.message("error: \(problem)") }
        if found.inputs.isEmpty && paths.isEmpty { io.message("no returns files under Contracts/*/returns/; nothing to record") }
        let existing = try place.openIfExists(io: io)
        let reading = try place.startReading(found.inputs, knownTo: existing, io: io)
        let outcomes: [RecordOutcome]
        let tracker: Tracker
        if let existing, let known = reading.allAlreadyRecorded() {
            (tracker, outcomes) = (existing, known)
        } else {
            let validator = ReturnsValidator(workspace: try Workspaces.load(place, io: io))
            tracker = try place.open(create: true, io: io)  // the read-only `existing` only said what it holds
            outcomes = try orFail(io) {
                try io.phase("record") { try tracker.record(reading, validator: validator, recordedAt: recordedAt, progress: io.progress) }
            }
        }
        for outcome in outcomes {
            switch outcome {
            case .recorded(let path, _, let rows, let added, let corrections, let unchanged):
                io.message(
                    "\(path): recorded \(rows) row\(rows == 1 ? "" : "s") (\(added) new, \(corrections) correction\(corrections == 1 ? "" : "s"), \(unchanged) unchanged)")
            case .alreadyRecorded(let path, _, let first, let at):
                io.message("\(path): already recorded\(first == path ? "" : " as \(first)") at \(at); nothing stored")
            case .rejected(let path, let diagnostics):
                reportRejected(path, diagnostics, io: io)
            }
        }
        let s = RecordSummary(outcomes)
        io.message(
            "\(s.recordedFiles) file\(s.recordedFiles == 1 ? "" : "s") recorded (\(s.added) new values, \(s.corrections) corrections, \(s.unchanged) unchanged), \(s.alreadyRecordedFiles) already recorded, \(s.rejectedFiles + found.problems.count) with problems; tracker \(tracker.path)")
        return CommandResult(failed: s.rejectedFiles > 0 || !found.problems.isEmpty)
    }

    /// A rejected file's problems, each as file:row:column, then what happened to the file.
    static func reportRejected(_ path: String, _ diagnostics: [Diagnostic], io: any CommandIO) {
        for d in diagnostics { io.message(d.description) }
        io.message("\(path): \(diagnostics.count) problem\(diagnostics.count == 1 ? "" : "s"); nothing from this file was stored")
    }
}
