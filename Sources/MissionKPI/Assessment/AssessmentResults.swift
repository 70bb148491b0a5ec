/// A dated value on an indicator's planned path (baseline, trajectory point or target).
public struct PathPoint: Sendable, Hashable {
    /// The date.
    public var date: Day
    /// The planned value on that date.
    public var value: Double

    /// Creates a point.
    public init(date: Day, value: Double) {
        self.date = date
        self.value = value
    }
}

/// The planned path of an indicator: straight lines between its dated points, flat before the first and after the last.
public struct ExpectedPath: Sendable, Hashable {
    /// The points, oldest first (one per date).
    public var points: [PathPoint]

    /// Creates a path; points are sorted by date and a later duplicate date wins.
    public init(points: [PathPoint]) {
        // In date order (stably), then of each run of equal dates the last given: no dictionary per path.
        var ordered = points
        if !ordered.isSorted(by: { $0.date < $1.date }) {
            ordered = points.indices.sorted { (points[$0].date, $0) < (points[$1].date, $1) }.map { points[$0] }
        }
        var out: [PathPoint] = []
        out.reserveCapacity(ordered.count)
        for p in ordered {
            if let last = out.last, last.date == p.date { out[out.count - 1] = p } else { out.append(p) }
        }
        self.points = out
    }

    /// The expected value on `day`, or nil for an empty path.
    public func value(at day: Day) -> Double? {
        guard let first = points.first, let last = points.last else { return nil }
        if day <= first.date { return first.value }
        if day >= last.date { return last.value }
        for (a, b) in zip(points, points.dropFirst()) where a.date <= day && day <= b.date {
            let span = Double(a.date.days(to: b.date))
            let t = Double(a.date.days(to: day)) / span
            return a.value + (b.value - a.value) * t
        }
        return last.value
    }
}

/// The judgement on one KPI of one contract.
public struct KPIAssessment: Sendable {
    /// The contract id.
    public var contract: String
    /// The KPI id.
    public var kpi: String
    /// The node or milestone the KPI evidences.
    public var measures: OutcomeRef?
    /// Whether the KPI is one of the contract's three most material (as used by the annual assessment).
    public var mostMaterial: Bool
    /// The bands used, or nil when the KPI has neither bands nor a target (every rating is then `other`).
    public var bands: EffectiveBands?
    /// Every period with a current return ending on or before the as-of date, oldest first.
    public var periods: [RatedPeriod]
    /// The newest rated period.
    public var latest: RatedPeriod?
    /// Current, stale or missing.
    public var dataState: DataState
    /// Whether returns are expected yet (the contract has run for one reporting period plus one of grace).
    public var returnsDue: Bool
    /// Progress from baseline to target, over the period ends of the returns.
    public var trajectory: Trajectory

    /// The rating for a period (matched by its text, e.g. `2025-04`), nil when there is no return for it.
    public func rating(in period: Period) -> Rating? { periods.first { $0.period.text == period.text }?.rating }

    /// The latest rating, `other` when there is none.
    public var latestRating: Rating { latest?.rating ?? .other }
}

/// The judgement on one mission milestone: its trajectory and the contract evidence under it.
public struct MilestoneAssessment: Sendable {
    /// `<mission>/<milestone>`.
    public var ref: OutcomeRef
    /// The planned path (baseline, trajectory points, target).
    public var path: ExpectedPath
    /// Where the milestone stands.
    public var trajectory: Trajectory
    /// KPIs measuring the milestone (direct) or a node upstream of it.
    public var evidence: [EvidenceItem]

    /// The expected value at any date.
    public func expectedAt(_ day: Day) -> Double? { path.value(at: day) }
}

/// One KPI as evidence for a node or milestone.
public struct EvidenceItem: Sendable, Hashable {
    /// The contract id.
    public var contract: String
    /// The KPI id.
    public var kpi: String
    /// What the KPI measures.
    public var measures: OutcomeRef
    /// The latest rating, `other` when there is none.
    public var rating: Rating
    /// Current, stale or missing.
    public var dataState: DataState
    /// True when the KPI measures this node or milestone itself, false when it measures a node upstream.
    public var direct: Bool
}

/// What the evidence says about one theory-of-change node.
public struct NodeRollup: Sendable {
    /// `<mission>/<node>`.
    public var ref: OutcomeRef
    /// KPIs measuring the node (direct) or a node upstream of it, sorted by contract and KPI.
    public var evidence: [EvidenceItem]
    /// True when at least one KPI under the node has a rating from a current return.
    public var covered: Bool
    /// The worst rating among the evidence that has one; `other` when none has.
    public var rating: Rating
    /// The evidence in one sentence.
    public var summary: String
}

/// One KPI's rating for an annual assessment period.
public struct KPIPeriodRating: Sendable, Hashable {
    /// The KPI id.
    public var kpi: String
    /// The rating of the mean of the returns in the period; `other` when there were none.
    public var rating: Rating
    /// The mean value rated, nil when there were no returns.
    public var mean: Double?
    /// How many periods' returns fell in the assessment period.
    public var periodsRated: Int
}

/// The s.71 assessment of a contract for one 12-month period from its start.
public struct AnnualAssessment: Sendable, Hashable {
    /// The contract id.
    public var contract: String
    /// 1 for the first 12 months from the start.
    public var year: Int
    /// First day of the period.
    public var start: Day
    /// Last day (12 months on, or the contract's end).
    public var end: Day
    /// When the assessment is due: 30 days after the period ends.
    public var due: Day
    /// Due before the as-of date while no most-material KPI has a rating for the period.
    public var isOverdue: Bool
    /// The period has ended and at least one most-material KPI has a rating.
    public var isComplete: Bool
    /// The three most material KPIs and their ratings.
    public var kpiRatings: [KPIPeriodRating]
    /// The overall rating derived from `kpiRatings`.
    public var overall: Rating
    /// How the overall rating was reached, in words.
    public var rationale: String
    /// The supplier's name.
    public var supplier: String
}

/// A contract whose KPIs are good while the milestone they serve is off track.
public struct Watermelon: Sendable, Hashable {
    /// The contract id.
    public var contract: String
    /// The milestone that is off track.
    public var milestone: OutcomeRef
    /// The contract's KPIs under the milestone, all rated good.
    public var kpis: [EvidenceItem]
    /// The milestone's trajectory.
    public var milestoneTrajectory: Trajectory
    /// Both sides of the evidence in words.
    public var reason: String
}

/// How many nodes and milestones have evidence.
public struct Coverage: Sendable, Hashable {
    /// Nodes and milestones with at least one KPI rated from a current return.
    public var covered: Int
    /// All nodes and milestones.
    public var total: Int

    /// Creates a coverage count.
    public init(covered: Int, total: Int) {
        self.covered = covered
        self.total = total
    }
}

/// A mission board's summary.
public struct MissionSummary: Sendable {
    /// The mission id.
    public var mission: String
    /// Its milestones, by id.
    public var milestones: [MilestoneAssessment]
    /// Its theory-of-change nodes, by id.
    public var nodes: [NodeRollup]
    /// How many of its nodes and milestones have current evidence.
    public var coverage: Coverage
    /// Contracts with a KPI measuring, or a contribution to, this mission, by id.
    public var contracts: [String]
    /// Latest ratings of the KPIs that measure this mission's nodes and milestones.
    public var ratingCounts: [Rating: Int]
    /// Watermelons among its milestones.
    public var watermelons: [Watermelon]
}
