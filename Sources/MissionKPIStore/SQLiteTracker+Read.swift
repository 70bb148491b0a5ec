import GRDB
import MissionKPI

extension SQLiteTracker {
    /// What the judgements read: per KPI and period the current version, plus every superseded one.
    /// Streamed into the set as rows arrive (no intermediate list of every version).
    func observationSet() throws -> ObservationSet {
        try pool.read { db in try SQLiteTracker.observationSet(db) }
    }

    func observationSetAndPublished() throws -> (ObservationSet, [PublishedAssessment]) {
        try pool.read { db in (try SQLiteTracker.observationSet(db), try SQLiteTracker.published(in: db)) }
    }

    /// Every version, streamed into the set as rows arrive.
    static func observationSet(_ db: Database) throws -> ObservationSet {
        var builder = ObservationSet.Builder()
        try ObservationReader.read(db, filter: "", arguments: []) { builder.append($0) }
        return builder.finish()
    }

    /// Every version held of `contract` (and `kpi`), sorted by contract, KPI, period and version.
    func allVersions(contract: String?, kpi: String?) throws -> [Observation] {
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
            try ObservationReader.read(db, filter: filter, arguments: arguments) { out.append($0) }
            return out
        }
    }

    /// Every `contract/kpi` the tracker holds observations for, sorted (for "did you mean").
    func kpiKeys() throws -> [String] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT DISTINCT contract_id, kpi_id FROM observation ORDER BY 1, 2")
                .map { "\($0[0] as String)/\($0[1] as String)" }
        }
    }
}
