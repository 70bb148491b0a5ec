import GRDB
import MissionKPI

extension Tracker {
    /// What the judgements read: per KPI and period the current version, plus every superseded one.
    public func observationSet() throws -> ObservationSet {
        let all = try observations(allVersions: true)
        var current: [Observation] = [], superseded: [Observation] = []
        for (i, o) in all.enumerated() {
            if i + 1 < all.count, Tracker.sameKey(o, all[i + 1]) { superseded.append(o) } else { current.append(o) }
        }
        return ObservationSet(current: current, superseded: superseded)
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
        let sql = """
            SELECT contract_id, kpi_id, period, period_start, period_end, value, note, version, row, file_id
            FROM observation \(filter) ORDER BY contract_id, kpi_id, period_start, period_end, version
            """
        return try pool.read { db in
            var files: [Int64: (String, String, String)] = [:]
            for r in try Row.fetchAll(db, sql: "SELECT id, path, sha256, recorded_at FROM returns_file") {
                files[r[0]] = (r[1], r[2], r[3])
            }
            var days: [String: Day] = [:]
            func day(_ text: String) -> Day {
                if let d = days[text] { return d }
                let d = Day(parsing: text) ?? Day(ordinal: 0)
                days[text] = d
                return d
            }
            var out: [Observation] = []
            let cursor = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            while let r = try cursor.next() {
                let text: String = r[2]
                let period = Period(kind: Tracker.kind(of: text), start: day(r[3]), end: day(r[4]), text: text)
                let file = files[r[9]] ?? ("", "", "")
                let o = Observation(
                    contract: r[0], kpi: r[1], period: period, value: r[5], note: r[6], version: r[7],
                    provenance: Provenance(file: file.0, row: r[8], sha256: file.1, recordedAt: file.2))
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
