import ArgumentParser
import MissionKPI
import MissionKPIPublish

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Explain a rule: what it checks, why (its source), its options and examples.",
        discussion: "Exit 64 when the rule does not exist (with the nearest id)."
    )

    @Argument(help: ArgumentHelp("The rule id, as 'missionkpi rules' lists it.", valueName: "rule")) var rule: String
    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var console: ConsoleOptions
    @Option(help: "Output format: text or markdown.") var format: ExplainFormat = .text

    func validate() throws {
        guard RuleRegistry.rule(rule) != nil else {
            let ids = RuleRegistry.all.map(\.description.id)
            throw ValidationError("there is no rule \(quoted: rule) ('missionkpi rules' lists them)\(Suggest.didYouMean(rule, in: ids))")
        }
    }

    func run() throws {
        guard let r = RuleRegistry.rule(rule) else { throw ExitCode.validationFailure }  // validate() said why
        Console.out(format.render(r, settings: workspaceSettings(workspace)))
    }
}
