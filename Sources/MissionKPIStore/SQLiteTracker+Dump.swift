import GRDB
import MissionKPI

extension SQLiteTracker {
    /// Everything held, from one read transaction.
    func dump() throws -> TrackerDump {
        try pool.read { db in
            var files: [TrackerDump.File] = []
            for r in try Row.fetchAll(db, sql: "SELECT id, path, sha256, recorded_at, rows FROM returns_file ORDER BY id") {
                files.append(TrackerDump.File(id: r[0], path: r[1], sha256: r[2], recordedAt: r[3], rows: r[4]))
            }
            var rows: [TrackerDump.Row] = []
            let cursor = try Row.fetchCursor(
                db,
                sql: """
                    SELECT contract_id, kpi_id, period, period_start, period_end, value, note, version, file_id, row FROM observation
                    ORDER BY contract_id, kpi_id, period_start, period_end, version
                    """)
            while let r = try cursor.next() {
                guard let start = Day(parsing: r[3] as String), let end = Day(parsing: r[4] as String) else {
                    throw TrackerError.cannotOpen(path, "a stored period has a malformed day ('\(r[3] as String)' to '\(r[4] as String)')")
                }
                rows.append(
                    TrackerDump.Row(
                        contract: r[0], kpi: r[1], period: r[2], start: start, end: end, value: r[5], note: r[6], version: r[7], fileId: r[8],
                        row: r[9]))
            }
            return TrackerDump(files: files, observations: rows, published: try SQLiteTracker.published(in: db))
        }
    }

    /// Stores `dump` in one transaction, refusing a tracker that holds returns already.
    func load(_ dump: TrackerDump) throws {
        try pool.write { db in
            let files = try Int.fetchOne(db, sql: "SELECT count(*) FROM returns_file") ?? 0
            let published = try Int.fetchOne(db, sql: "SELECT count(*) FROM published_assessment") ?? 0
            guard files == 0 && published == 0 else { throw TrackerError.notEmpty(path, files: files, published: published) }
            let file = try db.makeStatement(sql: "INSERT INTO returns_file (id, path, sha256, recorded_at, rows) VALUES (?, ?, ?, ?, ?)")
            for f in dump.files { try file.execute(arguments: [f.id, f.path, f.sha256, f.recordedAt, f.rows]) }
            let row = try db.makeStatement(
                sql: "INSERT INTO observation (contract_id, kpi_id, period, period_start, period_end, value, note, version, file_id, row) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            )
            for o in dump.observations {
                try row.execute(arguments: [
                    o.contract, o.kpi, o.period, o.start.description, o.end.description, o.value, o.note, o.version, o.fileId, o.row,
                ])
            }
            try Tracker.recordPublished(dump.published, in: db)
        }
    }
}
