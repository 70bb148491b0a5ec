/// The observations the judgements use: per KPI, the current (latest) version of each period,
/// sorted by period, plus every earlier version for history.
///
/// ```swift
/// let set = ObservationSet(current: rows, superseded: [])
/// set.current(contract: "dhsc-2025-0142", kpi: "scan-turnaround").last?.value
/// ```
public struct ObservationSet: Sendable {
    /// A KPI of a contract.
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

    /// No observations at all.
    public static let empty = ObservationSet(current: [], superseded: [])

    /// `current` holds one observation per KPI and period (the latest version); `superseded` the rest.
    public init(current: [Observation], superseded: [Observation]) {
        for o in current { currentByKPI[Key(contract: o.contract, kpi: o.kpi), default: []].append(o) }
        for o in superseded { supersededByKPI[Key(contract: o.contract, kpi: o.kpi), default: []].append(o) }
        sortGroups()
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

    /// Current observations in period order.
    static func byPeriod(_ a: Observation, _ b: Observation) -> Bool { a.period < b.period }
    /// Superseded observations in (period, version) order.
    static func byVersion(_ a: Observation, _ b: Observation) -> Bool { (a.period, a.version) < (b.period, b.version) }

    /// Puts each KPI's current observations in period order and its superseded ones in (period, version)
    /// order (of `keys` only, when given); groups already in order are left as they are without sorting.
    private mutating func sortGroups(_ keys: Set<Key>? = nil) {
        for k in keys ?? Set(currentByKPI.keys) where currentByKPI[k].map({ !Self.isSorted($0, by: Self.byPeriod) }) ?? false {
            currentByKPI[k]!.sort(by: Self.byPeriod)
        }
        for k in keys ?? Set(supersededByKPI.keys) where supersededByKPI[k].map({ !Self.isSorted($0, by: Self.byVersion) }) ?? false {
            supersededByKPI[k]!.sort(by: Self.byVersion)
        }
    }

    /// Whether no element is ordered before the one preceding it (so a stable sort would change nothing).
    static func isSorted(_ list: [Observation], by less: (Observation, Observation) -> Bool) -> Bool {
        guard list.count > 1 else { return true }
        for i in 1..<list.count where less(list[i], list[i - 1]) { return false }
        return true
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

extension ObservationSet {
    /// Builds a set from a stream of every version, in the tracker's order (by contract, KPI, period
    /// start, period end, then version): of consecutive versions of one KPI and period the last is
    /// current, the others superseded. Rows out of that order are still grouped and sorted correctly,
    /// only more slowly.
    ///
    /// ```swift
    /// var builder = ObservationSet.Builder()
    /// for o in rows { builder.append(o) }
    /// let set = builder.finish()
    /// ```
    public struct Builder {
        private var set = ObservationSet.empty
        private var pending: Observation?
        private var current: [Observation] = []
        private var superseded: [Observation] = []
        /// KPIs whose rows came out of order, to sort at the end.
        private var unsorted: Set<Key> = []

        /// An empty builder.
        public init() {}

        /// Adds the next version read (taken over, not copied).
        public mutating func append(_ o: consuming Observation) {
            if let p = pending.take() {
                if p.contract == o.contract && p.kpi == o.kpi {
                    if p.period.start == o.period.start && p.period.end == o.period.end {
                        superseded.append(p)
                    } else {
                        current.append(p)
                    }
                } else {
                    current.append(p)
                    flush(Key(contract: p.contract, kpi: p.kpi))
                }
            }
            pending = o
        }

        /// Takes in the KPIs of `other` (built from other rows, as a second reader's half of a tracker),
        /// as if their versions had been appended here; appending may go on after. A KPI both hold (not
        /// the case for halves split by contract) has its versions joined, the highest of each period
        /// current.
        public mutating func merge(_ other: consuming Builder) {
            if let p = pending.take() {
                current.append(p)
                flush(Key(contract: p.contract, kpi: p.kpi))
            }
            var theirs = other.finish()
            let shared = Set(theirs.currentByKPI.keys.filter { set.currentByKPI[$0] != nil })
            for key in shared {
                var all = set.currentByKPI[key, default: []] + set.supersededByKPI[key, default: []]
                all += theirs.currentByKPI.removeValue(forKey: key) ?? []
                all += theirs.supersededByKPI.removeValue(forKey: key) ?? []
                all.sort(by: ObservationSet.byVersion)
                var latest: [Observation] = [], older: [Observation] = []
                for (i, o) in all.enumerated() {
                    if i + 1 < all.count, all[i + 1].period == o.period { older.append(o) } else { latest.append(o) }
                }
                set.currentByKPI[key] = latest
                set.supersededByKPI[key] = older.isEmpty ? nil : older
            }
            set.currentByKPI.merge(theirs.currentByKPI) { $0 + $1 }
            set.supersededByKPI.merge(theirs.supersededByKPI) { $0 + $1 }
        }

        /// The set of everything appended.
        public mutating func finish() -> ObservationSet {
            if let p = pending.take() {
                current.append(p)
                flush(Key(contract: p.contract, kpi: p.kpi))
            }
            set.sortGroups(unsorted)
            return set
        }

        /// Stores the finished group of one KPI (appending when the key came earlier, out of order). The
        /// stored arrays are near their size (growing by doubling would leave up to half of each unused):
        /// a group that fills its buffer (the usual case, KPIs of a tracker having alike counts of returns)
        /// is handed over as it is, and the next buffer reserved at its size; others are copied to fit.
        private mutating func flush(_ key: Key) {
            var inOrder = ObservationSet.isSorted(current, by: ObservationSet.byPeriod)
                && ObservationSet.isSorted(superseded, by: ObservationSet.byVersion)
            if !current.isEmpty, let earlier = set.currentByKPI.updateValue(Self.handOver(&current), forKey: key) {
                set.currentByKPI[key] = earlier + set.currentByKPI[key]!
                inOrder = false
            }
            if !superseded.isEmpty, let earlier = set.supersededByKPI.updateValue(Self.handOver(&superseded), forKey: key) {
                set.supersededByKPI[key] = earlier + set.supersededByKPI[key]!
                inOrder = false
            }
            if !inOrder { unsorted.insert(key) }
        }

        /// The group, leaving `list` empty with room for as many: the buffer itself when at most an eighth of
        /// it is unused, else a copy of exactly its size.
        private static func handOver(_ list: inout [Observation]) -> [Observation] {
            let n = list.count
            if list.capacity - n <= max(1, n / 8) {
                let whole = list
                list = []
                list.reserveCapacity(n)
                return whole
            }
            let copy = fitted(list)
            list.removeAll()
            list.reserveCapacity(n)
            return copy
        }

        /// A copy in a buffer of exactly its size.
        private static func fitted(_ list: [Observation]) -> [Observation] {
            [Observation](unsafeUninitializedCapacity: list.count) { buffer, count in
                _ = buffer.initialize(from: list)
                count = list.count
            }
        }
    }
}
