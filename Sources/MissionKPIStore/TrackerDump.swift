import MissionKPI

/// Everything a tracker holds, row for row, as stored: what `tracker copy` moves from one backend to
/// another, and what its test compares on both sides. File ids are kept, so provenance survives.
///
/// ```swift
/// let dump = try sqlite.dump()
/// try postgres.load(dump)                 // into an empty tracker: all of it or nothing
/// #expect(try postgres.dump() == dump)
/// ```
public struct TrackerDump: Sendable, Equatable {
    /// One recorded returns file.
    public struct File: Sendable, Hashable {
        public var id: Int64
        public var path: String
        public var sha256: String
        public var recordedAt: String
        public var rows: Int

        public init(id: Int64, path: String, sha256: String, recordedAt: String, rows: Int) {
            self.id = id
            self.path = path
            self.sha256 = sha256
            self.recordedAt = recordedAt
            self.rows = rows
        }
    }

    /// One stored version of a KPI's value for a period.
    public struct Row: Sendable, Hashable {
        public var contract: String
        public var kpi: String
        /// The period as written (`2025-04`, `2025-Q1`, `FY2025-26`, a range).
        public var period: String
        public var start: Day
        public var end: Day
        public var value: Double
        public var note: String?
        public var version: Int
        public var fileId: Int64
        public var row: Int

        public init(
            contract: String, kpi: String, period: String, start: Day, end: Day, value: Double, note: String?, version: Int, fileId: Int64,
            row: Int
        ) {
            self.contract = contract
            self.kpi = kpi
            self.period = period
            self.start = start
            self.end = end
            self.value = value
            self.note = note
            self.version = version
            self.fileId = fileId
            self.row = row
        }
    }

    /// The files, by id.
    public var files: [File]
    /// The observations, by contract, KPI, period start, period end and version.
    public var observations: [Row]
    /// The published (UK9) assessments, sorted as `Tracker.publishedAssessments()`.
    public var published: [PublishedAssessment]

    public init(files: [File], observations: [Row], published: [PublishedAssessment] = []) {
        self.files = files
        self.observations = observations
        self.published = published
    }
}

extension Tracker {
    /// Copies every row of `source` into `destination`, which must hold no returns yet (a new tracker is
    /// created empty): file ids, provenance, every version, the published assessments. Reads one consistent snapshot of the source
    /// and writes the destination in one transaction, so a failure leaves it as it was.
    public static func copy(from source: Tracker, to destination: Tracker) throws -> (files: Int, observations: Int) {
        let dump = try source.backend.dump()
        try destination.backend.load(dump)
        return (dump.files.count, dump.observations.count)
    }

    /// Everything the tracker holds, row for row (see `TrackerDump`).
    public func dump() throws -> TrackerDump { try backend.dump() }
}
