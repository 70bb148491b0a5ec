/// A value the reader inferred from a KPI's words, with the words that decided it and why.
///
/// ```swift
/// let unit = KPIWords.read(title: "% of calls answered", description: nil).unit
/// unit?.value      // .percent
/// unit?.evidence   // "%"
/// unit?.because    // "a share of a whole"
/// ```
public struct Inferred<Value: Sendable & Hashable>: Sendable, Hashable {
    /// What was inferred.
    public var value: Value
    /// The buyer's own words that decided it, quoted (at most ~80 characters).
    public var evidence: String
    /// Why those words mean that value, in a few words.
    public var because: String

    /// A value with its evidence and reason.
    public init(_ value: Value, evidence: String, because: String) {
        self.value = value
        self.evidence = evidence
        self.because = because
    }
}

/// A stated threshold: its value, the upper end of a range ("350-450 schools"), the time unit a time
/// standard was written in, and the date it is due by, where stated.
public struct KPITarget: Sendable, Hashable {
    /// The threshold (the lower end of a range).
    public var value: Double
    /// The upper end of a stated range, if any.
    public var upper: Double?
    /// The date it is due by, if stated ("by 31 March 2027", "by 2026/27").
    public var date: Day?

    /// A target value, with an optional range end and date.
    public init(value: Double, upper: Double? = nil, date: Day? = nil) {
        self.value = value
        self.upper = upper
        self.date = date
    }
}

/// What the words of a KPI say: each field is nil where the words do not support it.
public struct KPIReading: Sendable, Hashable {
    /// The quantity named: percent, count, score, days, hours, gbp, ratio (other for months).
    public var unit: Inferred<Unit>?
    /// Which way is better.
    public var direction: Inferred<Direction>?
    /// The stated threshold, in the KPI's unit.
    public var target: Inferred<KPITarget>?
    /// Input, activity, output or outcome.
    public var level: Inferred<KPILevel>?
    /// Whether the words say what to count or measure (a KPI that does not cannot be rated as written).
    public var namesQuantity: Bool { unit != nil }
    /// The words marking the KPI as a placeholder ("to be published", "TBC", "KPI 1" alone), if it is one.
    public var placeholder: Inferred<Bool>?
    /// The words of a bare topic (one or two words, no description: "Safeguarding"), if it is one.
    public var bareTopic: Inferred<Bool>?

    /// Whether the KPI is a placeholder.
    public var isPlaceholder: Bool { placeholder != nil }
    /// Whether the KPI is a bare topic.
    public var isBareTopic: Bool { bareTopic != nil }

    /// An empty reading (nothing inferred).
    public init() {}
}
