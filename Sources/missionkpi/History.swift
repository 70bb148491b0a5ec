import ArgumentParser
import MissionKPICommands
import MissionKPIPublish

struct History: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show every recorded version of one KPI's observations, with where each came from.",
        discussion: "Exit 1 when the tracker holds nothing for the KPI."
    )

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var database: DatabaseOptions
    @Argument(help: ArgumentHelp("The KPI, written CONTRACT/KPI.", valueName: "contract/kpi")) var kpi: String
    @Option(help: "Output format: text, csv or json.") var format: ObservationListing.Format = .text

    func validate() throws {
        if ObservationsCommand.kpiKey(kpi) == nil {
            throw ValidationError("\(quoted: kpi) must be written CONTRACT/KPI (e.g. dhsc-2025-0142/scan-turnaround)")
        }
    }

    func run() throws {
        try Terminal.run { try ObservationsCommand.history(workspace.place(database), kpi: kpi, format: format, io: $0) }
    }
}
