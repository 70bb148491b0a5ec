extension RuleRegistry {
    /// The SMART family, in documentation order.
    static let smartRules: [any Rule] = []
}
