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

/// How often a KPI is reported: `monthly`, `quarterly`, `annually`, or `every N months` for any other
/// whole number of months (1-120) that a notice states (an OCDS `durationInMonths`).
public struct Frequency: Vocabulary, CustomStringConvertible {
    /// Months in one reporting period.
    public let months: Int

    public static let monthly = Frequency(uncheckedMonths: 1)
    public static let quarterly = Frequency(uncheckedMonths: 3)
    public static let annually = Frequency(uncheckedMonths: 12)

    /// The named frequencies, for lists in messages and schemas (`every N months` is also accepted).
    public static let allCases: [Frequency] = [.monthly, .quarterly, .annually]

    /// The longest period accepted: ten years.
    public static let maxMonths = 120

    private init(uncheckedMonths: Int) { months = uncheckedMonths }

    /// The frequency of one report every `months` months, or nil outside 1-120.
    public init?(months: Int) {
        guard (1...Self.maxMonths).contains(months) else { return nil }
        self.months = months
    }

    /// `monthly`, `quarterly`, `annually` or `every N months`.
    public init?(rawValue: String) {
        switch rawValue {
        case "monthly": self = .monthly
        case "quarterly": self = .quarterly
        case "annually": self = .annually
        default:
            let words = rawValue.split(separator: " ")
            guard words.count == 3, words[0] == "every", words[2] == "months", words[1].allSatisfy(\.isASCII),
                let n = Int(words[1]), words[1].first != "0", let f = Frequency(months: n)
            else { return nil }
            self = f
        }
    }

    /// The name written in YAML: `monthly`, `quarterly`, `annually`, or `every N months`.
    public var rawValue: String {
        switch months {
        case 1: "monthly"
        case 3: "quarterly"
        case 12: "annually"
        default: "every \(months) months"
        }
    }

    public var description: String { rawValue }

    /// Whether this is one of the named frequencies (monthly, quarterly, annually).
    public var isNamed: Bool { months == 1 || months == 3 || months == 12 }
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
