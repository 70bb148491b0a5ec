import Foundation
import GRDB
import MissionKPI

/// Where a tracker keeps its rows: a SQLite file (`SQLiteTracker`) or a PostgreSQL database
/// (`MissionKPIStorePostgres`). `Tracker` forwards every operation to one, so recording, reading,
/// history and copying take the same paths, with the same semantics, on both.
@_spi(TrackerBackend) public protocol TrackerBackend: AnyObject, Sendable {
    /// Where the tracker is, for messages: a file path, or a URL without its password.
    var location: String { get }
    /// Opened for reading only: recording through it is refused, and nothing is ever written.
    var isReadOnly: Bool { get }
    /// Every returns file held, by content hash.
    func recordedFiles() throws -> [String: RecordedFile]
    /// Records the files of `reading` (see `Tracker.record(_:validator:recordedAt:commitEvery:progress:)`).
    func record(
        _ reading: ReturnsReading, validator: ReturnsValidator, recordedAt: String, commitEvery: Int,
        progress: ((RecordProgress) -> Void)?
    ) throws -> [RecordOutcome]
    /// Every version held, as the judgements read it, from one consistent snapshot.
    func observationSet() throws -> ObservationSet
    /// The observation set and the published assessments, both from one consistent snapshot.
    func observationSetAndPublished() throws -> (ObservationSet, [PublishedAssessment])
    /// Every version held of `contract` (and `kpi`), sorted by contract, KPI, period and version.
    func allVersions(contract: String?, kpi: String?) throws -> [Observation]
    /// Every `contract/kpi` with observations, sorted.
    func kpiKeys() throws -> [String]
    /// How many returns files and observation versions are held.
    func counts() throws -> (files: Int, observations: Int)
    /// The migrations applied, in order.
    func appliedMigrations() throws -> [String]
    /// The schema as text, for the golden schema test.
    func schemaSQL() throws -> String
    /// "ok" when the storage is sound, else what is wrong.
    func integrityCheck() throws -> String
    /// Stores published (UK9) assessments (checked by `Tracker.checkPublished`), running `work` in the
    /// same transaction before it commits; idempotent; how many were new.
    func recordPublished(_ items: [PublishedAssessment], alongside work: () throws -> Void) throws -> Int
    /// Every published assessment, sorted by contract, KPI, period, release date and release id.
    func publishedAssessments() throws -> [PublishedAssessment]
    /// Everything held, row for row, from one consistent snapshot.
    func dump() throws -> TrackerDump
    /// Stores `dump` into this tracker, which must hold nothing: all of it or, on failure, none.
    func load(_ dump: TrackerDump) throws
}

/// The tracker that remembers every KPI return recorded: a SQLite file beside the workspace, or a
/// shared PostgreSQL database. Every file is stored whole or not at all, by content hash, and a
/// changed value becomes the next version beside the earlier ones.
///
/// ```swift
/// let tracker = try Tracker(path: Tracker.defaultPath(workspaceRoot: ws.root))
/// let outcomes = try tracker.record([ReturnsInput(path: "returns/q1.csv")], workspace: ws, recordedAt: "2026-04-01T09:00:00Z")
/// let set = try tracker.observationSet()
/// ```
public final class Tracker: Sendable {
    /// Where the tracker is: the database file, or the server's URL (never with a password).
    public let path: String
    @_spi(TrackerBackend) public let backend: any TrackerBackend

    /// `<workspace>/.missionkpi/tracker.sqlite`.
    public static func defaultPath(workspaceRoot: String) -> String {
        (workspaceRoot as NSString).appendingPathComponent(".missionkpi/tracker.sqlite")
    }

    /// Whether a tracker file exists at `path`.
    public static func exists(at path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    /// Opens the SQLite tracker at `path`, creating it (and its folder) when `create` is true, and
    /// brings its schema up to date.
    public convenience init(path: String, create: Bool = true) throws {
        self.init(backend: try SQLiteTracker(path: path, create: create))
    }

    /// Opens an existing SQLite tracker for reading only, as every command that only reads does: its
    /// bytes stay as they were (see `SQLiteTracker.init(readingAt:)`). Throws `TrackerError`.
    public convenience init(readingAt path: String) throws {
        self.init(backend: try SQLiteTracker(readingAt: path))
    }

    /// Opened for reading only (`init(readingAt:)`): recording through it is refused.
    public var isReadOnly: Bool { backend.isReadOnly }

    /// A tracker stored by `backend`.
    @_spi(TrackerBackend) public init(backend: any TrackerBackend) {
        self.backend = backend
        path = backend.location
    }

    /// The SQLite database pool (SQLite trackers only; for tests of the file itself).
    var pool: DatabasePool {
        guard let sqlite = backend as? SQLiteTracker else { preconditionFailure("not a SQLite tracker: \(path)") }
        return sqlite.pool
    }

    /// The schema as text, one statement per line, sorted by name (for the golden schema test).
    public func schemaSQL() throws -> String { try backend.schemaSQL() }

    /// "ok" when the tracker's storage is sound.
    public func integrityCheck() throws -> String { try backend.integrityCheck() }

    /// How many returns files and observation versions the tracker holds.
    public func counts() throws -> (files: Int, observations: Int) { try backend.counts() }

    /// The migrations applied to this tracker, in order (`v1-returns-and-observations`, …).
    public func appliedMigrations() throws -> [String] { try backend.appliedMigrations() }
}
