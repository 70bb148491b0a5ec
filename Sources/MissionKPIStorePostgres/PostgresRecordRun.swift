import Foundation
import MissionKPI
@_spi(TrackerBackend) import MissionKPIStore
import PostgresNIO

/// The storing side of one recording into PostgreSQL. Files arrive checked from the reading thread, in
/// input order; a file with a problem is rejected before anything is sent. Valid files are gathered
/// into groups of about `groupRows` rows, and each group is written in one transaction:
///
/// 1. advisory locks on the group's contracts and file hashes, taken in one global order (so that
///    concurrent runs queue per contract and never deadlock);
/// 2. files already recorded (by any process) are skipped; the current versions of the group's KPIs
///    are read, under the locks, so versions continue without gaps or duplicates;
/// 3. each file in a savepoint of its own: its `returns_file` row, then its rows in statements of many
///    rows each (`ObservationRows`); a file the schema refuses is rolled back alone and rejected;
/// 4. COMMIT. A serialization failure or deadlock (40001, 40P01) runs the group again from its buffer.
///
/// A lost connection or a killed process leaves whole groups, so whole files, only.
struct PostgresRecordRun {
    /// A checked file waiting for its group to be written.
    private struct Pending {
        var index: Int
        var path: String
        var sha256: String
        var batches: [RowBatch]
        var rows: Int
    }

    private let connection: PGConnection
    private let validator: ReturnsValidator
    private let recordedAt: String
    private let groupRows: Int
    private let progress: ((RecordProgress) -> Void)?
    private var outcomes: [RecordOutcome?]
    private var group: [Pending] = []
    private var waitingRows = 0
    private var rowsDone = 0, filesDone = 0
    private var current: CurrentValues

    init(
        _ connection: PGConnection, files: Int, validator: ReturnsValidator, recordedAt: String, groupRows: Int,
        progress: ((RecordProgress) -> Void)?
    ) {
        self.connection = connection
        self.validator = validator
        self.recordedAt = recordedAt
        self.groupRows = groupRows
        self.progress = progress
        outcomes = Array(repeating: nil, count: files)
        current = CurrentValues(kpiCount: validator.kpiCount, trackerIsEmpty: false, load: PostgresRecordRun.loader(connection))
    }

    /// Stores everything `reading` hands over; the outcome of every file, in input order.
    mutating func run(_ reading: ReturnsReading) throws -> [RecordOutcome] {
        while true {
            switch reading.queue.take() {
            case .outcome(let i, let outcome):
                outcomes[i] = outcome
            case .file(let i, let input, let sha):
                report(i, reading.inputs.count, input.displayPath)
                try take(i, input.displayPath, sha, reading.queue)
            case .end:
                try flush()
                report(outcomes.count, reading.inputs.count, "")
                return outcomes.map { $0! }
            case .rows, .done:
                preconditionFailure("rows outside a file")
            }
            filesDone += 1
        }
    }

    private func report(_ files: Int, _ total: Int, _ path: String) {
        progress?(RecordProgress(filesDone: files, filesTotal: total, rowsDone: rowsDone, currentFile: path))
    }

    /// Gathers one file's rows; a valid file joins the group, which is written once it is large enough.
    private mutating func take(_ i: Int, _ path: String, _ sha: String, _ queue: RecordQueue) throws {
        var batches: [RowBatch] = []
        var rows = 0
        while true {
            switch queue.take() {
            case .rows(let batch):
                batches.append(batch)
                rows += batch.rows.count
                rowsDone += batch.rows.count
                if batch.rows.count >= 4096 { report(filesDone, outcomes.count, path) }
            case .done(let file):
                guard file.isValid else {
                    rowsDone -= rows
                    outcomes[i] = .rejected(path: path, diagnostics: file.diagnostics)
                    return
                }
                group.append(Pending(index: i, path: path, sha256: sha, batches: batches, rows: rows))
                waitingRows += rows
                if waitingRows >= groupRows { try flush() }
                return
            case .file, .outcome, .end:
                preconditionFailure("a file's rows end with .done")
            }
        }
    }

    /// Writes the group in one transaction, again from the start when the server asks for it.
    private mutating func flush() throws {
        guard !group.isEmpty else { return }
        var attempt = 0
        while true {
            do {
                let written = try write()
                for (i, outcome) in written { outcomes[i] = outcome }
                group.removeAll()
                waitingRows = 0
                return
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

    /// One attempt at the group's transaction; the outcomes to keep once it has committed.
    private mutating func write() throws -> [(Int, RecordOutcome)] {
        try connection.query("BEGIN ISOLATION LEVEL READ COMMITTED")
        try lockAndLoad()
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

    /// Locks the group's contracts and file hashes in one global order, then reads what the tracker
    /// holds of the group's KPIs (under the locks, so no other run can change it until COMMIT).
    private mutating func lockAndLoad() throws {
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
    private func recorded(_ hashes: [String]) throws -> [String: RecordedFile] {
        var binds = PostgresBindings()
        binds.append(hashes)
        var out: [String: RecordedFile] = [:]
        for row in try connection.query("SELECT sha256, path, recorded_at FROM returns_file WHERE sha256 = ANY($1::text[])", binds) {
            let (sha, path, at) = try row.decode((String, String, String).self)
            out[sha] = RecordedFile(path: path, recordedAt: at)
        }
        return out
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
                    rows.add(contract: r.contract, kpi: r.kpi, period: r.period, value: r.value, note: r.note, version: Int(version), fileId: id, row: r.row)
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

    /// Reads one KPI's stored versions (after a rolled-back file made the run forget them).
    static func loader(_ connection: PGConnection) -> (String, String) throws -> [CurrentValues.Stored] {
        { contract, kpi in
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
