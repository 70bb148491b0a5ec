/// A contract not linked to any mission.
struct ContractContributesToNothing: Rule {
    static let description = RuleDescription(
        id: "contract-contributes-to-nothing",
        title: "Contract contributes to no mission",
        summary: "A contract has no `contributes_to` link to a mission's theory of change.",
        rationale: """
            Mission boards should identify and publish the key ways procurement supports each mission (IfG, The Role \
            of Procurement in Delivering Mission-Led Government). A contract with no stated contribution cannot be \
            reviewed for alignment; if it serves no mission, say so by linking it to nothing on purpose and waiving this.
            """,
        family: .linkage,
        severity: .warning,
        triggering: [RuleExample(contract: ExampleWorkspace.contractHead.components(separatedBy: "contributes_to:")[0] + "\nkpis:\n" + ExampleWorkspace.kpis + "\n")],
        nonTriggering: [RuleExample()]
    )

    func check(_ context: RuleContext) -> [Finding] {
        context.workspace.contracts.compactMap { c in
            guard c.contributesTo.isEmpty else { return nil }
            return context.finding(
                "the contract contributes to no mission: it has no 'contributes_to' link",
                at: c.locations["id"], subject: .contract(c.id),
                fix: "add 'contributes_to' with the theory-of-change node or milestone the contract serves and a rationale")
        }
    }
}
