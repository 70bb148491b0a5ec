import ArgumentParser
import Foundation
import MissionKPI
import MissionKPIPublish

struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the alignment rules, by family, with their default severity.",
        discussion:
            "Marks the rules whose severity the workspace's missionkpi.yaml changes. --format markdown prints the rules reference (Documentation/Rules.md)."
    )

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var console: ConsoleOptions
    @Option(help: "Output format: text, markdown or json.") var format: RulesFormat = .text

    func run() throws {
        Console.out(format.render(settings: workspaceSettings(workspace)))
    }
}

extension RulesFormat: ExpressibleByArgument {}
extension ExplainFormat: ExpressibleByArgument {}

/// The settings in the workspace's `missionkpi.yaml`, read on their own; defaults when there is none.
/// Problems in the file are left to `validate` and `align`: listing rules helps to fix them.
func workspaceSettings(_ options: WorkspaceOptions) -> Settings {
    guard let data = FileManager.default.contents(atPath: options.root + "/missionkpi.yaml") else { return Settings() }
    return WorkspaceLoader.load(files: ["missionkpi.yaml": String(decoding: data, as: UTF8.self)]).workspace.settings
}
