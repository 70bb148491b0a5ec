/// Every judgement on a workspace at one date: KPI ratings, trajectories, roll-ups, annual assessments.
///
/// ```swift
/// let a = Assessor.assess(workspace, observations: set, asOf: Day(parsing: "2026-03-31")!)
/// a.kpi(contract: "dhsc-2025-0142", kpi: "scan-turnaround")?.latestRating   // .good
/// a.watermelons.map(\.contract)
/// ```
public struct Assessment: Sendable {
    /// The date every judgement is made at; only returns for periods ending on or before it count.
    public var asOf: Day
    /// Every KPI of every contract, sorted by contract then KPI id.
    public var kpis: [KPIAssessment]
    /// Every milestone of every mission, sorted by reference.
    public var milestones: [MilestoneAssessment]
    /// Every theory-of-change node of every mission, sorted by reference.
    public var nodes: [NodeRollup]
    /// One summary per mission, sorted by id.
    public var missions: [MissionSummary]
    /// Every contract's annual assessments, sorted by contract then year.
    public var annual: [AnnualAssessment]
    /// Contracts whose KPIs are good while the milestone they serve is off track, sorted by milestone then contract.
    public var watermelons: [Watermelon]
    /// Each published (UK9) assessment beside the rating the returns give, sorted by contract, KPI,
    /// period and release.
    public var published: [PublishedComparison]

    private var milestoneIndex: [OutcomeRef: Int] = [:]
    private var nodeIndex: [OutcomeRef: Int] = [:]
    private var missionIndex: [String: Int] = [:]
    /// Where each contract's KPIs and annual assessments sit in the sorted arrays (lookups stay O(1)).
    private var kpiRanges: [String: Range<Int>] = [:]
    private var annualRanges: [String: Range<Int>] = [:]
    private var publishedRanges: [String: Range<Int>] = [:]

    /// Creates an assessment from its parts (they are sorted here).
    public init(
        asOf: Day, kpis: [KPIAssessment], milestones: [MilestoneAssessment], nodes: [NodeRollup],
        missions: [MissionSummary], annual: [AnnualAssessment], watermelons: [Watermelon],
        published: [PublishedComparison] = []
    ) {
        self.asOf = asOf
        self.kpis = kpis.stablySorted { $0.contract != $1.contract ? $0.contract < $1.contract : $0.kpi < $1.kpi }
        self.milestones = milestones.stablySorted { $0.ref < $1.ref }
        self.nodes = nodes.stablySorted { $0.ref < $1.ref }
        self.missions = missions.stablySorted { $0.mission < $1.mission }
        self.annual = annual.stablySorted { $0.contract != $1.contract ? $0.contract < $1.contract : $0.year < $1.year }
        self.watermelons = watermelons.stablySorted { ($0.milestone, $0.contract) < ($1.milestone, $1.contract) }
        self.published = published.stablySorted { $0.published < $1.published }
        for (i, m) in self.milestones.enumerated() { milestoneIndex[m.ref] = i }
        for (i, n) in self.nodes.enumerated() { nodeIndex[n.ref] = i }
        for (i, m) in self.missions.enumerated() { missionIndex[m.mission] = i }
        kpiRanges = Self.ranges(self.kpis.map(\.contract))
        annualRanges = Self.ranges(self.annual.map(\.contract))
        publishedRanges = Self.ranges(self.published.map(\.published.contract))
    }

    /// The index range of each run of equal keys in a sorted list.
    private static func ranges(_ keys: [String]) -> [String: Range<Int>] {
        guard !keys.isEmpty else { return [:] }
        var out: [String: Range<Int>] = [:]
        var start = 0
        for i in 1...keys.count where i == keys.count || keys[i] != keys[start] {
            out[keys[start]] = start..<i
            start = i
        }
        return out
    }

    /// One KPI's assessment.
    /// Found by a binary search among the contract's KPIs (sorted by id); of equal ids, the last.
    public func kpi(contract: String, kpi: String) -> KPIAssessment? {
        kpiPosition(contract: contract, kpi: kpi).map { kpis[$0] }
    }

    /// Where one KPI's assessment sits in `kpis` (to read a field without copying the whole assessment).
    public func kpiPosition(contract: String, kpi: String) -> Int? {
        guard let range = kpiRanges[contract] else { return nil }
        var low = range.lowerBound, high = range.upperBound  // the first index whose id is after `kpi`
        while low < high {
            let mid = (low + high) / 2
            if kpis[mid].kpi <= kpi { low = mid + 1 } else { high = mid }
        }
        return low > range.lowerBound && kpis[low - 1].kpi == kpi ? low - 1 : nil
    }

    /// The KPIs of one contract, by KPI id.
    public func kpis(contract: String) -> [KPIAssessment] { kpiRanges[contract].map { Array(kpis[$0]) } ?? [] }

    /// One milestone's assessment.
    public func milestone(_ ref: OutcomeRef) -> MilestoneAssessment? { milestoneIndex[ref].map { milestones[$0] } }

    /// One node's roll-up.
    public func node(_ ref: OutcomeRef) -> NodeRollup? { nodeIndex[ref].map { nodes[$0] } }

    /// One mission's summary.
    public func mission(_ id: String) -> MissionSummary? { missionIndex[id].map { missions[$0] } }

    /// One contract's annual assessments, first year first.
    public func annual(contract: String) -> [AnnualAssessment] { annualRanges[contract].map { Array(annual[$0]) } ?? [] }

    /// One contract's published (UK9) assessments beside the returns' ratings, by KPI, period and release.
    public func published(contract: String) -> [PublishedComparison] {
        publishedRanges[contract].map { Array(published[$0]) } ?? []
    }

    /// The end of the newest period for which any KPI of the contract has a rating other than `other`.
    public func lastRatedPeriodEnd(contract: String) -> Day? {
        guard let range = kpiRanges[contract] else { return nil }
        var newest: Day?
        for i in range {
            let periods = kpis[i].periods
            for j in periods.indices where periods[j].rating != .other {
                let end = periods[j].period.end
                if newest.map({ end > $0 }) ?? true { newest = end }
            }
        }
        return newest
    }
}

extension Array {
    /// Whether no element is ordered before the one preceding it.
    func isSorted(by less: (Element, Element) -> Bool) -> Bool {
        indices.dropFirst().allSatisfy { !less(self[$0], self[$0 - 1]) }
    }

    /// The array sorted (stably), or itself without copying when it is already in order.
    func stablySorted(by less: (Element, Element) -> Bool) -> [Element] {
        isSorted(by: less) ? self : sorted(by: less)
    }
}
