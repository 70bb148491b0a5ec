import ArgumentParser
import MissionKPICommands
import MissionKPIPublish

struct Align: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check that contract KPIs are aligned with the missions they serve.",
        discussion: """
            Runs every rule ('missionkpi rules' lists them; 'missionkpi explain RULE' says why) with the settings \
            of missionkpi.yaml, applies the waivers written in the contracts and an optional baseline, and scores \
            each contract and mission (Documentation/Alignment.md). Findings go to standard output (or --output), \
            the summary to standard error. Exit 0 when no error-severity finding stands (with --strict: no finding \
            at all), 1 otherwise or when the configuration has errors, 64 for a usage error.
            """
    )

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var asOf: AsOfOption
    @Option(help: "Output format: text, json, csv, markdown or sarif.") var format: FindingsFormat = .text
    @Flag(help: "Fail on any standing finding, not only on errors.") var strict = false
    @Option(help: ArgumentHelp("Fail only on findings not recorded in this baseline file.", valueName: "file")) var baseline: String?
    @Option(help: ArgumentHelp("Record today's findings (waived ones excepted) in this file.", valueName: "file")) var writeBaseline:
        String?
    @Option(help: ArgumentHelp("Write the findings to this file instead of standard output.", valueName: "file")) var output: String?

    func run() throws {
        let request = AlignRequest(
            place: workspace.place(database), asOf: try asOf.day(), format: format, strict: strict, baseline: baseline,
            writeBaseline: writeBaseline, output: output)
        try Terminal.run { try AlignCommand.run(request, io: $0) }
    }
}
