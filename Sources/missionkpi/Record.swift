import ArgumentParser
import Foundation
import MissionKPI
import MissionKPIStore

struct Record: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Record KPI returns (CSV files) in the tracker.",
        discussion: """
            With no paths, records every Contracts/*/returns/*.csv of the workspace. Each file is checked \
            against the workspace and stored whole or not at all: a file with any problem stores nothing \
            (every problem is listed as file:row:column), a file recorded before stores nothing, and a \
            changed value is kept as a correction beside the earlier one. Exit 0 when every file was \
            recorded or already recorded, 1 otherwise.
            """
    )

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var console: ConsoleOptions
    @OptionGroup var database: DatabaseOptions
    @Argument(help: ArgumentHelp("Returns files, or folders holding them.", valueName: "file-or-folder"))
    var paths: [String] = []

    func run() throws {
        let found = ReturnsFinder.find(paths, workspaceRoot: workspace.root)
        for problem in found.problems { Console.error("error: \(problem)") }
        if found.inputs.isEmpty && paths.isEmpty { Console.note("no returns files under Contracts/*/returns/; nothing to record") }
        // Files are read and hashed on another core while the workspace loads; when every one of them
        // was recorded before, there is nothing to check against the workspace.
        let existing = try database.openIfExists(workspace)
        let reading = try database.startReading(found.inputs, knownTo: existing)
        let outcomes: [RecordOutcome]
        let tracker: Tracker
        if let existing, let known = reading.allAlreadyRecorded() {
            (tracker, outcomes) = (existing, known)
        } else {
            let validator = ReturnsValidator(workspace: try loadWorkspaceOrExit(workspace))
            tracker = try database.open(workspace, create: true)  // the read-only `existing` only said what it holds
            let progress = ProgressLine()
            outcomes = try RecordReport.orExit(progress) {
                try PhaseTimer.measure("record") {
                    try tracker.record(reading, validator: validator, recordedAt: Clock.timestamp(), progress: progress.update)
                }
            }
            progress.clear()
        }
        RecordReport.files(outcomes)
        let s = RecordSummary(outcomes)
        Console.note(
            "\(s.recordedFiles) file\(s.recordedFiles == 1 ? "" : "s") recorded (\(s.added) new values, \(s.corrections) corrections, \(s.unchanged) unchanged), \(s.alreadyRecordedFiles) already recorded, \(s.rejectedFiles + found.problems.count) with problems; tracker \(tracker.path)"
        )
        if s.rejectedFiles > 0 || !found.problems.isEmpty { throw ExitCode(1) }
    }
}
