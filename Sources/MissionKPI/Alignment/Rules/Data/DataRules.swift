extension RuleRegistry {
    /// The Data family, in documentation order.
    static let dataRules: [any Rule] = [
        SupplierOnlyData(),
        StaleReturns(),
        TooManyKPIs(),
    ]
}
