/// The families rules are grouped in, for docs and for `audit ownership`.
public enum RuleFamily: String, Sendable, CaseIterable, Codable {
    case statutory, linkage, outcomeFocus = "outcome-focus", smart, coherence, data, performance, waivers, ownership
    /// Goalposts moved between two revisions of the workspace (`missionkpi changes`); silent in `align`.
    case changes

    public var title: String {
        switch self {
        case .statutory: "Statutory (Procurement Act 2023)"
        case .linkage: "Linkage to missions"
        case .outcomeFocus: "Outcome focus"
        case .smart: "SMART KPIs"
        case .coherence: "Coherence with the mission"
        case .data: "Data"
        case .performance: "Performance against outcomes"
        case .waivers: "Waivers"
        case .ownership: "Contract-management ownership"
        case .changes: "Changes between revisions (moved goalposts)"
        }
    }
}

/// An option a rule accepts in `missionkpi.yaml`, with its default.
public struct RuleOptionSpec: Sendable {
    public var name: String
    public var summary: String
    public var defaultValue: RuleOption

    public init(_ name: String, _ summary: String, default defaultValue: RuleOption) {
        self.name = name
        self.summary = summary
        self.defaultValue = defaultValue
    }
}

/// A small workspace change that should (or should not) make a rule fire. The examples are the
/// rule's tests and its documentation; each records where it was written so a failure points there.
public struct RuleExample: Sendable {
    /// The edits of an earlier revision of the example workspace, for a rule of the changes family.
    public struct Revision: Sendable {
        /// A KPI (YAML mapping) added to the example contract `c1`.
        public var kpi: String?
        /// A whole contract file replacing `Contracts/dept/c1.yaml`.
        public var contract: String?
        /// Other files to add or replace, by workspace-relative path (an empty text removes the file).
        public var files: [String: String]

        /// An earlier revision made of these edits to the example workspace.
        public init(kpi: String? = nil, contract: String? = nil, files: [String: String] = [:]) {
            self.kpi = kpi
            self.contract = contract
            self.files = files
        }

        /// The example workspace as it is.
        public static let base = Revision()

        /// Whether the revision is the example workspace unchanged.
        public var isBase: Bool { kpi == nil && contract == nil && files.isEmpty }
    }

    /// For a rule of the changes family, the earlier revision the example's own edits are compared with
    /// (nil: the example workspace as it is). Other rules ignore it.
    public var before: Revision?
    /// A KPI (YAML mapping) added to the example contract `c1`.
    public var kpi: String?
    /// A whole contract file replacing `Contracts/dept/c1.yaml`.
    public var contract: String?
    /// Other files to add or replace, by workspace-relative path (an empty text removes the file).
    public var files: [String: String]
    /// Returns as `contract,kpi,period,value` lines (no header); replaces the base returns when given.
    public var returns: String?
    /// Published (UK9) assessments as `contract,kpi,period,classification[,measure]` lines (no header),
    /// each from a release of its own published on `asOf`, in line order.
    public var published: String?
    public var asOf: String
    public var file: String
    public var line: Int

    public init(
        before: Revision? = nil, kpi: String? = nil, contract: String? = nil, files: [String: String] = [:], returns: String? = nil,
        published: String? = nil, asOf: String = "2026-11-24", file: StaticString = #filePath, line: UInt = #line
    ) {
        self.before = before
        self.kpi = kpi
        self.contract = contract
        self.files = files
        self.returns = returns
        self.published = published
        self.asOf = asOf
        self.file = "\(file)"
        self.line = Int(line)
    }
}

/// What a rule is: its stable id, words for people, its source, its default severity and examples.
public struct RuleDescription: Sendable {
    public var id: String
    public var title: String
    public var summary: String
    public var rationale: String
    public var family: RuleFamily
    public var defaultSeverity: Severity
    public var options: [RuleOptionSpec]
    public var triggering: [RuleExample]
    public var nonTriggering: [RuleExample]

    public init(
        id: String, title: String, summary: String, rationale: String, family: RuleFamily, severity: Severity,
        options: [RuleOptionSpec] = [], triggering: [RuleExample], nonTriggering: [RuleExample]
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.rationale = rationale
        self.family = family
        self.defaultSeverity = severity
        self.options = options
        self.triggering = triggering
        self.nonTriggering = nonTriggering
    }
}

/// A check of the validated workspace (and its assessment). One rule per file, registered in `RuleRegistry`.
///
/// ```swift
/// struct TooManyKPIs: Rule {
///     static let description = RuleDescription(id: "too-many-kpis", …)
///     func check(_ context: RuleContext) -> [Finding] { … context.finding(…) … }
/// }
/// ```
public protocol Rule: Sendable {
    static var description: RuleDescription { get }
    init()
    func check(_ context: RuleContext) -> [Finding]
}

extension Rule {
    public var description: RuleDescription { Self.description }
}
