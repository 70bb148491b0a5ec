extension RuleRegistry {
    /// The SMART family, in documentation order.
    static let smartRules: [any Rule] = [
        PlaceholderKPI(),
        BareTopicKPI(),
        KPINamesNoQuantity(),
        MissingUnit(),
        MissingBaseline(),
        MissingTarget(),
        MissingTargetDate(),
        MissingBands(),
        MissingFrequency(),
        TargetNotBetterThanBaseline(),
        TargetAfterContractEnd(),
        TargetAfterMilestone(),
        BandsInconsistentWithTarget(),
    ]
}
