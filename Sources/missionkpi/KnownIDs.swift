import ArgumentParser
import MissionKPI
import MissionKPIStore

/// One rule for an id the user names (a contract, KPI, mission or department): one the workspace does
/// not have is a usage error (exit 64) that names the option, quotes the id and suggests the nearest.
/// Use `KnownIDs.require` with the workspace's ids, or `KnownIDs.forTracker` in a command that reads
/// only the tracker.
enum KnownIDs {
    /// Throws the usage error when `id` is given and is not among `known`.
    static func require(_ id: String?, _ kind: String, option: String, among known: some Collection<String>) throws {
        guard let id, !known.contains(id) else { return }
        throw ValidationError("\(option) \(quoted: id) is not \(kind) of the workspace\(Suggest.didYouMean(id, in: known))")
    }

    /// `--contract`: a contract of `ws`.
    static func contract(_ id: String?, in ws: Workspace, option: String = "--contract") throws {
        try require(id, "a contract", option: option, among: ws.contracts.map(\.id))
    }

    /// `--mission`: a mission of `ws`.
    static func mission(_ id: String?, in ws: Workspace, option: String = "--mission") throws {
        try require(id, "a mission", option: option, among: ws.missions.map(\.id))
    }

    /// `--department`: a department of `ws`.
    static func department(_ id: String?, in ws: Workspace, option: String = "--department") throws {
        try require(id, "a department", option: option, among: ws.departments.map(\.id))
    }

    /// A `CONTRACT/KPI`: its contract first (a wrong contract is named as such), then the KPI.
    static func kpi(_ key: KPIArgument?, text: String, contracts: Set<String>, kpis: Set<String>, option: String) throws {
        guard let key else { return }
        if !contracts.contains(key.contract) {
            throw ValidationError(
                "\(option) \(quoted: text) names the contract \(quoted: key.contract), which is not a contract of the workspace\(Suggest.didYouMean(key.contract, in: contracts))")
        }
        try require(text, "a KPI", option: option, among: kpis)
    }

    /// The contract ids and `contract/kpi` keys a tracker-reading command accepts: the workspace's when it
    /// loads, and the tracker's (returns recorded from an earlier version of the workspace stay listable).
    static func forTracker(_ workspace: WorkspaceOptions, _ tracker: Tracker) throws -> (contracts: Set<String>, kpis: Set<String>) {
        var kpis = Set(try tracker.kpiKeys())
        if let ws = try? WorkspaceLoader.load(at: workspace.root, ruleCatalog: RuleRegistry.catalog).workspace {
            for c in ws.contracts { for k in c.kpis { kpis.insert(c.id + "/" + k.id) } }
            return (Set(ws.contracts.map(\.id)).union(kpis.map { String($0.prefix { $0 != "/" }) }), kpis)
        }
        return (Set(kpis.map { String($0.prefix { $0 != "/" }) }), kpis)
    }
}
