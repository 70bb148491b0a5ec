extension RuleRegistry {
    /// The Statutory family, in documentation order.
    static let statutoryRules: [any Rule] = [
        KPIsRequiredOverThreshold(),
        MostMaterialCount(),
        ExemptionWithoutReason(),
        AnnualAssessmentOverdue(),
    ]
}
