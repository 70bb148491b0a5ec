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
    /// Where the published site lives (`https://…/`), for the OCDS package's `uri`; nil when not given.
    public var uri: String?
    /// Who publishes the open data (the OCDS package's `publisher`); nil: the site's title.
    public var publisher: OCDSPublisher?
    /// The licence of the open data (a URL); nil: the Open Government Licence v3.0.
    public var license: String?
    /// The registered OCDS prefix (`ocds-` and six letters or digits) for contracts without an `ocid`.
    public var ocidPrefix: String?
}

/// The organisation publishing the open data, as OCDS's package `publisher` names it.
public struct OCDSPublisher: Sendable, Hashable {
    /// The organisation's name.
    public var name: String
    /// The organisation identifier scheme (`GB-GOR`), if any.
    public var scheme: String?
    /// The identifier within the scheme (`D2`), if any.
    public var uid: String?
    /// A web page identifying the organisation, if any.
    public var uri: String?

    /// Creates a publisher.
    public init(name: String, scheme: String? = nil, uid: String? = nil, uri: String? = nil) {
        self.name = name
        self.scheme = scheme
        self.uid = uid
        self.uri = uri
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

/// Where the tracker is when it is not the workspace's SQLite file: `tracker: {url: …}`.
public struct TrackerSettings: Sendable, Hashable {
    /// `postgresql://USER@HOST:PORT/DATABASE`; never a password (that comes from PGPASSWORD or ~/.pgpass).
    public var url: String
    /// Where the URL is written, for messages.
    public var location: SourceLocation
}

/// The workspace settings (`missionkpi.yaml`); every field has a default.
public struct Settings: Sendable, Hashable {
    public var financialYearStart: MonthDay = .ukFinancialYear
    public var rules: [String: RuleSetting] = [:]
    public var publication = Publication()
    public var assessment = AssessmentSettings()
    public var pipeline = PipelineSettings()
    /// A shared tracker (PostgreSQL) for every command of this workspace; nil keeps the SQLite file.
    public var tracker: TrackerSettings? = nil
    public var locations: FieldLocations? = nil

    public init() {}
}
