import MissionKPI

/// The formats `rules` lists the rules in.
public enum RulesFormat: String, Sendable, CaseIterable {
    /// One line per rule, by family, with the workspace's setting.
    case text
    /// The rules reference (`Documentation/Rules.md`).
    case markdown
    /// Every rule's words, family, severities and options.
    case json

    /// The rules, marked with the settings of the workspace where they change a rule.
    public func render(settings: Settings) -> String {
        switch self {
        case .text: RulesReference.text(settings: settings)
        case .markdown: RulesReference.markdown()
        case .json: RulesReference.json(settings: settings)
        }
    }
}

/// The formats `explain RULE` writes one rule in.
public enum ExplainFormat: String, Sendable, CaseIterable {
    /// The rule's words, rationale, options, a sample finding and its examples, for a terminal.
    case text
    /// The rule's section of the rules reference.
    case markdown

    /// The rule, with the workspace's setting of it.
    public func render(_ rule: any Rule, settings: Settings) -> String {
        switch self {
        case .text: RulesReference.explain(rule, settings: settings)
        case .markdown: RulesReference.section(rule, sample: RulesReference.sampleFinding(rule))
        }
    }
}
