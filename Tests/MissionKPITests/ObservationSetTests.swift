import Testing

@testable import MissionKPI

/// The streaming builder the tracker reads into, checked against the list-based initialisers, and the
/// order-keeping parallel map the assessor and alignment engine use.
@Suite struct ObservationSetTests {
    static let file = ProvenanceFile(path: "r.csv", sha256: "ab", recordedAt: "2026-01-01T00:00:00Z")

    static func obs(_ contract: String, _ kpi: String, _ period: String, _ value: Double, _ version: Int = 1) -> Observation {
        Observation(
            contract: contract, kpi: kpi, period: Period(parsing: period)!, value: value, note: nil, version: version,
            provenance: Provenance(source: file, row: Int(value)))
    }

    /// Every version, in the tracker's order: c1/k1 has a corrected 2025-05 (v1, v2, v3), c1/k2 and c2/k1 one each.
    static let sorted: [Observation] = [
        obs("c1", "k1", "2025-04", 1), obs("c1", "k1", "2025-05", 2), obs("c1", "k1", "2025-05", 3, 2),
        obs("c1", "k1", "2025-05", 4, 3), obs("c1", "k1", "2025-06", 5), obs("c1", "k2", "2025-Q1", 6),
        obs("c2", "k1", "FY2024-25", 7),
    ]

    static func describe(_ set: ObservationSet) -> [String] {
        set.keys.flatMap { k in
            set.current(contract: k.contract, kpi: k.kpi).map { "\(k.contract)/\(k.kpi) \($0.period) v\($0.version) current" }
                + set.superseded(contract: k.contract, kpi: k.kpi).map { "\(k.contract)/\(k.kpi) \($0.period) v\($0.version) superseded" }
        }
    }

    @Test func theBuilderKeepsTheLastVersionOfEachPeriodAsCurrent() {
        var builder = ObservationSet.Builder()
        for o in Self.sorted { builder.append(o) }
        let set = builder.finish()
        #expect(
            Self.describe(set) == [
                "c1/k1 2025-04 v1 current", "c1/k1 2025-05 v3 current", "c1/k1 2025-06 v1 current",
                "c1/k1 2025-05 v1 superseded", "c1/k1 2025-05 v2 superseded", "c1/k2 2025-Q1 v1 current",
                "c2/k1 FY2024-25 v1 current",
            ])
        #expect(set.count == 5)
        #expect(Self.describe(set) == Self.describe(ObservationSet(allVersions: Self.sorted)))
    }

    /// Two builders, each fed part of the rows (as the two halves of a tracker read at once), merged:
    /// the set one builder makes of them all, whether the parts split between KPIs or inside one (a
    /// period's versions in both, the highest current).
    @Test func twoBuildersMergedMakeTheSetOfAllTheirRows() {
        for (first, second) in [(Array(Self.sorted[..<5]), Array(Self.sorted[5...])), ([0, 2, 5].map { Self.sorted[$0] }, [1, 3, 4, 6].map { Self.sorted[$0] })] {
            var a = ObservationSet.Builder(), b = ObservationSet.Builder()
            for o in first { a.append(o) }
            for o in second { b.append(o) }
            a.merge(b)
            let set = a.finish()
            #expect(Self.describe(set) == Self.describe(ObservationSet(allVersions: Self.sorted)), "\(first.map(\.value))")
            #expect(set.count == 5)
        }
    }

    @Test func theBuilderGroupsAndSortsRowsThatArriveOutOfOrder() {
        // Each KPI's rows split in two runs and reversed: the same set, only built more slowly.
        let shuffled = Array(Self.sorted[4...].reversed()) + Array(Self.sorted[..<4].reversed())
        var builder = ObservationSet.Builder()
        for o in shuffled { builder.append(o) }
        let set = builder.finish()
        // c1/k1 arrives as 2025-06, then (in a second run) 2025-05 v3, v2, v1 and 2025-04: the last of the
        // consecutive 2025-05 rows is current, as in the tracker's order; each list comes out sorted.
        #expect(set.current(contract: "c1", kpi: "k1").map { "\($0.period) v\($0.version)" } == ["2025-04 v1", "2025-05 v1", "2025-06 v1"])
        #expect(set.superseded(contract: "c1", kpi: "k1").map { "\($0.period) v\($0.version)" } == ["2025-05 v2", "2025-05 v3"])
        #expect(set.keys.map { "\($0.contract)/\($0.kpi)" } == ["c1/k1", "c1/k2", "c2/k1"])
    }

    @Test func theBuilderStoresEachKPIsListsNearTheirSize() {
        // KPIs of 24, 24, 3, 30 and 24 monthly returns: lists handed over or copied, none more than an eighth unused.
        let months = (0..<30).map { m in "\(2024 + m / 12)-" + (m % 12 < 9 ? "0" : "") + "\(m % 12 + 1)" }
        let sizes = [("k1", 24), ("k2", 24), ("k3", 3), ("k4", 30), ("k5", 24)]
        var builder = ObservationSet.Builder()
        for (kpi, n) in sizes { for m in 0..<n { builder.append(Self.obs("c1", kpi, months[m], Double(m + 1))) } }
        let set = builder.finish()
        for (kpi, n) in sizes {
            let list = set.current(contract: "c1", kpi: kpi)
            #expect(list.map(\.value) == (1...n).map(Double.init), "\(kpi)")
            #expect(list.capacity - list.count <= max(1, n / 8), "\(kpi): capacity \(list.capacity) for \(n)")
        }
    }

    @Test func anEmptyBuilderGivesAnEmptySet() {
        var builder = ObservationSet.Builder()
        let set = builder.finish()
        #expect(set.count == 0 && set.keys.isEmpty)
    }

    @Test func provenanceComparesByValueWhetherOrNotTheFileIsShared() {
        let shared = Provenance(source: Self.file, row: 3)
        var own = Provenance(file: "r.csv", row: 3, sha256: "ab", recordedAt: "2026-01-01T00:00:00Z")
        #expect(shared == own && shared.hashValue == own.hashValue)
        own.file = "s.csv"
        #expect(own.file == "s.csv" && own.sha256 == "ab" && Self.file.path == "r.csv")
        #expect(shared != own)
    }

    @Test func theParallelMapKeepsTheInputOrder() {
        let input = Array(0..<10_000)
        #expect(Parallel.map(input) { $0 * 3 } == input.map { $0 * 3 })
        #expect(Parallel.map(Array(0..<5), minimumChunk: 1) { "\($0)" } == ["0", "1", "2", "3", "4"])
        #expect(Parallel.map([Int]()) { $0 }.isEmpty)
    }
}
