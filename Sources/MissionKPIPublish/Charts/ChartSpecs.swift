import MissionKPI

/// What a milestone chart draws: the planned path (baseline, trajectory, target), the actuals, the
/// least-squares projection and the as-of date. Every text is plain (the chart escapes it).
///
/// ```swift
/// let svg = Charts.milestone(MilestoneChartSpec(id: "chart-ms-rtt", title: "RTT", unit: .percent,
///     direction: .increase, baseline: nil, expected: [], target: nil, actuals: [], projection: [], asOf: day))
/// ```
public struct MilestoneChartSpec: Sendable, Hashable {
    /// Unique on its page; sanitised to `[A-Za-z0-9_-]` for the SVG's ids.
    public var id: String
    /// The milestone's title.
    public var title: String
    /// What the values count.
    public var unit: Unit
    /// Which way is better.
    public var direction: Direction
    /// The baseline, when it has a date.
    public var baseline: PathPoint?
    /// The trajectory points between baseline and target.
    public var expected: [PathPoint]
    /// The target, when it has a date.
    public var target: PathPoint?
    /// Published actual values (any order; drawn by date).
    public var actuals: [PathPoint]
    /// The least-squares line: usually two points, from the start of the fitted window to the target date; empty when none.
    public var projection: [PathPoint]
    /// The date the judgement is made at.
    public var asOf: Day

    /// Creates a spec.
    public init(
        id: String, title: String, unit: Unit, direction: Direction, baseline: PathPoint?, expected: [PathPoint],
        target: PathPoint?, actuals: [PathPoint], projection: [PathPoint], asOf: Day
    ) {
        self.id = id
        self.title = title
        self.unit = unit
        self.direction = direction
        self.baseline = baseline
        self.expected = expected
        self.target = target
        self.actuals = actuals
        self.projection = projection
        self.asOf = asOf
    }
}

/// The edges of a KPI's rating bands (lower edges when higher is better, upper edges when lower is better).
public struct ChartBands: Sendable, Hashable {
    /// The edge of good.
    public var good: Double
    /// The edge of approaching target.
    public var approaching: Double
    /// The edge of requires improvement; beyond it is inadequate.
    public var requires: Double

    /// Creates band edges.
    public init(good: Double, approaching: Double, requires: Double) {
        self.good = good
        self.approaching = approaching
        self.requires = requires
    }
}

/// One rated period of a KPI.
public struct KPIChartPoint: Sendable, Hashable {
    /// The period as people write it (`2025-04`, `2025-Q2`).
    public var label: String
    /// The period's last day (the x position).
    public var periodEnd: Day
    /// The current value.
    public var value: Double
    /// The value's rating.
    public var rating: Rating

    /// Creates a point.
    public init(label: String, periodEnd: Day, value: Double, rating: Rating) {
        self.label = label
        self.periodEnd = periodEnd
        self.value = value
        self.rating = rating
    }
}

/// What a KPI chart draws: the actuals per period against the rating bands and the target.
public struct KPIChartSpec: Sendable, Hashable {
    /// Unique on its page; sanitised to `[A-Za-z0-9_-]` for the SVG's ids.
    public var id: String
    /// The KPI's title.
    public var title: String
    /// What the values count, when set.
    public var unit: Unit?
    /// Which way is better (`decrease` puts good at the bottom).
    public var direction: Direction
    /// The band edges, nil when the KPI has neither bands nor a target.
    public var bands: ChartBands?
    /// The target value, when there is one.
    public var target: Double?
    /// The rated periods (any order; drawn by period end).
    public var actuals: [KPIChartPoint]

    /// Creates a spec.
    public init(id: String, title: String, unit: Unit?, direction: Direction, bands: ChartBands?, target: Double?, actuals: [KPIChartPoint])
    {
        self.id = id
        self.title = title
        self.unit = unit
        self.direction = direction
        self.bands = bands
        self.target = target
        self.actuals = actuals
    }
}

/// A theory-of-change node as the diagram shows it.
public struct DiagramNode: Sendable, Hashable {
    /// The node id (unique within the mission).
    public var id: String
    /// Activity, output, outcome or impact.
    public var level: NodeLevel
    /// The statement, wrapped inside the box.
    public var statement: String
    /// Ids of the nodes and milestones it leads to; unknown ids are not drawn.
    public var leadsTo: [String]
    /// The evidence in a few words, e.g. `3 KPIs · Good` or `No evidence`.
    public var evidence: String
    /// The worst latest rating among the evidence, nil when there is none.
    public var rating: Rating?
    /// True when a KPI gives current evidence (drawn with a solid border; a dashed one otherwise).
    public var covered: Bool

    /// Creates a node.
    public init(id: String, level: NodeLevel, statement: String, leadsTo: [String], evidence: String, rating: Rating?, covered: Bool) {
        self.id = id
        self.level = level
        self.statement = statement
        self.leadsTo = leadsTo
        self.evidence = evidence
        self.rating = rating
        self.covered = covered
    }
}

/// A milestone as the diagram shows it.
public struct DiagramMilestone: Sendable, Hashable {
    /// The milestone id.
    public var id: String
    /// Its title.
    public var title: String
    /// Its status in words, e.g. `Off track`.
    public var status: String

    /// Creates a milestone.
    public init(id: String, title: String, status: String) {
        self.id = id
        self.title = title
        self.status = status
    }
}

/// What the theory-of-change diagram draws: a mission's nodes, their links and its milestones.
public struct TheoryDiagramSpec: Sendable, Hashable {
    /// The mission id (the SVG's ids derive from it).
    public var missionID: String
    /// The mission's title.
    public var missionTitle: String
    /// The nodes, in the order written (the layout's starting order).
    public var nodes: [DiagramNode]
    /// The milestones, drawn in the last column.
    public var milestones: [DiagramMilestone]

    /// Creates a spec.
    public init(missionID: String, missionTitle: String, nodes: [DiagramNode], milestones: [DiagramMilestone]) {
        self.missionID = missionID
        self.missionTitle = missionTitle
        self.nodes = nodes
        self.milestones = milestones
    }
}
