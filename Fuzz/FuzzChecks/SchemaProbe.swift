import GRDB
import MissionKPI

@testable import MissionKPIStore

/// The tracker's real schema in memory: every row the returns validator accepts must be storable
/// ("validation accepts only what the schema stores"). Each probe is rolled back.
public final class SchemaProbe: Sendable {
    private let queue: DatabaseQueue

    /// An in-memory database with every tracker migration applied.
    public init() {
        do {
            queue = try DatabaseQueue()
            try TrackerSchema.migrator.migrate(queue)
        } catch {
            fatalError("the in-memory tracker could not be set up: \(error)")
        }
    }

    /// Stores published assessments as the import does (`Tracker.recordPublished`), then rolls back; why
    /// they were refused, or nil.
    public func refusal(published items: [PublishedAssessment]) -> String? {
        do {
            return try queue.writeWithoutTransaction { db -> String? in
                try db.beginTransaction()
                defer { try? db.rollback() }
                do { _ = try Tracker.recordPublished(items, in: db) } catch { return "\(error)" }
                return nil
            }
        } catch {
            return "the probe failed: \(error)"
        }
    }

    /// Inserts `rows` as version 1 of one file's observations, then rolls back; why they were refused, or nil.
    public func refusal(_ rows: [ReturnRow]) -> String? {
        do {
            return try queue.writeWithoutTransaction { db -> String? in
                try db.beginTransaction()
                defer { try? db.rollback() }
                try db.execute(
                    sql: "INSERT INTO returns_file (path, sha256, recorded_at, rows) VALUES ('r.csv', ?, 't', ?)",
                    arguments: [String(repeating: "0", count: 64), rows.count])
                let file = db.lastInsertedRowID
                let insert = try db.cachedStatement(sql: ObservationInsert.columns + ObservationInsert.tuple)
                for r in rows {
                    do {
                        try insert.execute(arguments: [
                            r.contract, r.kpi, r.period.text, r.period.start.description, r.period.end.description, r.value, r.note, 1,
                            file, r.row,
                        ])
                    } catch {
                        return "row \(r.row) (\(r.contract)/\(r.kpi) \(r.period.text)): \(error)"
                    }
                }
                return nil
            }
        } catch {
            return "the probe failed: \(error)"
        }
    }
}
