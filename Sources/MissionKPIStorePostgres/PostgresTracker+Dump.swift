import Foundation
import MissionKPI
import MissionKPIStore
import PostgresNIO

extension PostgresTracker {
    func dump() throws -> TrackerDump {
        try snapshot { c in
            var files: [TrackerDump.File] = []
            for row in try c.query("SELECT id, path, sha256, recorded_at, rows FROM returns_file ORDER BY id") {
                let (id, path, sha, at, rows) = try row.decode((Int64, String, String, String, Int).self)
                files.append(TrackerDump.File(id: id, path: path, sha256: sha, recordedAt: at, rows: rows))
            }
            let sink = Sink([TrackerDump.Row]())
            try c.each(
                """
                SELECT contract_id, kpi_id, period, period_start, period_end, value, note, version, file_id, row FROM observation
                ORDER BY contract_id, kpi_id, period_start, period_end, version
                """
            ) { row in
                let cells = Array(row)
                guard cells.count == 10 else { throw PGFailure(sqlState: "XX000", message: "an observation row has too few columns", detail: nil) }
                sink.value.append(
                    TrackerDump.Row(
                        contract: PGRowDecoder.text(cells[0]) ?? "", kpi: PGRowDecoder.text(cells[1]) ?? "",
                        period: PGRowDecoder.text(cells[2]) ?? "", start: PGRowDecoder.day(try PGRowDecoder.int32(cells[3])),
                        end: PGRowDecoder.day(try PGRowDecoder.int32(cells[4])), value: try PGRowDecoder.double(cells[5]),
                        note: PGRowDecoder.text(cells[6]), version: try PGRowDecoder.int(cells[7]), fileId: Int64(try PGRowDecoder.int(cells[8])),
                        row: try PGRowDecoder.int(cells[9])))
            }
            return TrackerDump(files: files, observations: sink.value, published: try PostgresTracker.published(on: c))
        }
    }

    /// Stores `dump` in one transaction (writers wait meanwhile), refusing a tracker holding returns.
    func load(_ dump: TrackerDump) throws {
        try withConnection { c in
            try c.query("BEGIN ISOLATION LEVEL READ COMMITTED")
            do {
                try c.query("LOCK TABLE returns_file, observation, published_assessment IN EXCLUSIVE MODE")
                let (heldFiles, heldPublished) =
                    try c.query("SELECT (SELECT count(*) FROM returns_file), (SELECT count(*) FROM published_assessment)").first?
                    .decode((Int, Int).self) ?? (0, 0)
                guard heldFiles == 0 && heldPublished == 0 else {
                    throw TrackerError.notEmpty(location, files: heldFiles, published: heldPublished)
                }
                var files = PostgresBindings(capacity: 5)
                files.append(dump.files.map(\.id))
                files.append(dump.files.map(\.path))
                files.append(dump.files.map(\.sha256))
                files.append(dump.files.map(\.recordedAt))
                files.append(dump.files.map { Int32(clamping: $0.rows) })
                try c.query(
                    """
                    INSERT INTO returns_file (id, path, sha256, recorded_at, rows)
                    SELECT * FROM unnest($1::int8[], $2::text[], $3::text[], $4::text[], $5::int4[])
                    """, files)
                var rows = ObservationRows()
                for o in dump.observations {
                    rows.add(
                        contract: o.contract, kpi: o.kpi, period: o.period, start: o.start, end: o.end, value: o.value, note: o.note,
                        version: o.version, fileId: o.fileId, row: o.row)
                    if rows.count >= ObservationRows.limit { try rows.store(on: c) }
                }
                try rows.store(on: c)
                _ = try PostgresTracker.insertPublished(dump.published, on: c)
                // The next file recorded continues after the highest id copied.
                try c.query(
                    "SELECT setval(pg_get_serial_sequence('returns_file', 'id'), coalesce(max(id), 1), count(*) > 0) FROM returns_file")
                try c.query("COMMIT")
            } catch {
                if !c.isClosed { _ = try? c.query("ROLLBACK") }
                throw error
            }
        }
    }
}
