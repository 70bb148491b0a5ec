import ArgumentParser
import MissionKPI
import MissionKPIPublish
import MissionKPIStore

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
        if KPIArgument(kpi) == nil {
            throw ValidationError("\(quoted: kpi) must be written CONTRACT/KPI (e.g. dhsc-2025-0142/scan-turnaround)")
        }
    }

    func run() throws {
        let key = KPIArgument(kpi)!
        let tracker = try database.openForReading(workspace)
        let list = try DatabaseOptions.run { try tracker.history(contract: key.contract, kpi: key.kpi) }
        guard !list.isEmpty else {
            Console.error(
                "error: the tracker holds no observations of \(quoted: kpi)\(Suggest.didYouMean(kpi, in: try DatabaseOptions.run { try tracker.kpiKeys() })); record its returns with 'missionkpi record'"
            )
            throw ExitCode(1)
        }
        Console.out(ObservationListing.render(list, format: format))
    }
}
