extension RuleRegistry {
    /// The OutcomeFocus family, in documentation order.
    static let outcomeFocusRules: [any Rule] = [
        InputActivityKPI(),
        NoOutcomeKPIs(),
        EffortOnlyKPIs(),
        KPITooDistant(),
    ]
}
