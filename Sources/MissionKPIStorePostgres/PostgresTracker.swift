import Foundation
import MissionKPI
@_spi(TrackerBackend) import MissionKPIStore
import PostgresNIO

/// The tracker in a PostgreSQL database, shared by many departments recording at once.
///
/// Writers take transaction-scoped advisory locks on the contracts (and file hashes) they write, in
/// one global order, so two `record` runs never interleave on a contract, never deadlock, and never
/// meet a serialization failure; they retry all the same when the server asks (SQLSTATE 40001,
/// 40P01). Readers read one `REPEATABLE READ READ ONLY` snapshot: whole files only, never part of one.
///
/// ```swift
/// let tracker = try PostgresTracker.open(address, create: true)   // a Tracker
/// ```
final class PostgresTracker: TrackerBackend, @unchecked Sendable {
    /// How a tracker is opened: to read only, to write an existing one, or to create one in an empty database.
    enum Mode { case read, write, create }

    let address: PostgresAddress
    let password: PGPass.Lookup
    /// Opened to read only: nothing is migrated, and recording is refused.
    let isReadOnly: Bool
    /// The connection, used by one operation at a time.
    private let connection: PGConnection
    private let lock = NSLock()

    /// Advisory lock classes: 'MKPI' and the next two numbers.
    static let contractLock: Int32 = 0x4D4B_5049
    static let fileLock: Int32 = 0x4D4B_504A
    static let schemaLock: Int32 = 0x4D4B_504B

    var location: String { address.description }

    /// Connects and checks the database holds a tracker (or nothing at all, when creating one); a writer
    /// brings its schema up to date, a reader requires it current.
    init(_ address: PostgresAddress, mode: Mode, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        self.address = address
        isReadOnly = mode == .read
        password = PGPass.password(for: address, environment: environment)
        connection = try PGConnection(address, password: password)
        do {
            try migrateIfNeeded(mode)
        } catch {
            connection.close()
            throw fail(error)
        }
    }

    deinit { connection.close() }

    /// Runs `body` with the connection, one caller at a time; failures become one-line `TrackerError`s.
    func withConnection<T>(_ body: (PGConnection) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        do {
            return try body(connection)
        } catch {
            throw fail(error)
        }
    }

    /// The error as callers see it: a `TrackerError` naming this server for anything that came from
    /// the connection; the caller's own errors (from `work` handed in) as they were.
    func fail(_ error: any Error) -> any Error {
        PGErrors.isConnectionError(error) ? PGErrors.describe(error, address, password: password) : error
    }

    /// Runs `body` in a `REPEATABLE READ READ ONLY` transaction: one snapshot for everything it reads.
    func snapshot<T>(_ body: (PGConnection) throws -> T) throws -> T {
        try withConnection { c in
            try c.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            do {
                let result = try body(c)
                try c.query("COMMIT")
                return result
            } catch {
                if !c.isClosed { _ = try? c.query("ROLLBACK") }
                throw error
            }
        }
    }

    /// Applies the migrations not yet applied, under the schema lock; refuses a database holding
    /// another application's tables, and a tracker written by a newer version.
    private func migrateIfNeeded(_ mode: Mode) throws {
        let known = Set(PostgresSchema.migrations.map(\.id))
        func applied() throws -> [String]? {
            // A catalog read under the statement's snapshot (to_regclass may answer from a stale cache).
            let exists = try connection.query(
                "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND tablename = 'missionkpi_migrations')"
            ).first?.decode(Bool.self) ?? false
            guard exists else { return nil }
            return try connection.query("SELECT identifier FROM missionkpi_migrations ORDER BY identifier").map { try $0.decode(String.self) }
        }
        func check(_ ids: [String]?) throws -> Bool {
            guard let ids else {
                // pg_class, not information_schema: the latter lists only tables this role may use.
                let others = try connection.query(
                    """
                    SELECT n.nspname || '.' || c.relname FROM pg_catalog.pg_class c
                    JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                    WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f')
                        AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
                    ORDER BY 1 LIMIT 4
                    """
                ).map { try $0.decode(String.self) }
                if !others.isEmpty { throw TrackerError.foreignDatabase(address.description, others) }
                if mode != .create { throw TrackerError.missing(address.description) }
                return false
            }
            if !Set(ids).isSubset(of: known) { throw TrackerError.newerSchema(address.description) }
            return ids.count == known.count
        }
        if try check(try applied()) { return }
        if mode == .read { throw TrackerError.olderSchema(address.description) }
        try connection.query("BEGIN")
        do {
            try connection.query("SELECT pg_advisory_xact_lock(\(PostgresTracker.schemaLock), 0)")
            let ids = try applied()  // another process may have migrated while this one waited
            if try !check(ids) {
                try connection.query(PostgresSchema.migrationsTable)
                let done = Set(ids ?? [])
                for (id, statements) in PostgresSchema.migrations where !done.contains(id) {
                    for sql in statements { try connection.query(sql) }
                    var binds = PostgresBindings()
                    binds.append(id)
                    try connection.query("INSERT INTO missionkpi_migrations (identifier) VALUES ($1)", binds)
                }
            }
            try connection.query("COMMIT")
        } catch {
            if !connection.isClosed { _ = try? connection.query("ROLLBACK") }
            throw error
        }
    }

    func appliedMigrations() throws -> [String] {
        try withConnection { c in
            try c.query("SELECT identifier FROM missionkpi_migrations ORDER BY identifier").map { try $0.decode(String.self) }
        }
    }

    func schemaSQL() throws -> String {
        try withConnection { c in
            try c.query(PostgresSchema.describe).map { row in
                let (kind, name, definition) = try row.decode((String, String, String).self)
                return "-- \(kind) \(name)\n\(definition.trimmingCharacters(in: .whitespacesAndNewlines));\n"
            }.joined()
        }
    }

    /// Checks what the schema cannot: every observation's file exists and carries as many rows as it says.
    func integrityCheck() throws -> String {
        try snapshot { c in
            let problems = try c.query(
                """
                SELECT f.path, f.rows, count(o.file_id) FROM returns_file f LEFT JOIN observation o ON o.file_id = f.id
                GROUP BY f.id, f.path, f.rows HAVING count(o.file_id) > f.rows ORDER BY f.id LIMIT 5
                """
            ).map { row -> String in
                let (path, rows, held) = try row.decode((String, Int, Int).self)
                return "\(path): holds \(held) rows, more than its \(rows)"
            }
            // The read model says as many observations of each KPI as the table holds.
            let series = try c.query(
                """
                SELECT contract_id, kpi_id, coalesce(o.n, 0), coalesce(s.observations, 0)
                FROM (SELECT contract_id, kpi_id, count(*)::int AS n FROM observation GROUP BY contract_id, kpi_id) o
                FULL JOIN observation_series s USING (contract_id, kpi_id)
                WHERE o.n IS DISTINCT FROM s.observations ORDER BY contract_id, kpi_id LIMIT 5
                """
            ).map { row -> String in
                let (contract, kpi, held, said) = try row.decode((String, String, Int, Int).self)
                return "\(contract) \(kpi): the table holds \(held) observations, observation_series \(said)"
            }
            return problems.isEmpty && series.isEmpty ? "ok" : (problems + series).joined(separator: "\n")
        }
    }

    func counts() throws -> (files: Int, observations: Int) {
        try snapshot { c in
            let row = try c.query("SELECT (SELECT count(*) FROM returns_file), (SELECT count(*) FROM observation)").first
            let (files, observations) = try row?.decode((Int, Int).self) ?? (0, 0)
            return (files, observations)
        }
    }

    func recordedFiles() throws -> [String: RecordedFile] {
        try withConnection { c in
            var out: [String: RecordedFile] = [:]
            for row in try c.query("SELECT sha256, path, recorded_at FROM returns_file") {
                let (sha, path, at) = try row.decode((String, String, String).self)
                out[sha] = RecordedFile(path: path, recordedAt: at)
            }
            return out
        }
    }

    func kpiKeys() throws -> [String] {
        try withConnection { c in
            try c.query("SELECT DISTINCT contract_id, kpi_id FROM observation ORDER BY 1, 2").map { row in
                let (contract, kpi) = try row.decode((String, String).self)
                return "\(contract)/\(kpi)"
            }
        }
    }

    func record(
        _ reading: ReturnsReading, validator: ReturnsValidator, recordedAt: String, commitEvery: Int,
        progress: ((RecordProgress) -> Void)?
    ) throws -> [RecordOutcome] {
        guard !isReadOnly else {
            reading.cancel()
            throw RecordError.failed(tracker: location, file: nil, reason: "it was opened for reading only")
        }
        reading.start(validator)
        do {
            return try withConnection { c in
                // A second connection, opened for the second group, lets the server store two groups at
                // once (one process each); without it (the server refuses more connections) the run uses one.
                let second = Sink<PGConnection?>(nil)
                defer { second.value?.close() }
                let (address, password) = (address, password)
                var run = PostgresRecordRun(
                    c, second: {
                        second.value = try? PGConnection(address, password: password, beside: c)
                        return second.value
                    }, files: reading.inputs.count, validator: validator, recordedAt: recordedAt,
                    groupRows: min(max(commitEvery, 1), 100_000), progress: progress)
                return try run.run(reading)
            }
        } catch {
            reading.queue.cancel()
            throw error
        }
    }
}
