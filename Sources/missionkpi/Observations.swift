import ArgumentParser
import MissionKPI
import MissionKPIPublish
import MissionKPIStore

struct Observations: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the observations the tracker holds.",
        discussion:
            "The current version of each KPI and period, sorted by contract, KPI and period; --all-versions adds superseded versions. --published lists instead the KPI assessments published in contract performance notices (UK9) that 'import ocds' recorded, every release's, the latest for each KPI and period marked. CSV output neutralises cells a spreadsheet would run as formulas. An unknown --contract or --kpi is a usage error (exit 64) with the nearest id."
    )

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var console: ConsoleOptions
    @OptionGroup var database: DatabaseOptions
    @Option(help: ArgumentHelp("Only this contract.", valueName: "id")) var contract: String?
    @Option(help: ArgumentHelp("Only this KPI, written CONTRACT/KPI.", valueName: "contract/kpi")) var kpi: String?
    @Flag(help: "Include superseded versions (earlier returns since corrected).") var allVersions = false
    @Flag(help: "List the published (UK9) assessments instead of the returns.") var published = false
    @Option(help: "Output format: text, csv or json.") var format: ObservationListing.Format = .text

    func validate() throws {
        if published && allVersions { throw ValidationError("--published lists every release already; drop --all-versions") }
        guard let kpi else { return }
        guard let key = KPIArgument(kpi) else {
            throw ValidationError("--kpi \(quoted: kpi) must be written CONTRACT/KPI (e.g. dhsc-2025-0142/scan-turnaround)")
        }
        if let contract, key.contract != contract {
            throw ValidationError("--contract \(quoted: contract) and --kpi \(quoted: kpi) name different contracts; give one of them")
        }
    }

    func run() throws {
        let tracker = try database.openForReading(workspace)
        let key = kpi.flatMap(KPIArgument.init)
        if contract != nil || key != nil {
            let known = try DatabaseOptions.run { try KnownIDs.forTracker(workspace, tracker) }
            try KnownIDs.require(contract, "a contract", option: "--contract", among: known.contracts)
            try KnownIDs.kpi(key, text: kpi ?? "", contracts: known.contracts, kpis: known.kpis, option: "--kpi")
        }
        if published {
            let wanted = key?.contract ?? contract
            let list = try DatabaseOptions.run { try tracker.publishedAssessments() }.filter { a in
                (wanted == nil || a.contract == wanted) && (key == nil || a.kpi == key?.kpi)
            }
            return Console.out(PublishedListing.render(list, format: format))
        }
        let list = try DatabaseOptions.run {
            try tracker.observations(contract: key?.contract ?? contract, kpi: key?.kpi, allVersions: allVersions)
        }
        Console.out(ObservationListing.render(list, format: format))
        if list.isEmpty, let asked = kpi ?? contract { Console.note("note: the tracker holds no observations of '\(asked)' yet") }
    }
}

/// A `CONTRACT/KPI` argument.
struct KPIArgument {
    var contract: String
    var kpi: String

    init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        contract = String(parts[0])
        kpi = String(parts[1])
    }
}
