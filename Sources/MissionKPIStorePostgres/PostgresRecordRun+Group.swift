import Foundation
import MissionKPI
@_spi(TrackerBackend) import MissionKPIStore
import PostgresNIO

/// A group written whole: everything the client must know (locks, current versions, file ids) is
/// asked for first, then the rows and COMMIT are sent without waiting (see `PostgresRecordRun`).
extension PostgresRecordRun {
    /// Begins the group's transaction and sends all of it; what to wait for. The group's rows go in key
    /// order (`ObservationRows`), in statements of `ObservationRows.limit` rows, each sent as soon as
    /// it is encoded, so the server stores one while this thread encodes the next.
    mutating func send(_ group: [Pending]) throws -> InFlight {
        try connection.query("BEGIN ISOLATION LEVEL READ COMMITTED")
        try lockAndLoad(group)
        var known = try recorded(group.map(\.sha256))
        var firsts: [String: Pending] = [:]
        var files: [Pending] = []
        for file in group where known[file.sha256] == nil && firsts[file.sha256] == nil {
            firsts[file.sha256] = file
            files.append(file)
        }
        let ids = files.isEmpty ? [] : try insertFiles(files)
        var next = 0
        var written: [(Int, RecordOutcome)] = []
        var sent: [PGConnection.Sent] = []
        var rows = ObservationRows()
        for file in group {
            if let prior = known[file.sha256] {
                written.append((file.index, .alreadyRecorded(path: file.path, sha256: file.sha256, firstPath: prior.path, recordedAt: prior.recordedAt)))
                continue
            }
            known[file.sha256] = RecordedFile(path: file.path, recordedAt: recordedAt)
            let id = ids[next]
            next += 1
            var added = 0, corrections = 0, unchanged = 0
            for batch in file.batches {
                for r in batch.rows {
                    guard let version = try current.nextVersion(for: r) else {
                        unchanged += 1
                        continue
                    }
                    rows.add(contract: r.contract, kpi: r.kpi, kpiKey: r.kpiKey, period: r.period, value: r.value, note: r.note, version: Int(version), fileId: id, row: r.row)
                    if version == 1 { added += 1 } else { corrections += 1 }
                }
            }
            written.append((file.index, .recorded(path: file.path, sha256: file.sha256, rows: file.rows, added: added, corrections: corrections, unchanged: unchanged)))
        }
        sent += try rows.send(on: connection)
        sent.append(try connection.send("COMMIT"))
        return InFlight(group: group, written: written, sent: sent)
    }

    /// Inserts the files' `returns_file` rows in one statement; their ids, in the order given.
    private func insertFiles(_ files: [Pending]) throws -> [Int64] {
        var binds = PostgresBindings(capacity: 4)
        binds.append(files.map(\.path))
        binds.append(files.map(\.sha256))
        binds.append(recordedAt)
        binds.append(files.map { Int32(clamping: $0.rows) })
        var ids: [String: Int64] = [:]
        for row in try connection.query(
            """
            INSERT INTO returns_file (path, sha256, recorded_at, rows)
            SELECT p, s, $3, r FROM unnest($1::text[], $2::text[], $4::int4[]) WITH ORDINALITY AS t(p, s, r, i) ORDER BY i
            RETURNING sha256, id
            """, binds)
        {
            let (sha, id) = try row.decode((String, Int64).self)
            ids[sha] = id
        }
        return try files.map { file in
            guard let id = ids[file.sha256] else {
                throw PGFailure(sqlState: "XX000", message: "the server returned no id for \(file.path)", detail: nil)
            }
            return id
        }
    }

    /// Locks the group's contracts and file hashes in one global order, then reads what the tracker
    /// holds of the group's KPIs (under the locks, so no other run can change it until COMMIT).
    mutating func lockAndLoad(_ group: [Pending]) throws {
        var keys: [String: [String: Int32]] = [:]
        for file in group {
            for batch in file.batches { for r in batch.rows { keys[r.contract, default: [:]][r.kpi] = r.kpiKey } }
        }
        let contracts = keys.keys.sorted()
        var binds = PostgresBindings()
        binds.append(contracts)
        binds.append(group.map(\.sha256))
        try connection.query(
            """
            SELECT count(pg_advisory_xact_lock(k1, k2)) FROM (
                SELECT \(PostgresTracker.contractLock) AS k1, hashtext(c) AS k2 FROM unnest($1::text[]) c
                UNION SELECT \(PostgresTracker.fileLock), hashtext(s) FROM unnest($2::text[]) s
                ORDER BY 1, 2) keys
            """, binds)
        current.forgetAll()
        var stored: [Int32: [CurrentValues.Stored]] = [:]
        var load = PostgresBindings()
        load.append(contracts)
        let sink = Sink(stored), lookup = keys
        try connection.each(
            """
            SELECT contract_id, kpi_id, period_start, period_end, version, value, note FROM observation
            WHERE contract_id = ANY($1::text[]) ORDER BY contract_id, kpi_id, period_start, period_end, version
            """, load
        ) { row in
            var it = row.makeIterator()
            guard let c = it.next(), let k = it.next(), let s = it.next(), let e = it.next(), let v = it.next(), let x = it.next(),
                let n = it.next(), let contract = PGRowDecoder.text(c), let kpi = PGRowDecoder.text(k), let key = lookup[contract]?[kpi]
            else { return }
            sink.value[key, default: []].append(
                CurrentValues.Stored(
                    start: PGRowDecoder.day(try PGRowDecoder.int32(s)), end: PGRowDecoder.day(try PGRowDecoder.int32(e)),
                    version: Int32(try PGRowDecoder.int(v)), value: try PGRowDecoder.double(x), note: PGRowDecoder.text(n)))
        }
        stored = sink.value
        for kpis in keys.values { for key in kpis.values { current.replace(key, with: stored[key] ?? []) } }
    }

    /// Which of these hashes the tracker holds (committed by anyone, or earlier in this transaction).
    func recorded(_ hashes: [String]) throws -> [String: RecordedFile] {
        var binds = PostgresBindings()
        binds.append(hashes)
        var out: [String: RecordedFile] = [:]
        for row in try connection.query("SELECT sha256, path, recorded_at FROM returns_file WHERE sha256 = ANY($1::text[])", binds) {
            let (sha, path, at) = try row.decode((String, String, String).self)
            out[sha] = RecordedFile(path: path, recordedAt: at)
        }
        return out
    }

    /// Reads one KPI's stored versions (after a rolled-back file made the run forget them), on the
    /// connection of the group being written.
    static func loader(_ on: Sink<PGConnection>) -> (String, String) throws -> [CurrentValues.Stored] {
        { contract, kpi in
            let connection = on.value
            var binds = PostgresBindings()
            binds.append(contract)
            binds.append(kpi)
            return try connection.query(
                """
                SELECT period_start, period_end, version, value, note FROM observation
                WHERE contract_id = $1 AND kpi_id = $2 ORDER BY period_start, period_end, version
                """, binds
            ).map { row in
                var it = row.makeIterator()
                guard let s = it.next(), let e = it.next(), let v = it.next(), let x = it.next(), let n = it.next() else {
                    throw PGFailure(sqlState: "XX000", message: "a stored version has too few columns", detail: nil)
                }
                return CurrentValues.Stored(
                    start: PGRowDecoder.day(try PGRowDecoder.int32(s)), end: PGRowDecoder.day(try PGRowDecoder.int32(e)),
                    version: Int32(try PGRowDecoder.int(v)), value: try PGRowDecoder.double(x), note: PGRowDecoder.text(n))
            }
        }
    }
}
