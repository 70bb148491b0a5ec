import ArgumentParser
import MissionKPICommands
import MissionKPIPublish

struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the alignment rules, by family, with their default severity.",
        discussion:
            "Marks the rules whose severity the workspace's missionkpi.yaml changes. --format markdown prints the rules reference (Documentation/Rules.md)."
    )

    @OptionGroup var workspace: WorkspaceOptions
    @Option(help: "Output format: text, markdown or json.") var format: RulesFormat = .text

    func run() throws {
        try Terminal.run { _ in RulesCommand.list(workspace.place(), format: format) }
    }
}
