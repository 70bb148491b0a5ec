extension RuleRegistry {
    /// The Performance family, in documentation order.
    static let performanceRules: [any Rule] = [
        WatermelonContract(),
        PublishedRatingDisagrees(),
    ]
}
