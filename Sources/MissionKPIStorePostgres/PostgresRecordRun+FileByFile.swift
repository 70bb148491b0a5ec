import Foundation
import MissionKPI
@_spi(TrackerBackend) import MissionKPIStore
import PostgresNIO

/// A group written file by file, each file in a savepoint of its own, after the server refused the
/// group whole: a file the schema refuses is rolled back alone and rejected, the others recorded.
extension PostgresRecordRun {
    /// Rolls back the refused transaction and writes the group again, file by file, again from the
    /// start when the server asks for it; the outcomes, once committed.
    mutating func fileByFile(_ group: [Pending]) throws -> [(Int, RecordOutcome)] {
        _ = try? connection.query("ROLLBACK")
        var attempt = 0
        while true {
            do {
                return try writeFileByFile(group)
            } catch let f as PGFailure where f.isRetryable && attempt < 30 && !connection.isClosed {
                _ = try? connection.query("ROLLBACK")
                current.forgetAll()
                attempt += 1
                usleep(UInt32.random(in: 1_000...(20_000 * UInt32(min(attempt, 10)))))
            } catch {
                if !connection.isClosed { _ = try? connection.query("ROLLBACK") }
                throw error
            }
        }
    }

    /// One attempt at the group's transaction, file by file; the outcomes to keep once it has committed.
    private mutating func writeFileByFile(_ group: [Pending]) throws -> [(Int, RecordOutcome)] {
        try connection.query("BEGIN ISOLATION LEVEL READ COMMITTED")
        try lockAndLoad(group)
        var known = try recorded(group.map(\.sha256))
        var written: [(Int, RecordOutcome)] = []
        for file in group {
            if let prior = known[file.sha256] {
                written.append((file.index, .alreadyRecorded(path: file.path, sha256: file.sha256, firstPath: prior.path, recordedAt: prior.recordedAt)))
                continue
            }
            written.append((file.index, try store(file)))
            if case .recorded = written.last?.1 { known[file.sha256] = RecordedFile(path: file.path, recordedAt: recordedAt) }
        }
        try connection.query("COMMIT")
        return written
    }

    /// Stores one file inside a savepoint: recorded, or rejected alone when the schema refuses a row.
    private mutating func store(_ file: Pending) throws -> RecordOutcome {
        try connection.query("SAVEPOINT record_file")
        var touched: [Int32] = []
        do {
            var binds = PostgresBindings()
            binds.append(file.path)
            binds.append(file.sha256)
            binds.append(recordedAt)
            binds.append(file.rows)
            let id = try connection.query(
                "INSERT INTO returns_file (path, sha256, recorded_at, rows) VALUES ($1, $2, $3, $4) RETURNING id", binds
            ).first?.decode(Int64.self) ?? 0
            var rows = ObservationRows()
            var added = 0, corrections = 0, unchanged = 0
            for batch in file.batches {
                for r in batch.rows {
                    if touched.last != r.kpiKey { touched.append(r.kpiKey) }
                    guard let version = try current.nextVersion(for: r) else {
                        unchanged += 1
                        continue
                    }
                    rows.add(contract: r.contract, kpi: r.kpi, kpiKey: r.kpiKey, period: r.period, value: r.value, note: r.note, version: Int(version), fileId: id, row: r.row)
                    if version == 1 { added += 1 } else { corrections += 1 }
                }
            }
            try rows.store(on: connection)
            try connection.query("RELEASE SAVEPOINT record_file")
            return .recorded(path: file.path, sha256: file.sha256, rows: file.rows, added: added, corrections: corrections, unchanged: unchanged)
        } catch let f as PGFailure where f.isDataError && !connection.isClosed {
            try connection.query("ROLLBACK TO SAVEPOINT record_file")
            try connection.query("RELEASE SAVEPOINT record_file")
            current.forget(touched)
            let line = f.failingRow ?? 1
            let at = SourceLocation(file: file.path, line: line, column: 1)
            return .rejected(path: file.path, diagnostics: [Diagnostic(at: at, "the tracker refused this row: \(f.message)")])
        }
    }

}
