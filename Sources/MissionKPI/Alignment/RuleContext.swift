/// What a rule sees: the validated workspace, its assessment, the date and the rule's own settings.
public struct RuleContext: Sendable {
    public let workspace: Workspace
    public let assessment: Assessment
    public let graph: OutcomeGraph
    public let asOf: Day
    /// The rule's effective severity.
    public let severity: Severity
    let ruleID: String
    let options: [String: RuleOption]
    /// For the waiver rules: how each waiver was used by the other rules' findings.
    public let waiverUse: [WaiverUse]
    /// For the changes rules: the goalposts of the earlier revision `workspace` is compared with
    /// (nil outside `missionkpi changes` and a review publish: those rules then find nothing).
    public let previous: Goalposts?

    /// A finding of this rule at the given place.
    public func finding(_ message: String, at location: SourceLocation, subject: Subject, fix: String, key: String = "") -> Finding {
        Finding(ruleID: ruleID, severity: severity, location: location, subject: subject, message: message, fix: fix, key: key)
    }

    /// A number option, with the default from the rule's description.
    public func number(_ name: String) -> Double {
        if case .number(let v)? = options[name] { return v }
        return 0
    }

    /// A text option.
    public func text(_ name: String) -> String {
        if case .text(let v)? = options[name] { return v }
        return ""
    }

    /// A map option (e.g. tier → accreditation level).
    public func map(_ name: String) -> [String: String] {
        if case .map(let v)? = options[name] { return v }
        return [:]
    }

    /// A list option.
    public func list(_ name: String) -> [String] {
        if case .list(let v)? = options[name] { return v }
        return []
    }
}

/// A waiver and whether any finding matched it, for the waiver rules.
public struct WaiverUse: Sendable {
    public var waiver: Waiver
    public var subject: Subject
    /// Findings it suppressed (complete, unexpired waivers only).
    public var suppressed: Int
    /// Findings of its rule on its subject, whether or not it could suppress them.
    public var matched: Int
}
