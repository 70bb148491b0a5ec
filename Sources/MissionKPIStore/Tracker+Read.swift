import GRDB
import MissionKPI

extension Tracker {
    /// What the judgements read: per KPI and period the current version, plus every superseded one.
    /// Streamed into the set as rows arrive (no intermediate list of every version).
    public func observationSet() throws -> ObservationSet {
        try pool.read { db in
            var builder = ObservationSet.Builder()
            try ObservationReader.read(db, filter: "", arguments: []) { builder.append($0) }
            return builder.finish()
        }
    }

    /// The observations held, sorted by contract, KPI, period and version: the current version of each
    /// KPI and period, or every version with `allVersions`. `contract` and `kpi` narrow the listing.
    public func observations(contract: String? = nil, kpi: String? = nil, allVersions: Bool = false) throws -> [Observation] {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let contract {
            conditions.append("contract_id = ?")
            arguments += [contract]
        }
        if let kpi {
            conditions.append("kpi_id = ?")
            arguments += [kpi]
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return try pool.read { db in
            var out: [Observation] = []
            try ObservationReader.read(db, filter: filter, arguments: arguments) { o in
                if !allVersions, let last = out.last, Tracker.sameKey(last, o) { out.removeLast() }
                out.append(o)
            }
            return out
        }
    }

    /// Every version of one KPI's observations, by period then version.
    public func history(contract: String, kpi: String) throws -> [Observation] {
        try observations(contract: contract, kpi: kpi, allVersions: true)
    }

    /// Every `contract/kpi` the tracker holds observations for, sorted (for "did you mean").
    public func kpiKeys() throws -> [String] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT DISTINCT contract_id, kpi_id FROM observation ORDER BY 1, 2")
                .map { "\($0[0] as String)/\($0[1] as String)" }
        }
    }

    /// A stored period's kind, from its form: `2025-04`, `2025-Q1`, `FY2025-26`, or a date range.
    static func kind(of text: String) -> Period.Kind {
        let u = Array(text.utf8)
        if u.count == 7 { return u[5] == UInt8(ascii: "Q") ? .quarter : .month }
        return u.first == UInt8(ascii: "F") ? .financialYear : .range
    }

    /// Whether two observations are versions of the same KPI and period.
    static func sameKey(_ a: Observation, _ b: Observation) -> Bool {
        a.contract == b.contract && a.kpi == b.kpi && a.period.start == b.period.start && a.period.end == b.period.end
    }
}
