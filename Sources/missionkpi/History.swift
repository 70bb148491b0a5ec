import ArgumentParser
import MissionKPI
import MissionKPIPublish
import MissionKPIStore

struct History: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show every recorded version of one KPI's observations, with where each came from.",
        discussion:
            "Exit 64 for a KPI the workspace (or the tracker) does not have, with the nearest; a known KPI with no returns yet lists nothing, with a note."
    )

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var console: ConsoleOptions
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
        let known = try DatabaseOptions.run { try KnownIDs.forTracker(workspace, tracker) }
        try KnownIDs.kpi(key, text: kpi, contracts: known.contracts, kpis: known.kpis, option: "the KPI")
        let list = try DatabaseOptions.run { try tracker.history(contract: key.contract, kpi: key.kpi) }
        if list.isEmpty { Console.note("note: the tracker holds no observations of '\(kpi)' yet; record its returns with 'missionkpi record'") }
        Console.out(ObservationListing.render(list, format: format))
    }
}
