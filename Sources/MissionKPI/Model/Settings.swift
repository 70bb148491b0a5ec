/// One rule's configuration from `missionkpi.yaml`: a severity (or off) and its options.
public struct RuleSetting: Sendable, Hashable {
    /// `nil` when the severity is left at the rule's default.
    public var severity: Severity?
    public var isOff: Bool
    public var options: [String: RuleOption]
    public var locations: FieldLocations
}

/// A rule option's value as written.
public enum RuleOption: Sendable, Hashable {
    case number(Double)
    case text(String)
    case bool(Bool)
    case list([String])
    case map([String: String])
}

/// Publication settings.
public struct Publication: Sendable, Hashable {
    public var title: String = "MissionKPI"
    /// People below this grade are shown by role and grade, not by name.
    public var nameGradeFloor: Grade = .SCS1
    public var tiers: [String] = ["platinum", "gold", "silver", "bronze"]
    /// Who publishes the site and its open data, and how to reach them; nil when not stated.
    public var publisher: Publication.Publisher? = nil
    /// The licence the site and its open data are published under.
    public var licence: Publication.Licence = .openGovernmentV3
}

extension Publication {
    /// The organisation that publishes a site: a name and a contact (a web address or an
    /// organisational mailbox; never a person's own details).
    public struct Publisher: Sendable, Hashable {
        public var name: String
        public var contact: String?

        /// Creates a publisher.
        public init(name: String, contact: String? = nil) {
            self.name = name
            self.contact = contact
        }
    }

    /// The licence published data may be reused under.
    public struct Licence: Sendable, Hashable {
        public var name: String
        public var url: String?

        /// Creates a licence.
        public init(name: String, url: String? = nil) {
            self.name = name
            self.url = url
        }

        /// The Open Government Licence v3.0: the default for UK public-sector information.
        public static let openGovernmentV3 = Licence(
            name: "Open Government Licence v3.0", url: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/")
    }
}

/// Assessment settings.
public struct AssessmentSettings: Sendable, Hashable {
    /// How many recent observations feed the least-squares projection.
    public var projectionPeriods: Int = 6
    /// Shortfall, as a share of the expected change from baseline, that still counts as at risk.
    public var atRiskTolerance: Double = 0.15
}

/// Commercial pipeline settings.
public struct PipelineSettings: Sendable, Hashable {
    public var years: Int = 3
    /// Re-procurement starts this many months before a contract ends, unless the contract says otherwise.
    public var leadTimeMonths: Int = 18
}

/// The workspace settings (`missionkpi.yaml`); every field has a default.
public struct Settings: Sendable, Hashable {
    public var financialYearStart: MonthDay = .ukFinancialYear
    public var rules: [String: RuleSetting] = [:]
    public var publication = Publication()
    public var assessment = AssessmentSettings()
    public var pipeline = PipelineSettings()
    public var locations: FieldLocations? = nil

    public init() {}
}
