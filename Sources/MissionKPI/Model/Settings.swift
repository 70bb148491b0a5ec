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
    /// Who publishes the site and its open data, and how to reach them (the footer, `data/README.md`,
    /// `data/metadata.json` and the OCDS package's `publisher`); nil: not stated.
    public var publisher: OCDSPublisher?
    /// The licence's address as OCDS gives it (`publication.license`); kept equal to `licence.url` when
    /// either is given; nil: the Open Government Licence v3.0.
    public var license: String?
    /// The licence the site and its open data are published under (`publication.licence`).
    public var licence: Publication.Licence = .openGovernmentV3
    /// The registered OCDS prefix (`ocds-` and six letters or digits) for contracts without an `ocid`.
    public var ocidPrefix: String?
}

extension Publication {
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

/// The organisation publishing the site and its open data, as OCDS's package `publisher` names it, with
/// a contact (a web address or an organisational mailbox; never a person's own details).
public struct OCDSPublisher: Sendable, Hashable {
    /// The organisation's name.
    public var name: String
    /// The organisation identifier scheme (`GB-GOR`), if any.
    public var scheme: String?
    /// The identifier within the scheme (`D2`), if any.
    public var uid: String?
    /// A web page identifying the organisation, if any.
    public var uri: String?
    /// How to reach the publisher: a web address or an organisational email address, if given.
    public var contact: String?

    /// Creates a publisher.
    public init(name: String, scheme: String? = nil, uid: String? = nil, uri: String? = nil, contact: String? = nil) {
        self.name = name
        self.scheme = scheme
        self.uid = uid
        self.uri = uri
        self.contact = contact
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
