import ArgumentParser
import MissionKPICommands
import MissionKPIPublish

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check that the workspace's YAML files are well formed and consistent.",
        discussion: "Lists every problem as path:line:col: error: message, then a summary. Exit 0 when clean, 1 otherwise."
    )

    @OptionGroup var workspace: WorkspaceOptions
    @Option(help: "Output format: text or json.") var format: DiagnosticsFormat = .text

    func run() throws {
        try Terminal.run { try ValidateCommand.run(workspace.place(), format: format, io: $0) }
    }
}
