import ArgumentParser
import MissionKPICommands
import MissionKPIPublish

struct Observations: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the observations the tracker holds.",
        discussion:
            "The current version of each KPI and period, sorted by contract, KPI and period; --all-versions adds superseded versions. --published lists instead the KPI assessments published in contract performance notices (UK9) that 'import ocds' recorded, every release's, the latest for each KPI and period marked. CSV output neutralises cells a spreadsheet would run as formulas."
    )

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var database: DatabaseOptions
    @Option(help: ArgumentHelp("Only this contract.", valueName: "id")) var contract: String?
    @Option(help: ArgumentHelp("Only this KPI, written CONTRACT/KPI.", valueName: "contract/kpi")) var kpi: String?
    @Flag(help: "Include superseded versions (earlier returns since corrected).") var allVersions = false
    @Flag(help: "List the published (UK9) assessments instead of the returns.") var published = false
    @Option(help: "Output format: text, csv or json.") var format: ObservationListing.Format = .text

    func validate() throws {
        if published && allVersions { throw ValidationError("--published lists every release already; drop --all-versions") }
        guard let kpi else { return }
        guard let key = ObservationsCommand.kpiKey(kpi) else {
            throw ValidationError("--kpi \(quoted: kpi) must be written CONTRACT/KPI (e.g. dhsc-2025-0142/scan-turnaround)")
        }
        if let contract, key.contract != contract {
            throw ValidationError("--contract \(quoted: contract) and --kpi \(quoted: kpi) name different contracts; give one of them")
        }
    }

    func run() throws {
        try Terminal.run {
            try ObservationsCommand.list(
                workspace.place(database), contract: contract, kpi: kpi, allVersions: allVersions, published: published, format: format,
                io: $0)
        }
    }
}
