/// Where a recorded value came from: the returns file, its row, the file's hash and when it was recorded.
public struct Provenance: Sendable, Hashable {
    /// Workspace-relative path of the returns file (or the path given to `record`).
    public var file: String
    /// 1-based row number in the file, the header being row 1.
    public var row: Int
    /// SHA-256 of the whole file's bytes.
    public var sha256: String
    /// When the tracker stored it (ISO 8601, UTC). Never published: reports stay deterministic.
    public var recordedAt: String

    public init(file: String, row: Int, sha256: String, recordedAt: String) {
        self.file = file
        self.row = row
        self.sha256 = sha256
        self.recordedAt = recordedAt
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

/// The observations the judgements use: per KPI, the current (latest) version of each period,
/// sorted by period, plus every earlier version for history.
///
/// ```swift
/// let set = ObservationSet(current: rows, superseded: [])
/// set.current(contract: "dhsc-2025-0142", kpi: "scan-turnaround").last?.value
/// ```
public struct ObservationSet: Sendable {
    public struct Key: Hashable, Sendable {
        public var contract: String
        public var kpi: String
        public init(contract: String, kpi: String) {
            self.contract = contract
            self.kpi = kpi
        }
    }

    private var currentByKPI: [Key: [Observation]] = [:]
    private var supersededByKPI: [Key: [Observation]] = [:]

    public static let empty = ObservationSet(current: [], superseded: [])

    /// `current` holds one observation per KPI and period (the latest version); `superseded` the rest.
    public init(current: [Observation], superseded: [Observation]) {
        for o in current { currentByKPI[Key(contract: o.contract, kpi: o.kpi), default: []].append(o) }
        for k in currentByKPI.keys { currentByKPI[k]!.sort { $0.period < $1.period } }
        for o in superseded { supersededByKPI[Key(contract: o.contract, kpi: o.kpi), default: []].append(o) }
        for k in supersededByKPI.keys {
            supersededByKPI[k]!.sort { ($0.period, $0.version) < ($1.period, $1.version) }
        }
    }

    /// Builds the set from every version, keeping the highest version of each period as current.
    public init(allVersions: [Observation]) {
        struct PeriodKey: Hashable {
            var contract: String
            var kpi: String
            var period: String
        }
        var latest: [PeriodKey: Int] = [:]
        latest.reserveCapacity(allVersions.count)
        var older: [Observation] = []
        for (i, o) in allVersions.enumerated() {
            let k = PeriodKey(contract: o.contract, kpi: o.kpi, period: o.period.text)
            if let j = latest[k] {
                if o.version > allVersions[j].version {
                    older.append(allVersions[j])
                    latest[k] = i
                } else {
                    older.append(o)
                }
            } else {
                latest[k] = i
            }
        }
        self.init(current: latest.values.sorted().map { allVersions[$0] }, superseded: older)
    }

    /// The current observations of one KPI, oldest period first.
    public func current(contract: String, kpi: String) -> [Observation] {
        currentByKPI[Key(contract: contract, kpi: kpi)] ?? []
    }

    /// Earlier versions of one KPI's observations, by period then version.
    public func superseded(contract: String, kpi: String) -> [Observation] {
        supersededByKPI[Key(contract: contract, kpi: kpi)] ?? []
    }

    /// Every KPI with at least one observation.
    public var keys: [Key] { currentByKPI.keys.sorted { ($0.contract, $0.kpi) < ($1.contract, $1.kpi) } }

    /// The number of current observations.
    public var count: Int { currentByKPI.values.reduce(0) { $0 + $1.count } }
}
