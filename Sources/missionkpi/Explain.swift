import ArgumentParser
import MissionKPI
import MissionKPICommands
import MissionKPIPublish

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Explain a rule: what it checks, why (its source), its options and examples.",
        discussion: "Exit 64 when the rule does not exist (with the nearest id)."
    )

    @Argument(help: ArgumentHelp("The rule id, as 'missionkpi rules' lists it.", valueName: "rule")) var rule: String
    @OptionGroup var workspace: WorkspaceOptions
    @Option(help: "Output format: text or markdown.") var format: ExplainFormat = .text

    func validate() throws {
        if RuleRegistry.rule(rule) == nil { throw ValidationError(RulesCommand.unknownRule(rule)) }
    }

    func run() throws {
        try Terminal.run { _ in try RulesCommand.explain(rule, workspace.place(), format: format) }
    }
}
