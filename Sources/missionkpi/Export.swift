import ArgumentParser
import MissionKPICommands
import Foundation
import MissionKPI
import MissionKPIPublish

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export the workspace in a standard open-data format.",
        subcommands: [ExportOCDS.self]
    )
}

struct ExportOCDS: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ocds",
        abstract: "Write one OCDS release package: each contract's KPIs (UK7) and the UK9-ready s.71 ratings due.",
        discussion: """
            One release package (OCDS 1.1, metrics and UK extensions declared): per contract a release tagged \
            'contract' with its KPIs as agreedMetrics (or noAgreedMetricsRationale from kpi_exemption), and per \
            contract whose s.71 assessment fell due in the 12 months to --as-of a release tagged 'implementation' \
            with each most material KPI's rating as measureClassification, ready for a contract performance notice \
            (UK9). Package metadata come from publication.* in missionkpi.yaml. No person's name or contact details \
            are exported. The same workspace, returns and --as-of give the same bytes. Documentation/OCDS.md has \
            the mapping. Exit 0 when the package was written, 1 when the workspace, tracker or output file could \
            not be read or written.
            """
    )

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var console: ConsoleOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var asOf: AsOfOption
    @Option(help: ArgumentHelp("Write the package to this file instead of standard output.", valueName: "file")) var out: String?

    func run() throws {
        let day = try asOf.day()
        let export = try Terminal.run { try JudgeCommands.exportOCDS(workspace.place(database), asOf: day, io: $0) }
        if let out { try CLIFiles.write(export.json, to: out, what: "the package") } else { Console.out(export.json) }
        for note in export.notes { Console.note("note: " + note) }
        Console.note(
            "exported \(export.contractReleases) contract release(s) and \(export.implementationReleases) UK9-ready implementation release(s) as at \(day)"
                + (out.map { " to \($0)" } ?? ""))
    }
}
