import MissionKPI

/// What the synthetic workspace generator makes: how many contracts, from which seed, over which months.
///
/// ```swift
/// let options = GeneratorOptions(contracts: 10_000, seed: 1)
/// let summary = try WorkspaceGenerator.write(options, to: "/tmp/ws-10k")
/// ```
public struct GeneratorOptions: Sendable, Hashable {
    /// The number of contracts (at least 1).
    public var contracts: Int
    /// The seed: the same options always give byte-identical files.
    public var seed: UInt64
    /// Monthly returns cover this many months, ending with `endMonth`.
    public var months: Int = 24
    /// The mean number of KPIs per contract (3 to 10 each).
    public var kpisPerContract: Int = 6
    /// The last month with returns (its first day); returns stop here, as if collected just after.
    public var endMonth: Day = Day(year: 2026, month: 10, day: 1)!
    /// Rule ids a waiver may name. Waivers are written only for these rules, so the workspace stays valid
    /// whatever rules this build knows (the random draws are the same either way).
    public var waiverRules: Set<String> = Set(RuleRegistry.catalog.keys)

    public init(contracts: Int, seed: UInt64) {
        self.contracts = contracts
        self.seed = seed
    }

    /// Departments: about one per 200 contracts, at least 5.
    public var departmentCount: Int { max(5, (contracts + 100) / 200) }

    /// Missions: the five of the Plan for Change, and one more per 10,000 contracts beyond 10,000.
    public var missionCount: Int { 5 + max(0, (contracts - 1) / 10_000) }

    /// Why the options cannot be used, or nil.
    public var problem: String? {
        if contracts < 1 { return "--contracts must be at least 1" }
        if contracts > 1_000_000 { return "--contracts is at most 1000000" }
        if !(1...120).contains(months) { return "--months must be from 1 to 120" }
        if !(3...10).contains(kpisPerContract) { return "--kpis-per-contract must be from 3 to 10" }
        return nil
    }
}

/// What the generator wrote.
public struct GeneratorSummary: Sendable, Hashable {
    public var missions = 0
    public var departments = 0
    public var people = 0
    public var contracts = 0
    public var kpis = 0
    /// Data rows over all returns files (corrections included).
    public var returnRows = 0
    public var returnFiles = 0
    /// Files written, YAML and CSV.
    public var files = 0
    public var bytes = 0

    public init() {}

    mutating func add(_ other: GeneratorSummary) {
        missions += other.missions
        departments += other.departments
        people += other.people
        contracts += other.contracts
        kpis += other.kpis
        returnRows += other.returnRows
        returnFiles += other.returnFiles
        files += other.files
        bytes += other.bytes
    }
}

/// Why the generator could not write the workspace.
public enum GeneratorError: Error, Sendable, Equatable, CustomStringConvertible {
    case invalidOptions(String)
    case outputNotEmpty(String)
    case cannotWrite(String)

    public var description: String {
        switch self {
        case .invalidOptions(let text): text
        case .outputNotEmpty(let path):
            "the output folder '\(path)' already holds a workspace (missionkpi.yaml, Missions/ or Contracts/); choose an empty folder or pass --force to replace them"
        case .cannotWrite(let path): "could not write '\(path)'; check that the folder exists and is writable"
        }
    }
}
