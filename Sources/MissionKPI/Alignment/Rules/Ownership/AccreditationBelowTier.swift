/// A contract manager whose accreditation is below what the contract's tier requires.
struct AccreditationBelowTier: Rule {
    static let description = RuleDescription(
        id: "accreditation-below-tier",
        title: "Accreditation below what the tier requires",
        summary: "The manager's contract management accreditation is below the level the contract's tier requires.",
        rationale: """
            The Contract Management Professional Standards accredit contract managers at Foundation, \
            Practitioner and Expert level; the level needed depends on the contract's size, risk, complexity \
            and criticality, which its tier records. The IfG (The Role of Procurement in Delivering \
            Mission-Led Government) asks that contracts be managed by people with commercial expertise.
            """,
        family: .ownership,
        severity: .warning,
        options: [
            RuleOptionSpec(
                "required", "The least accreditation level (none, foundation, practitioner, expert) each tier requires.",
                default: .map(["platinum": "expert", "gold": "practitioner", "silver": "foundation"])),
        ],
        triggering: [
            RuleExample(contract: ownershipExample([("manager: p-spec", "manager: p-junior")])),
            RuleExample(files: ["missionkpi.yaml": "rules:\n  accreditation-below-tier: {required: {gold: master}}\n"]),
        ],
        nonTriggering: [
            RuleExample(),
            RuleExample(contract: ownershipExample([("manager: p-spec", "manager: p-junior"), ("tier: gold", "tier: bronze")])),
            RuleExample(
                contract: ownershipExample([("manager: p-spec", "manager: p-junior")]),
                files: ["missionkpi.yaml": "rules:\n  accreditation-below-tier: {required: {gold: foundation}}\n"]),
        ]
    )

    func check(_ context: RuleContext) -> [Finding] {
        let (required, problems): ([String: AccreditationLevel], [Finding]) = context.tierMap("required", of: "accreditation level")
        var out = problems
        for c in context.ownedContracts {
            guard let tier = c.tier, let need = required[tier], let p = context.manager(of: c), p.accreditationLevel < need
            else { continue }
            let held = p.accreditationLevel == .none ? "no accreditation" : "\(p.accreditationLevel.rawValue) accreditation"
            out.append(context.finding(
                "the contract is tier \(tier), which requires \(need.rawValue) accreditation, but its manager, \(context.display(p)), holds \(held)",
                at: c.locations["manager"], subject: .contract(c.id),
                fix: "give the contract to a manager accredited at \(need.rawValue) or above, or enrol the manager for \(need.rawValue) accreditation and record a waiver until it is awarded"))
        }
        return out
    }
}
