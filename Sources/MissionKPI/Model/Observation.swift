/// The returns file a recorded value came from: its path, hash and when it was recorded. Shared by
/// every row of the file, so a million observations hold one reference each instead of three strings.
public final class ProvenanceFile: Sendable, Hashable {
    /// Workspace-relative path of the returns file (or the path given to `record`).
    public let path: String
    /// SHA-256 of the whole file's bytes.
    public let sha256: String
    /// When the tracker stored it (ISO 8601, UTC).
    public let recordedAt: String

    /// Creates the description of one recorded file.
    public init(path: String, sha256: String, recordedAt: String) {
        self.path = path
        self.sha256 = sha256
        self.recordedAt = recordedAt
    }

    public static func == (a: ProvenanceFile, b: ProvenanceFile) -> Bool {
        a === b || (a.path == b.path && a.sha256 == b.sha256 && a.recordedAt == b.recordedAt)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(sha256)
        hasher.combine(recordedAt)
    }
}

/// Where a recorded value came from: the returns file, its row, the file's hash and when it was recorded.
public struct Provenance: Sendable, Hashable {
    /// The file, shared with the other rows recorded from it.
    public var source: ProvenanceFile
    /// 1-based row number in the file, the header being row 1.
    public var row: Int

    /// Workspace-relative path of the returns file (or the path given to `record`).
    public var file: String {
        get { source.path }
        set { source = ProvenanceFile(path: newValue, sha256: source.sha256, recordedAt: source.recordedAt) }
    }
    /// SHA-256 of the whole file's bytes.
    public var sha256: String {
        get { source.sha256 }
        set { source = ProvenanceFile(path: source.path, sha256: newValue, recordedAt: source.recordedAt) }
    }
    /// When the tracker stored it (ISO 8601, UTC). Never published: reports stay deterministic.
    public var recordedAt: String {
        get { source.recordedAt }
        set { source = ProvenanceFile(path: source.path, sha256: source.sha256, recordedAt: newValue) }
    }

    /// Creates a provenance with a file of its own.
    public init(file: String, row: Int, sha256: String, recordedAt: String) {
        self.init(source: ProvenanceFile(path: file, sha256: sha256, recordedAt: recordedAt), row: row)
    }

    /// Creates a provenance pointing at a shared file description.
    public init(source: ProvenanceFile, row: Int) {
        self.source = source
        self.row = row
    }
}

/// One KPI return: a value reported for a KPI of a contract over a period.
public struct Observation: Sendable, Hashable {
    public var contract: String
    public var kpi: String
    public var period: Period
    public var value: Double
    public var note: String?
    /// 1 for the first return of this KPI and period; each correction adds one.
    public var version: Int
    public var provenance: Provenance

    public init(contract: String, kpi: String, period: Period, value: Double, note: String?, version: Int = 1, provenance: Provenance) {
        self.contract = contract
        self.kpi = kpi
        self.period = period
        self.value = value
        self.note = note
        self.version = version
        self.provenance = provenance
    }

    /// Whether this value replaced an earlier return for the same period.
    public var isCorrection: Bool { version > 1 }
}
