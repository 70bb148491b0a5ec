/// A contract managed or owned by a person of another department.
struct OwnerOutsideDepartment: Rule {
    static let description = RuleDescription(
        id: "owner-outside-department",
        title: "Owner outside the department",
        summary: "A contract's manager or senior responsible owner is a person of another department.",
        rationale: """
            The IfG (The Role of Procurement in Delivering Mission-Led Government) warns that weak contract \
            management "risks reducing accountability for performance". A department answers for its own \
            contracts (Procurement Act 2023 s.71 assessments and notices are the contracting authority's), so \
            an owner who answers to another department blurs who is accountable.
            """,
        family: .ownership,
        severity: .warning,
        triggering: [
            RuleExample(
                contract: ownershipExample([("manager: p-spec", "manager: other/p-loan")]),
                files: ["Contracts/other/department.yaml": otherDepartment]),
        ],
        nonTriggering: [
            RuleExample(),
            // Qualifying a person of the contract's own department is fine.
            RuleExample(contract: ownershipExample([("manager: p-spec", "manager: dept/p-spec")])),
        ]
    )

    static let otherDepartment = """
        id: other
        name: Other Department
        people:
          - id: p-loan
            name: Lee Loan
            role: Contract manager on loan
            grade: SEO
            commercial_specialist: true
            accreditation: {level: practitioner, date: 2025-01-10}
        """

    func check(_ context: RuleContext) -> [Finding] {
        var out: [Finding] = []
        for c in context.ownedContracts {
            for (field, label, ref) in [("manager", "manager", c.manager), ("senior_responsible_owner", "senior responsible owner", c.seniorResponsibleOwner)] {
                guard let ref, ref.department != c.department else { continue }
                let who = context.workspace.person(ref).map(context.display) ?? ref.person
                out.append(context.finding(
                    "the \(label) '\(ref)' (\(who)) is a person of \(ref.department), not of \(c.department): the department answers for the contract but its \(label) answers elsewhere",
                    at: c.locations[field], subject: .contract(c.id),
                    fix: "name a person of Contracts/\(c.department)/department.yaml, or add the person there if they have joined \(c.department)",
                    key: field))
            }
        }
        return out
    }
}
