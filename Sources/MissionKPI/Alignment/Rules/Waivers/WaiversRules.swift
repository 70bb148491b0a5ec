extension RuleRegistry {
    /// The Waivers family, in documentation order.
    static let waiverRules: [any Rule] = [
        WaiverIncomplete(),
        WaiverExpired(),
        WaiverUnused(),
    ]
}
