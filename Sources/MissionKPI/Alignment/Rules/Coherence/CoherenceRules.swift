extension RuleRegistry {
    /// The Coherence family, in documentation order.
    static let coherenceRules: [any Rule] = [
        DirectionOpposesMilestone(),
        UnitMismatchMilestone(),
    ]
}
