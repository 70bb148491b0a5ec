extension RuleRegistry {
    /// The SMART family, in documentation order.
    static let smartRules: [any Rule] = [
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
