/// Whether an indicator is heading for its target (see Documentation/Assessment.md).
public enum TrackStatus: String, Sendable, Hashable, CaseIterable {
    case onTrack = "on_track", atRisk = "at_risk", offTrack = "off_track", noData = "no_data"

    /// Words for people: "On track", "At risk", "Off track", "No data".
    public var label: String {
        switch self {
        case .onTrack: "On track"
        case .atRisk: "At risk"
        case .offTrack: "Off track"
        case .noData: "No data"
        }
    }
}

/// Whether a KPI's returns are up to date. Missing and stale are states of their own, never a zero.
public enum DataState: Sendable, Hashable {
    /// Returns are arriving on time.
    case current
    /// No return for two reporting periods (after one period of grace); the newest return's period ended then.
    case stale(lastPeriodEnd: Day)
    /// No return at all up to the as-of date.
    case missing

    /// `current`, `stale` or `missing`.
    public var name: String {
        switch self {
        case .current: "current"
        case .stale: "stale"
        case .missing: "missing"
        }
    }
}

/// The rating bands a KPI is judged by: the YAML's own, or defaults derived from its target.
public struct EffectiveBands: Sendable, Hashable {
    /// The edge of `good` (a lower edge when higher is better, an upper edge when lower is better).
    public var good: Double
    /// The edge of `approaching_target`.
    public var approachingTarget: Double
    /// The edge of `requires_improvement`; beyond it is `inadequate`.
    public var requiresImprovement: Double
    /// Which way is better.
    public var direction: Direction
    /// True when the bands were derived from the target (the YAML gave none).
    public var isDefault: Bool

    /// Creates bands.
    public init(good: Double, approachingTarget: Double, requiresImprovement: Double, direction: Direction, isDefault: Bool) {
        self.good = good
        self.approachingTarget = approachingTarget
        self.requiresImprovement = requiresImprovement
        self.direction = direction
        self.isDefault = isDefault
    }

    /// The reg. 39(5) rating of a value; a value on an edge belongs to the better band.
    public func rate(_ value: Double) -> Rating {
        guard value.isFinite else { return .other }
        if direction == .decrease {
            if value <= good { return .good }
            if value <= approachingTarget { return .approachingTarget }
            if value <= requiresImprovement { return .requiresImprovement }
            return .inadequate
        }
        if value >= good { return .good }
        if value >= approachingTarget { return .approachingTarget }
        if value >= requiresImprovement { return .requiresImprovement }
        return .inadequate
    }
}

/// One reporting period of a KPI with its current value and rating.
public struct RatedPeriod: Sendable, Hashable {
    /// The current version of the observation.
    public var observation: Observation
    /// The rating of `value` against the KPI's bands.
    public var rating: Rating
    /// How many earlier versions the current one corrected.
    public var corrections: Int

    /// The period the return covers (the observation's, stored once: a national assessment holds a
    /// million rated periods).
    public var period: Period {
        get { observation.period }
        set { observation.period = newValue }
    }
    /// The current (latest) value (the observation's).
    public var value: Double {
        get { observation.value }
        set { observation.value = newValue }
    }

    /// Creates a rated period; `period` and `value` are those of the observation rated.
    public init(period: Period, value: Double, rating: Rating, observation: Observation, corrections: Int) {
        self.observation = observation
        self.observation.period = period
        self.observation.value = value
        self.rating = rating
        self.corrections = corrections
    }
}

/// Where an indicator stands against its path to the target.
public struct Trajectory: Sendable, Hashable {
    /// The expected value at the latest actual's date (at the as-of date when there is no actual).
    public var expected: Double?
    /// The latest actual value on or before the as-of date.
    public var latestValue: Double?
    /// The date of the latest actual (a period's end for a KPI).
    public var latestDate: Day?
    /// Actual minus expected, signed so that positive is ahead (better than expected).
    public var gap: Double?
    /// The least-squares projection of recent actuals to the target date.
    public var projectedAtTarget: Double?
    /// The target value, when there is one.
    public var target: Double?
    /// The target date, when there is one.
    public var targetDate: Day?
    /// On track, at risk, off track or no data.
    public var status: TrackStatus
    /// The judgement in words, with the numbers it rests on.
    public var reason: String
    /// Where the projection line starts: the fitted value at the first actual of the window it was fitted to.
    public var projectedFrom: PathPoint?

    /// Creates a trajectory.
    public init(
        expected: Double?, latestValue: Double?, latestDate: Day?, gap: Double?, projectedAtTarget: Double?,
        target: Double?, targetDate: Day?, status: TrackStatus, reason: String, projectedFrom: PathPoint? = nil
    ) {
        self.projectedFrom = projectedFrom
        self.expected = expected
        self.latestValue = latestValue
        self.latestDate = latestDate
        self.gap = gap
        self.projectedAtTarget = projectedAtTarget
        self.target = target
        self.targetDate = targetDate
        self.status = status
        self.reason = reason
    }
}

extension Rating {
    /// `label` in lower case ("requires improvement"), without case-mapping the text each time.
    public var lowercasedLabel: String {
        switch self {
        case .good: "good"
        case .approachingTarget: "approaching target"
        case .requiresImprovement: "requires improvement"
        case .inadequate: "inadequate"
        case .other: "other"
        }
    }
}

extension TrackStatus {
    /// `label` in lower case ("off track").
    public var lowercasedLabel: String {
        switch self {
        case .onTrack: "on track"
        case .atRisk: "at risk"
        case .offTrack: "off track"
        case .noData: "no data"
        }
    }
}
