/// A contract with nobody named to manage it, or nobody senior answerable for it.
struct NoContractOwner: Rule {
    static let description = RuleDescription(
        id: "no-contract-owner",
        title: "No contract manager or senior responsible owner",
        summary: "A contract names no manager, or no senior responsible owner.",
        rationale: """
            The IfG (The Role of Procurement in Delivering Mission-Led Government) found contract management \
            too often left to junior officials without commercial expertise, which "risks reducing \
            accountability for performance"; a contract with no named manager or senior responsible owner has \
            no accountability at all. The NAO (Transforming government's contract management, 2014) found \
            contracts left unmanaged once signed.
            """,
        family: .ownership,
        severity: .error,
        triggering: [
            RuleExample(contract: ownershipExample([("manager: p-spec", "")])),
            RuleExample(contract: ownershipExample([("senior_responsible_owner: p-sro", "")])),
        ],
        nonTriggering: [
            RuleExample(),
            // A contract that has ended is no longer managed.
            RuleExample(contract: ownershipExample([("manager: p-spec", ""), ("end: 2029-03-31", "end: 2026-03-31")])),
        ]
    )

    func check(_ context: RuleContext) -> [Finding] {
        var out: [Finding] = []
        for c in context.ownedContracts {
            if c.manager == nil {
                out.append(context.finding(
                    "the contract names no manager: nobody is accountable for the supplier's performance day to day",
                    at: c.locations["manager"], subject: .contract(c.id),
                    fix: "add 'manager: <person id>' naming a commercial specialist of Contracts/\(c.department)/department.yaml",
                    key: "manager"))
            }
            if c.seniorResponsibleOwner == nil {
                out.append(context.finding(
                    "the contract names no senior responsible owner: nobody senior answers for what it delivers",
                    at: c.locations["senior_responsible_owner"], subject: .contract(c.id),
                    fix: "add 'senior_responsible_owner: <person id>' naming a senior official of Contracts/\(c.department)/department.yaml",
                    key: "senior_responsible_owner"))
            }
        }
        return out
    }
}
