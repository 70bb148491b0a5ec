import Foundation
@_spi(TrackerBackend) import MissionKPIStore

extension TrackerAddress {
    /// Opens the tracker here: the SQLite file (created with its folder when `create`), or the
    /// PostgreSQL database (its tables created when `create` and the database is empty). The password
    /// comes from `PGPASSWORD` or `~/.pgpass`. Failures are one-line `TrackerError`s naming the tracker.
    ///
    /// ```swift
    /// let tracker = try TrackerAddress.parse("postgresql://kpi@db:5432/kpis").open(create: false)
    /// ```
    public func open(create: Bool, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Tracker {
        switch self {
        case .file(let path):
            return try Tracker(path: path, create: create)
        case .postgres(let address):
            return Tracker(backend: try PostgresTracker(address, mode: create ? .create : .write, environment: environment))
        }
    }

    /// Opens the tracker here for reading only, as every command that only reads does: nothing is
    /// created, migrated or written (a SQLite file's bytes stay as they were; on PostgreSQL every read
    /// is a read-only transaction). Throws `TrackerError` (`.missing`, `.olderSchema`, …).
    public func openForReading(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Tracker {
        switch self {
        case .file(let path):
            return try Tracker(readingAt: path)
        case .postgres(let address):
            return Tracker(backend: try PostgresTracker(address, mode: .read, environment: environment))
        }
    }
}
