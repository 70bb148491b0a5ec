/// What `align` found: the active findings, the waived ones, scores and configuration problems.
public struct AlignmentReport: Sendable {
    public var asOf: Day
    /// Findings that stand, sorted by location.
    public var findings: [Finding]
    /// Findings suppressed by a waiver, each naming it.
    public var waived: [Finding]
    /// Findings present in the baseline file given (not counted as failures).
    public var baselined: [Finding]
    public var scores: AlignmentScores
    /// Problems in the rule settings (an option of the wrong type); the run still completes.
    public var configurationErrors: [Diagnostic]
    /// The family of each rule that was run, by id.
    public var ruleFamilies: [String: RuleFamily] = [:]

    /// The family of a rule: as run, else as registered, else statutory.
    public func family(of ruleID: String) -> RuleFamily {
        ruleFamilies[ruleID] ?? RuleRegistry.rule(ruleID)?.description.family ?? .statutory
    }

    /// Counts of standing findings per severity.
    public var countsBySeverity: [Severity: Int] {
        var c: [Severity: Int] = [:]
        for i in findings.indices { c[findings[i].severity, default: 0] += 1 }
        return c
    }

    /// Counts of standing findings per rule id, sorted by id.
    public var countsByRule: [(rule: String, count: Int)] {
        var c: [String: Int] = [:]
        for i in findings.indices { c[findings[i].ruleID, default: 0] += 1 }
        return c.sorted { $0.key < $1.key }.map { (rule: $0.key, count: $0.value) }
    }
}

/// Runs the registered rules with the workspace's configuration, applies waivers and a baseline, and scores.
///
/// ```swift
/// let report = AlignmentEngine.run(workspace, assessment: assessment, asOf: day)
/// report.findings.map(\.text)
/// ```
public enum AlignmentEngine {
    /// `previous`, the goalposts of an earlier revision, lets the changes rules compare (`missionkpi changes`).
    public static func run(
        _ workspace: Workspace, assessment: Assessment, asOf: Day, rules: [any Rule] = RuleRegistry.all,
        baseline: FindingBaseline? = nil, families: Set<RuleFamily>? = nil, previous: Goalposts? = nil
    ) -> AlignmentReport {
        let graph = OutcomeGraph(workspace)
        var configErrors: [Diagnostic] = []
        var checks: [(any Rule, RuleContext)] = []
        var waiverRules: [(any Rule, Severity, [String: RuleOption])] = []
        var familyOf: [String: RuleFamily] = [:]
        for rule in rules {
            let d = rule.description
            familyOf[d.id] = d.family
            if let families, !families.contains(d.family) { continue }
            let setting = workspace.settings.rules[d.id]
            if setting?.isOff == true { continue }
            let severity = setting?.severity ?? d.defaultSeverity
            let options = resolveOptions(d, setting, &configErrors)
            if d.family == .waivers {
                waiverRules.append((rule, severity, options))
                continue
            }
            let context = RuleContext(
                workspace: workspace, assessment: assessment, graph: graph, asOf: asOf, severity: severity, ruleID: d.id,
                options: options, waiverUse: [], previous: previous)
            checks.append((rule, context))
        }
        // Rules are independent of each other: run them on every core, findings kept in rule order.
        let raw = Parallel.map(checks, minimumChunk: 1) { rule, context in rule.check(context) }.flatMap { $0 }
        var (standing, waived, uses) = Waivers.apply(raw, workspace: workspace, asOf: asOf)
        for (rule, severity, options) in waiverRules {
            let context = RuleContext(
                workspace: workspace, assessment: assessment, graph: graph, asOf: asOf, severity: severity,
                ruleID: rule.description.id, options: options, waiverUse: uses, previous: previous)
            standing += rule.check(context)
        }
        standing = sortedFindings(standing)
        // Baselined findings still cost points: a baseline gates CI, it does not make a problem go away.
        let scores = AlignmentScores.compute(workspace, findings: standing, graph: graph, families: familyOf)
        var baselined: [Finding] = []
        if let baseline {
            let split = baseline.partition(standing)
            standing = split.new
            baselined = split.known
        }
        uses.removeAll()
        return AlignmentReport(
            asOf: asOf, findings: standing, waived: waived.sorted(), baselined: baselined, scores: scores,
            configurationErrors: configErrors.sorted(), ruleFamilies: familyOf)
    }

    /// The findings in order (stably): positions are sorted, then each finding is copied once (a national
    /// run has some 80,000, and sorting them in place copies each many times over).
    static func sortedFindings(_ findings: [Finding]) -> [Finding] {
        findings.indices.sorted { findings[$0] < findings[$1] }.map { findings[$0] }
    }

    static func resolveOptions(_ d: RuleDescription, _ setting: RuleSetting?, _ errors: inout [Diagnostic]) -> [String: RuleOption] {
        var options: [String: RuleOption] = [:]
        for spec in d.options {
            guard let given = setting?.options[spec.name] else {
                options[spec.name] = spec.defaultValue
                continue
            }
            if sameKind(given, spec.defaultValue) {
                options[spec.name] = given
            } else {
                options[spec.name] = spec.defaultValue
                errors.append(Diagnostic(at: setting!.locations[spec.name], "option '\(spec.name)' of rule '\(d.id)' must be \(kindName(spec.defaultValue)) (default: \(show(spec.defaultValue))); the default was used"))
            }
        }
        return options
    }

    static func sameKind(_ a: RuleOption, _ b: RuleOption) -> Bool {
        switch (a, b) {
        case (.number, .number), (.text, .text), (.bool, .bool), (.list, .list), (.map, .map): true
        default: false
        }
    }

    static func kindName(_ o: RuleOption) -> String {
        switch o {
        case .number: "a number"
        case .text: "a text"
        case .bool: "true or false"
        case .list: "a list"
        case .map: "a mapping"
        }
    }

    /// An option value as written in YAML.
    public static func show(_ o: RuleOption) -> String {
        switch o {
        case .number(let v): fmt(v)
        case .text(let t): t
        case .bool(let b): b ? "true" : "false"
        case .list(let l): "[" + l.joined(separator: ", ") + "]"
        case .map(let m): "{" + m.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + "}"
        }
    }
}
