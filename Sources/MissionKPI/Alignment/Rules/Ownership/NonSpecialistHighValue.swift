/// A high-value or high-tier contract managed by someone who is not a commercial specialist.
struct NonSpecialistHighValue: Rule {
    static let description = RuleDescription(
        id: "non-specialist-high-value",
        title: "High-value contract managed by a non-specialist",
        summary: "A contract over £5m (including VAT), or of a high tier, is managed by someone who is not a commercial specialist.",
        rationale: """
            The IfG (The Role of Procurement in Delivering Mission-Led Government) found contract management \
            "too often left to junior officials without commercial expertise", which "risks reducing \
            accountability for performance", and asks that it be done by commercial specialists. £5m is the \
            Procurement Act 2023 s.52 threshold above which KPIs must be set and published.
            """,
        family: .ownership,
        severity: .warning,
        options: [
            RuleOptionSpec("threshold", "Contracts worth more than this, in pounds including VAT, need a specialist.", default: .number(5_000_000)),
            RuleOptionSpec("tiers", "Tiers whose contracts need a specialist whatever their value.", default: .list(["platinum", "gold"])),
        ],
        triggering: [
            RuleExample(contract: ownershipExample([("manager: p-spec", "manager: p-junior")])),
            // Below the threshold, but gold.
            RuleExample(contract: ownershipExample([("manager: p-spec", "manager: p-junior"), ("amount: 12000000", "amount: 900000")])),
        ],
        nonTriggering: [
            RuleExample(),
            RuleExample(contract: ownershipExample([
                ("manager: p-spec", "manager: p-junior"), ("amount: 12000000", "amount: 900000"), ("tier: gold", "tier: silver"),
            ])),
        ]
    )

    func check(_ context: RuleContext) -> [Finding] {
        let threshold = context.pounds("threshold")
        let (tiers, problems) = context.tierList("tiers")
        var out = problems
        for c in context.ownedContracts {
            let overValue = c.value.grossAmount > threshold
            let highTier = c.tier.map(tiers.contains) ?? false
            guard overValue || highTier, let p = context.manager(of: c), !p.commercialSpecialist else { continue }
            var why: [String] = []
            if overValue { why.append("worth \(Money.describe(c.value.grossAmount)) including VAT (over \(Money.describe(threshold)))") }
            if highTier, let t = c.tier { why.append("tier \(t)") }
            out.append(context.finding(
                "the contract is \(why.joined(separator: " and ")) but its manager, \(context.display(p)), is not a commercial specialist; contract management left to officials without commercial expertise risks reducing accountability for performance",
                at: c.locations["manager"], subject: .contract(c.id),
                fix: "hand the contract to a commercial specialist (commercial_specialist: true in department.yaml), or record a waiver with the reason and a date"))
        }
        return out
    }
}
