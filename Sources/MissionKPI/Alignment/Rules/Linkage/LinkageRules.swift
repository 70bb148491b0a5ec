extension RuleRegistry {
    /// The Linkage family, in documentation order.
    static let linkageRules: [any Rule] = [
        KPIMeasuresNothing(),
        ContractContributesToNothing(),
        KPIOffPath(),
        CoverageGap(),
    ]
}
