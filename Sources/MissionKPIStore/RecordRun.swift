import GRDB
import MissionKPI

/// The storing side of one recording, on the tracker's writer connection: takes files and rows from
/// the reading thread in input order and writes them in one transaction, committed every
/// `commitEvery` rows (at a file's end) and at the end. Each file sits in a savepoint of its own: a
/// file with a problem is rolled back to it and stores nothing, and the other files are unaffected.
struct RecordRun {
    let db: Database
    /// The tracker's path, for messages.
    let trackerPath: String
    let validator: ReturnsValidator
    let recordedAt: String
    let commitEvery: Int
    let progress: ((RecordProgress) -> Void)?
    private var outcomes: [RecordOutcome?]
    private var current: String?
    private var values: CurrentValues?
    private var insert: ObservationInsert?
    /// `PRAGMA data_version` when the transaction began: it changes only when another connection commits.
    private var dataVersion: Int64?
    private var uncommittedRows = 0
    private var rowsDone = 0, filesDone = 0

    init(
        _ db: Database, path: String, files: Int, validator: ReturnsValidator, recordedAt: String, commitEvery: Int, progress: ((RecordProgress) -> Void)?
    ) {
        self.db = db
        self.trackerPath = path
        self.validator = validator
        self.recordedAt = recordedAt
        self.commitEvery = commitEvery
        self.progress = progress
        outcomes = Array(repeating: nil, count: files)
    }

    /// Stores everything `reading` hands over; the outcome of every file, in input order.
    mutating func run(_ reading: ReturnsReading) throws -> [RecordOutcome] {
        do {
            while true {
                switch reading.queue.take() {
                case .outcome(let i, let outcome):
                    outcomes[i] = outcome
                case .file(let i, let input, let sha):
                    report(i, reading, input.displayPath)
                    current = input.displayPath
                    outcomes[i] = try store(input.displayPath, sha256: sha, reading.queue)
                    current = nil
                case .end:
                    if db.isInsideTransaction { try db.commit() }
                    report(outcomes.count, reading, "")
                    return outcomes.map { $0! }
                case .rows, .done:
                    preconditionFailure("rows outside a file")
                }
                filesDone += 1
            }
        } catch {
            if db.isInsideTransaction { try? db.rollback() }
            throw RecordError.failed(tracker: trackerPath, file: current, error)
        }
    }

    private func report(_ files: Int, _ reading: ReturnsReading, _ path: String) {
        progress?(RecordProgress(filesDone: files, filesTotal: reading.inputs.count, rowsDone: rowsDone, currentFile: path))
    }

    /// Takes the write lock unless held; forgets what it knew if another process wrote since it last held it.
    private mutating func begin() throws {
        guard !db.isInsideTransaction else { return }
        try db.beginTransaction(.immediate)
        let version = try Int64.fetchOne(db, sql: "PRAGMA data_version") ?? 0
        if values == nil {
            let empty = try Bool.fetchOne(db, sql: "SELECT NOT EXISTS (SELECT 1 FROM observation)") ?? false
            values = CurrentValues(kpiCount: validator.kpiCount, trackerIsEmpty: empty, load: RecordRun.loader(db))
            insert = try ObservationInsert(db)
        } else if version != dataVersion {
            values!.forgetAll()
        }
        dataVersion = version
    }

    /// Stores one file's rows as they arrive, inside a savepoint; the file's outcome.
    private mutating func store(_ path: String, sha256: String, _ queue: RecordQueue) throws -> RecordOutcome {
        try begin()
        if let prior = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT path, recorded_at FROM returns_file WHERE sha256 = ?"), arguments: [sha256])
        {
            while case .rows = queue.take() {}  // recorded earlier in this run, or by another process meanwhile
            return .alreadyRecorded(path: path, sha256: sha256, firstPath: prior[0], recordedAt: prior[1])
        }
        try db.execute(sql: "SAVEPOINT record_file")
        try db.execute(
            sql: "INSERT INTO returns_file (path, sha256, recorded_at, rows) VALUES (?, ?, ?, 0)", arguments: [path, sha256, recordedAt])
        let fileId = db.lastInsertedRowID
        var rows = 0, added = 0, corrections = 0, unchanged = 0
        var touched: [Int32] = []
        /// Undoes the file: nothing of it stays, and what the run knew of its KPIs is read again.
        func rollBack(_ run: inout RecordRun) throws {
            run.insert!.discard()
            try run.db.execute(sql: "ROLLBACK TO record_file; RELEASE record_file")
            run.values!.forget(touched)
            run.rowsDone -= rows
        }
        var finished = false
        do {
            while true {
                switch queue.take() {
                case .rows(let batch):
                    for (i, r) in batch.rows.enumerated() {
                        if touched.last != r.kpiKey { touched.append(r.kpiKey) }
                        guard let version = try values!.nextVersion(for: r) else {
                            unchanged += 1
                            continue
                        }
                        try insert!.add(batch, i, version: version, fileId: fileId)
                        if version == 1 { added += 1 } else { corrections += 1 }
                    }
                    rows += batch.rows.count
                    rowsDone += batch.rows.count
                    if batch.rows.count >= 4096 {
                        progress?(RecordProgress(filesDone: filesDone, filesTotal: outcomes.count, rowsDone: rowsDone, currentFile: path))
                    }
                case .done(let file):
                    finished = true
                    guard file.isValid else {
                        try rollBack(&self)
                        return .rejected(path: path, diagnostics: file.diagnostics)
                    }
                    try insert!.flush()
                    try db.execute(sql: "UPDATE returns_file SET rows = ? WHERE id = ?", arguments: [rows, fileId])
                    try db.execute(sql: "RELEASE record_file")
                    uncommittedRows += rows
                    if uncommittedRows >= commitEvery {
                        try db.commit()
                        uncommittedRows = 0
                    }
                    return .recorded(path: path, sha256: sha256, rows: rows, added: added, corrections: corrections, unchanged: unchanged)
                case .file, .outcome, .end:
                    preconditionFailure("a file's rows end with .done")
                }
            }
        } catch let failure as ObservationInsert.RowFailure where failure.isProblemOfTheRow {
            // A row the checks let through but the tracker refuses costs its own file only (rolled back
            // to the file's savepoint); the other files of the run are recorded.
            try rollBack(&self)
            if !finished { while true { if case .done = queue.take() { break } } }
            let at = SourceLocation(file: path, line: Int(failure.row), column: 1)
            return .rejected(path: path, diagnostics: [Diagnostic(at: at, failure.message)])
        }
    }

    /// Reads a KPI's stored versions, in key order, with one statement compiled once per run.
    static func loader(_ db: Database) -> (String, String) throws -> [CurrentValues.Stored] {
        var select: Statement?
        return { contract, kpi in
            if select == nil {
                select = try db.makeStatement(
                    sql: "SELECT period_start, period_end, version, value, note FROM observation WHERE contract_id = ? AND kpi_id = ? ORDER BY period_start, period_end, version")
            }
            guard let statement = select else { return [] }
            let cursor = try Row.fetchCursor(statement, arguments: [contract, kpi])
            var list: [CurrentValues.Stored] = []
            while let row = try cursor.next() {
                guard let start = CurrentValues.packed(row[0] as String), let end = CurrentValues.packed(row[1] as String) else { continue }
                list.append(CurrentValues.Stored(packedStart: start, packedEnd: end, version: row[2], value: row[3], note: row[4]))
            }
            return list
        }
    }
}
