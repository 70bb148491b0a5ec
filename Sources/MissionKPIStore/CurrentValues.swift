import MissionKPI

/// The current version of each KPI and period a recording has met, kept for the whole write
/// transaction, so that a row equal to it is left alone and a differing one becomes the next version.
/// A KPI is read from the tracker (through `load`) the first time the run meets it (never, when the
/// tracker held no observations), or handed over in bulk with `replace`; the run's own inserts keep it
/// current. Valid only while the run holds the write lock (SQLite's, or PostgreSQL's advisory locks).
/// The same versioning on every backend.
///
/// ```swift
/// var current = CurrentValues(kpiCount: validator.kpiCount, trackerIsEmpty: true) { contract, kpi in [] }
/// try current.nextVersion(for: row)   // 1: new; 2…: a correction; nil: equal to the current version
/// ```
@_spi(TrackerBackend) public struct CurrentValues {
    /// One stored version of a KPI's period, as read from the tracker (days packed as `yyyymmdd`).
    public struct Stored {
        var start: Int32
        var end: Int32
        var version: Int32
        var value: Double
        var note: String?

        /// A version of the period from `start` to `end`.
        public init(start: Day, end: Day, version: Int32, value: Double, note: String?) {
            self.init(packedStart: CurrentValues.packed(start), packedEnd: CurrentValues.packed(end), version: version, value: value, note: note)
        }

        init(packedStart: Int32, packedEnd: Int32, version: Int32, value: Double, note: String?) {
            start = packedStart
            end = packedEnd
            self.version = version
            self.value = value
            self.note = note
        }
    }

    /// A KPI's period (first and last days as `yyyymmdd`) with its current version, value and note
    /// (an index into `notes`, or -1): 24 bytes, one per period the run has met.
    struct Entry {
        var start: Int32
        var end: Int32
        var version: Int32
        var note: Int32
        var value: Double
    }

    /// Per KPI key: its periods sorted by (start, end).
    private var entries: [[Entry]]
    /// Per KPI key: whether `entries` holds what the tracker holds.
    private var loaded: [Bool]
    private var notes: [String] = []
    /// Reads every stored version of a contract's KPI, in key order (period start, end, version).
    private let load: (_ contract: String, _ kpi: String) throws -> [Stored]

    /// Knows nothing yet (or, with `trackerIsEmpty`, knows that nothing is stored); `load` reads a KPI.
    public init(kpiCount: Int, trackerIsEmpty: Bool, load: @escaping (_ contract: String, _ kpi: String) throws -> [Stored]) {
        self.load = load
        entries = Array(repeating: [], count: kpiCount)
        loaded = Array(repeating: trackerIsEmpty, count: kpiCount)
    }

    /// The version a row is stored as (1 for a new KPI and period, the next one for a correction), or
    /// nil when it equals the current version; the row becomes the current version.
    public mutating func nextVersion(for r: ReturnRow) throws -> Int32? {
        precondition(r.kpiKey >= 0 && Int(r.kpiKey) < entries.count, "rows come from the run's ReturnsValidator")
        let k = Int(r.kpiKey)
        if !loaded[k] { replace(r.kpiKey, with: try load(r.contract, r.kpi)) }
        let start = CurrentValues.packed(r.period.start), end = CurrentValues.packed(r.period.end)
        var lo = 0, hi = entries[k].count
        while lo < hi {
            let mid = (lo + hi) >> 1
            let e = entries[k][mid]
            if e.start < start || (e.start == start && e.end < end) { lo = mid + 1 } else { hi = mid }
        }
        if lo < entries[k].count, entries[k][lo].start == start, entries[k][lo].end == end {
            let e = entries[k][lo]
            if e.value == r.value, (e.note < 0 ? nil : notes[Int(e.note)]) == r.note { return nil }
            entries[k][lo] = Entry(start: start, end: end, version: e.version + 1, note: noteIndex(r.note), value: r.value)
            return e.version + 1
        }
        entries[k].insert(Entry(start: start, end: end, version: 1, note: noteIndex(r.note), value: r.value), at: lo)
        return 1
    }

    /// Forgets what the run knew of these KPIs (their file was rolled back): they are read again when next met.
    public mutating func forget(_ keys: some Sequence<Int32>) {
        for k in keys {
            entries[Int(k)] = []
            loaded[Int(k)] = false
        }
    }

    /// Forgets everything (another process may have written to the tracker meanwhile).
    public mutating func forgetAll() {
        for k in entries.indices {
            entries[k] = []
            loaded[k] = false
        }
    }

    private mutating func noteIndex(_ note: String?) -> Int32 {
        guard let note else { return -1 }
        notes.append(note)
        return Int32(notes.count - 1)
    }

    /// Takes what the tracker holds of a KPI (every version, in key order): the last version of a
    /// period is its current one.
    public mutating func replace(_ key: Int32, with stored: [Stored]) {
        var list: [Entry] = []
        list.reserveCapacity(stored.count)
        for s in stored {
            let e = Entry(start: s.start, end: s.end, version: s.version, note: noteIndex(s.note), value: s.value)
            if let last = list.last, last.start == e.start, last.end == e.end { list[list.count - 1] = e } else { list.append(e) }
        }
        entries[Int(key)] = list
        loaded[Int(key)] = true
    }

    /// A day as the number `yyyymmdd`, which sorts as days do.
    static func packed(_ d: Day) -> Int32 { Int32(d.year * 10_000 + d.month * 100 + d.day) }

    /// `YYYY-MM-DD` text as `yyyymmdd`; nil for anything else.
    static func packed(_ text: String) -> Int32? {
        let u = Array(text.utf8)
        guard u.count == 10, u[4] == 0x2D, u[7] == 0x2D else { return nil }
        var n: Int32 = 0
        for i in [0, 1, 2, 3, 5, 6, 8, 9] {
            guard u[i] >= 0x30, u[i] <= 0x39 else { return nil }
            n = n * 10 + Int32(u[i] - 0x30)
        }
        return n
    }
}
