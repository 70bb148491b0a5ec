import ArgumentParser
import MissionKPI
import MissionKPIPublish

/// `missionkpi explain-kpi "TEXT"`: what the KPI-words reader infers from a KPI's words, and why.
struct ExplainKPI: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain-kpi",
        abstract: "Show what the KPI-words reader infers from a KPI's title (and description), and from which words.",
        discussion: """
            Infers unit, direction, target (value, range, date) and level (input, activity, output, outcome), \
            whether the words name a quantity at all, and whether the KPI is a placeholder or a bare topic; \
            each with the words that decided it. This is what 'import ocds' writes into imported KPIs (listed in \
            'inferred:'). Reads nothing else and writes nothing. See Documentation/KPIWords.md.
            """
    )

    @Argument(help: ArgumentHelp("The KPI's title (its words as the notice gives them).", valueName: "text")) var title: String
    @Option(help: ArgumentHelp("The KPI's description, if it has one.", valueName: "text")) var description: String?
    @Option(help: "Output format: text or json.") var format: KPIReadingFormat = .text
    @OptionGroup var console: ConsoleOptions

    func run() throws {
        let reading = KPIWords.read(title: title, description: description)
        Console.out(KPIReadingReport.render(reading, title: title, description: description, format: format))
    }
}

extension KPIReadingFormat: ExpressibleByArgument {}
