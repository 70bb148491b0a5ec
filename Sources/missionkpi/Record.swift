import ArgumentParser
import MissionKPICommands
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
        let done = try Terminal.run {
            try RecordCommand.run(workspace.place(database), paths: paths, recordedAt: Clock.timestamp(), io: $0, progress: ProgressLine())
        }
        RecordReport.files(done.outcomes)
        let s = RecordSummary(done.outcomes)
        Console.note(
            "\(s.recordedFiles) file\(s.recordedFiles == 1 ? "" : "s") recorded (\(s.added) new values, \(s.corrections) corrections, \(s.unchanged) unchanged), \(s.alreadyRecordedFiles) already recorded, \(s.rejectedFiles + done.problems.count) with problems; tracker \(done.trackerPath)"
        )
        if s.rejectedFiles > 0 || !done.problems.isEmpty { throw ExitCode(1) }
    }
}
