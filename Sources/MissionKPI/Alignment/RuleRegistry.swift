/// The explicit, ordered list of rules. Each family keeps its own list in `Rules/<Family>/<Family>Rules.swift`;
/// a test checks that ids are unique and that every rule type in `Rules/` is registered.
public enum RuleRegistry {
    /// Every rule, in the order the documentation lists them. Waiver rules run last (the engine
    /// gives them the other rules' findings), wherever they stand here. The changes rules find
    /// something only when the engine is given an earlier revision's goalposts (`missionkpi changes`).
    public static let all: [any Rule] =
        statutoryRules + linkageRules + outcomeFocusRules + smartRules + coherenceRules + dataRules
        + performanceRules + ownershipRules + waiverRules + changesRules

    /// Rule id → the option names it accepts (for validating `missionkpi.yaml`).
    public static let catalog: [String: [String]] = Dictionary(
        all.map { ($0.description.id, $0.description.options.map(\.name)) }, uniquingKeysWith: { a, _ in a })

    /// The rule with the given id.
    public static func rule(_ id: String) -> (any Rule)? { all.first { $0.description.id == id } }
}
