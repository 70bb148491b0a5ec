/// A closed list of values a YAML field may take; the loader lists them when a value is unknown.
public protocol Vocabulary: RawRepresentable, CaseIterable, Sendable, Hashable, Codable where RawValue == String {}

/// Which way is better for an indicator.
public enum Direction: String, Vocabulary {
    case increase, decrease, maintain
}

/// What a value counts.
public enum Unit: String, Vocabulary {
    case percent, count, gbp, days, hours, ratio, score, other
}

/// The level of a KPI in the results chain (inputs → activities → outputs → outcomes).
public enum KPILevel: String, Vocabulary {
    case input, activity, output, outcome

    /// Input and activity KPIs measure effort, not results.
    public var isEffort: Bool { self == .input || self == .activity }
}

/// The level of a theory-of-change node.
public enum NodeLevel: String, Vocabulary {
    case activity, output, outcome, impact
}

/// How often a KPI is reported.
public enum Frequency: String, Vocabulary {
    case monthly, quarterly, annually

    /// Months in one reporting period.
    public var months: Int {
        switch self {
        case .monthly: 1
        case .quarterly: 3
        case .annually: 12
        }
    }
}

/// Who supplies a KPI's data.
public enum DataSource: String, Vocabulary {
    case supplier, authority, independent
}

/// The procurement procedure of a contract (Procurement Act 2023 routes and call-offs).
public enum Procedure: String, Vocabulary {
    case open, competitiveFlexible = "competitive_flexible", direct, framework, callOff = "call_off"
    case lightTouch = "light_touch", concession
}

/// UK Civil Service grades, junior to senior.
public enum Grade: String, Vocabulary, Comparable {
    case AA, AO, EO, HEO, SEO, G7, G6, SCS1, SCS2, SCS3

    public var rank: Int { Grade.allCases.firstIndex(of: self)! }
    public static func < (a: Grade, b: Grade) -> Bool { a.rank < b.rank }
}

/// Contract Management Professional Standards accreditation levels.
public enum AccreditationLevel: String, Vocabulary, Comparable {
    case none, foundation, practitioner, expert

    public var rank: Int { AccreditationLevel.allCases.firstIndex(of: self)! }
    public static func < (a: AccreditationLevel, b: AccreditationLevel) -> Bool { a.rank < b.rank }
}

/// The reg. 39(5) rating scale (Procurement Regulations 2024).
public enum Rating: String, Vocabulary, Comparable {
    case good
    case approachingTarget = "approaching_target"
    case requiresImprovement = "requires_improvement"
    case inadequate
    case other

    /// Rank from best (0) to worst (3); `other` ranks apart (4).
    public var rank: Int {
        switch self {
        case .good: 0
        case .approachingTarget: 1
        case .requiresImprovement: 2
        case .inadequate: 3
        case .other: 4
        }
    }
    public static func < (a: Rating, b: Rating) -> Bool { a.rank < b.rank }

    /// Words for people: "Good", "Approaching target", ….
    public var label: String {
        switch self {
        case .good: "Good"
        case .approachingTarget: "Approaching target"
        case .requiresImprovement: "Requires improvement"
        case .inadequate: "Inadequate"
        case .other: "Other"
        }
    }

    /// The OCDS UK extension's `measureClassification` id.
    public var ocdsClassification: String { PublishedAssessment.Classification(rating: self).rawValue }
}
