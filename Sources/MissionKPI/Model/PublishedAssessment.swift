/// A KPI assessment a contracting authority published in a contract performance notice (UK9) on
/// Find a Tender: one observation of `contracts[].implementation.metrics[]`, kept beside the tool's own
/// rating of the same KPI and period, never mixed with the returns.
///
/// ```swift
/// let a = PublishedAssessment(
///     contract: "dft-2024-0315", kpi: "on-time", periodStart: start, periodEnd: end,
///     periodText: "2025-04-01/2026-03-31", measure: "75%", classification: .slightlyBelow,
///     classificationDescription: "Approaching target", release: "ocds-h6vhtk-04a1b2-uk9",
///     releaseDate: "2026-05-01T09:00:00Z", noticeType: "UK9")
/// a.classification.rating   // .approachingTarget
/// ```
public struct PublishedAssessment: Sendable, Hashable, Comparable {
    /// The UK extension's `measureClassification` codes, in the order of the reg. 39(5) ratings.
    public enum Classification: String, Sendable, Hashable, CaseIterable, Comparable {
        case met, slightlyBelow, below, significantlyBelow, other

        /// The reg. 39(5) rating the code stands for (our reading of the order).
        public var rating: Rating {
            switch self {
            case .met: .good
            case .slightlyBelow: .approachingTarget
            case .below: .requiresImprovement
            case .significantlyBelow: .inadequate
            case .other: .other
            }
        }

        /// The code for a reg. 39(5) rating (`good` → `met`, …, `other` → `other`).
        public init(rating: Rating) {
            switch rating {
            case .good: self = .met
            case .approachingTarget: self = .slightlyBelow
            case .requiresImprovement: self = .below
            case .inadequate: self = .significantlyBelow
            case .other: self = .other
            }
        }

        public static func < (a: Classification, b: Classification) -> Bool {
            allCases.firstIndex(of: a) ?? 0 < allCases.firstIndex(of: b) ?? 0
        }
    }

    /// The workspace contract id the notice's contract was imported as.
    public var contract: String
    /// The workspace KPI id of the assessed metric.
    public var kpi: String
    /// First day of the assessed period.
    public var periodStart: Day
    /// Last day of the assessed period (on or after `periodStart`).
    public var periodEnd: Day
    /// The period as text (`2025-04-01/2026-03-31`), the form the reports show.
    public var periodText: String
    /// The `measure` as published ("75%", "99.7%"), if any; never parsed into a number.
    public var measure: String?
    /// The published `measureClassification` code.
    public var classification: Classification
    /// The classification's published description, if any.
    public var classificationDescription: String?
    /// The OCDS release id the assessment was read from.
    public var release: String
    /// The release's `date` as published (OCDS date-time text).
    public var releaseDate: String
    /// The notice type (`UK9`).
    public var noticeType: String

    /// Creates a published assessment.
    public init(
        contract: String, kpi: String, periodStart: Day, periodEnd: Day, periodText: String, measure: String?,
        classification: Classification, classificationDescription: String?, release: String, releaseDate: String,
        noticeType: String
    ) {
        self.contract = contract
        self.kpi = kpi
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.periodText = periodText
        self.measure = measure
        self.classification = classification
        self.classificationDescription = classificationDescription
        self.release = release
        self.releaseDate = releaseDate
        self.noticeType = noticeType
    }

    /// The assessed period as a `Period` (a date range).
    public var period: Period { Period(kind: .range, start: periodStart, end: periodEnd, text: periodText) }

    /// Sorted by contract, KPI, period, then release date and id (oldest release first).
    public static func < (a: PublishedAssessment, b: PublishedAssessment) -> Bool {
        (a.contract, a.kpi, a.periodStart, a.periodEnd, a.releaseDate, a.release)
            < (b.contract, b.kpi, b.periodStart, b.periodEnd, b.releaseDate, b.release)
    }
}
