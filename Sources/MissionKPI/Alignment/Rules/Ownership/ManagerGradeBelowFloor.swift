/// A contract manager whose grade is below the floor set for the contract's tier.
struct ManagerGradeBelowFloor: Rule {
    static let description = RuleDescription(
        id: "manager-grade-below-floor",
        title: "Manager's grade below the floor for the tier",
        summary: "The contract's manager is of a grade below the least grade configured for its tier.",
        rationale: """
            The IfG (The Role of Procurement in Delivering Mission-Led Government) found contract management \
            "too often left to junior officials without commercial expertise", which "risks reducing \
            accountability for performance". The more critical the contract (its tier), the more senior its \
            manager should be; the floors are a configurable default, not a rule of law.
            """,
        family: .ownership,
        severity: .warning,
        options: [
            RuleOptionSpec(
                "floor", "The least grade (AA … SCS3) a manager of each tier's contracts should hold.",
                default: .map(["platinum": "G6", "gold": "SEO", "silver": "HEO"])),
        ],
        triggering: [
            // p-junior is an EO; gold needs SEO.
            RuleExample(contract: ownershipExample([("manager: p-spec", "manager: p-junior")])),
            RuleExample(files: ["missionkpi.yaml": "rules:\n  manager-grade-below-floor: {floor: {gold: G6}}\n"]),
        ],
        nonTriggering: [
            RuleExample(),
            RuleExample(contract: ownershipExample([("manager: p-spec", "manager: p-junior"), ("tier: gold", "tier: bronze")])),
        ]
    )

    func check(_ context: RuleContext) -> [Finding] {
        let (floors, problems): ([String: Grade], [Finding]) = context.tierMap("floor", of: "grade")
        var out = problems
        for c in context.ownedContracts {
            guard let tier = c.tier, let floor = floors[tier], let p = context.manager(of: c), p.grade < floor else { continue }
            out.append(context.finding(
                "the contract is tier \(tier), whose manager should be \(floor.rawValue) or above, but its manager, \(context.display(p)), is \(p.grade.rawValue)",
                at: c.locations["manager"], subject: .contract(c.id),
                fix: "give the contract to a manager of grade \(floor.rawValue) or above, or record a waiver saying who supervises the manager"))
        }
        return out
    }
}
