import Foundation
import GRDB

extension SQLiteTracker {
    /// Opens an existing tracker for reading only, as every command that only reads does: SQLite opens
    /// it read-only and nothing runs that could write (no WAL set-up, no migration), so its bytes stay
    /// as they were. A tracker in a folder this user cannot write (another user's, a published copy) is
    /// read as an immutable file. Reading may leave SQLite's empty `-wal` and `-shm` beside the file
    /// when the folder is writable; the tracker itself is untouched.
    ///
    /// Throws `TrackerError`: `.missing`, `.empty` for a zero-byte file, `.notATracker` for another
    /// SQLite file, `.olderSchema` / `.newerSchema`, `.cannotOpen`. A tracker another process is
    /// creating at that moment is waited for (a few seconds at most).
    convenience init(readingAt path: String) throws {
        guard Tracker.exists(at: path) else { throw TrackerError.missing(path) }
        let pool = try SQLiteTracker.openReadOnly(path)
        self.init(path: path, pool: pool, readOnly: true)
        try checkSchemaForReading()
    }

    /// A read-only pool on `path`, read as an immutable file when SQLite cannot open it otherwise (a
    /// folder where it cannot create the `-shm` file).
    static func openReadOnly(_ path: String) throws -> DatabasePool {
        do {
            let pool = try readOnlyPool(path, immutable: false)
            try pool.read { db in _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") }
            return pool
        } catch let error as DatabaseError where error.resultCode.primaryResultCode == .SQLITE_CANTOPEN {
            // Read the file as it stands, unless changes wait in its -wal (an immutable read would miss them).
            if size(of: path + "-wal") ?? 0 > 0 {
                throw TrackerError.cannotOpen(
                    path, "its folder is read-only and '\(path)-wal' holds changes not yet merged into it; copy both to a writable folder")
            }
            do { return try readOnlyPool(path, immutable: true) } catch { throw openFailure(path, error) }
        } catch {
            throw openFailure(path, error)
        }
    }

    /// A read-only pool on `path`; `immutable` reads it without locks or `-shm` (for a read-only folder).
    static func readOnlyPool(_ path: String, immutable: Bool) throws -> DatabasePool {
        var config = Configuration()
        config.readonly = true
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(60)
        config.label = "tracker (read-only)"
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA cache_size = -65536") }
        guard immutable else { return try DatabasePool(path: path, configuration: config) }
        // An SQLite URI (the system SQLite is built with SQLITE_USE_URI): '%', '?' and '#' escaped in the path.
        var escaped = ""
        for c in path.unicodeScalars {
            switch c {
            case "%": escaped += "%25"
            case "?": escaped += "%3F"
            case "#": escaped += "%23"
            default: escaped.unicodeScalars.append(c)
            }
        }
        return try DatabasePool(path: "file:" + escaped + "?immutable=1", configuration: config)
    }

    /// Waits (at most about five seconds) for a tracker being created by another process, then
    /// requires the current schema: a reader never migrates.
    private func checkSchemaForReading() throws {
        let migrator = TrackerSchema.migrator
        for attempt in 0... {
            let state = try readState(migrator)
            if state.superseded { throw TrackerError.newerSchema(path) }
            if state.complete { return }
            if !state.fresh { throw TrackerError.olderSchema(path) }
            if state.tables > 0 { throw TrackerError.notATracker(path) }
            // Nothing in it yet. A creator works in WAL mode, so without a -wal file nobody is creating it.
            let creating = (SQLiteTracker.size(of: path + "-wal") ?? 0) > 0
            if attempt >= (creating ? 250 : 10) { throw TrackerError.empty(path) }
            usleep(20_000)
        }
    }

    private func readState(_ migrator: DatabaseMigrator) throws -> (superseded: Bool, complete: Bool, fresh: Bool, tables: Int) {
        do {
            return try pool.read { db in
                (
                    superseded: try migrator.hasBeenSuperseded(db), complete: try migrator.hasCompletedMigrations(db),
                    fresh: try migrator.appliedIdentifiers(db).isEmpty,
                    tables: try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table'") ?? 0
                )
            }
        } catch {
            throw SQLiteTracker.openFailure(path, error)
        }
    }

    /// A file's size in bytes, or nil when it does not exist.
    static func size(of path: String) -> Int? {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : nil
    }

    /// An opening error in words.
    static func openFailure(_ path: String, _ error: any Error) -> TrackerError {
        if let known = error as? TrackerError { return known }
        if let db = error as? DatabaseError, db.resultCode.primaryResultCode == .SQLITE_NOTADB { return .notATracker(path) }
        return .cannotOpen(path, RecordError.describe(error))
    }
}
