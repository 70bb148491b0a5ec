/// A high-tier contract whose manager is also its senior responsible owner.
struct ManagerIsSRO: Rule {
    static let description = RuleDescription(
        id: "manager-is-sro",
        title: "Manager is also the senior responsible owner",
        summary: "One person both manages a high-tier contract and is its senior responsible owner.",
        rationale: """
            The IfG (The Role of Procurement in Delivering Mission-Led Government) warns that weak contract \
            management "risks reducing accountability for performance". The senior responsible owner holds \
            the manager to account for the contract's results; when they are the same person on a critical \
            contract, nobody does.
            """,
        family: .ownership,
        severity: .warning,
        options: [RuleOptionSpec("tiers", "Tiers on which the manager and the owner must be different people.", default: .list(["platinum", "gold"]))],
        triggering: [
            RuleExample(contract: ownershipExample([("senior_responsible_owner: p-sro", "senior_responsible_owner: p-spec")])),
            // Written once bare and once qualified, it is still one person.
            RuleExample(contract: ownershipExample([("senior_responsible_owner: p-sro", "senior_responsible_owner: dept/p-spec")])),
        ],
        nonTriggering: [
            RuleExample(),
            RuleExample(contract: ownershipExample([("senior_responsible_owner: p-sro", "senior_responsible_owner: p-spec"), ("tier: gold", "tier: silver")])),
        ]
    )

    func check(_ context: RuleContext) -> [Finding] {
        let (tiers, problems) = context.tierList("tiers")
        var out = problems
        for c in context.ownedContracts {
            guard let tier = c.tier, tiers.contains(tier), let m = c.manager, let s = c.seniorResponsibleOwner,
                m.department == s.department, m.person == s.person
            else { continue }
            let who = context.workspace.person(m).map(context.display) ?? m.person
            out.append(context.finding(
                "the contract is tier \(tier) and \(who) is both its manager and its senior responsible owner: nobody holds the manager to account for its results",
                at: c.locations["senior_responsible_owner"], subject: .contract(c.id),
                fix: "name a different, more senior official as senior responsible owner"))
        }
        return out
    }
}
