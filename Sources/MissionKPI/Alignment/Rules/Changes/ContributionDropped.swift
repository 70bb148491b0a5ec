/// A contract's `contributes_to` link of the earlier revision is gone.
struct ContributionDropped: Rule {
    static let description = RuleDescription(
        id: "contribution-dropped",
        title: "Mission contribution dropped",
        summary: "Since the earlier revision, a contract stopped contributing to a mission node or milestone it named in `contributes_to`.",
        rationale: """
            The Institute for Government asks mission boards to identify and publish the key ways procurement \
            supports each mission. A contract that quietly stops claiming a contribution drops out of the \
            mission's evidence, its coverage and its watermelons: the mission looks better served, or a \
            failing contract no longer counts against it. The board should see the link go and agree.
            """,
        family: .changes,
        severity: .warning,
        triggering: [
            RuleExample(
                before: .base,
                contract: ChangeMatch.exampleContract(replacing: [
                    "contributes_to": "contributes_to:\n  - node: demo/other-branch\n    rationale: Frees beds."
                ]))
        ],
        nonTriggering: [
            RuleExample(before: .base),
            RuleExample(
                before: .base,
                contract: ChangeMatch.exampleContract(replacing: [
                    "contributes_to":
                        "contributes_to:\n  - node: demo/capacity\n    rationale: Adds imaging capacity.\n  - node: demo/other-branch"
                ])),
        ]
    )

    func check(_ context: RuleContext) -> [Finding] {
        ChangeMatch.contracts(context).flatMap { c, before -> [Finding] in
            let now = Set(c.contributesTo.map(\.node.description))
            let added = c.contributesTo.map(\.node.description).filter { !before.contributesTo.contains($0) }
            return before.contributesTo.filter { !now.contains($0) }.map { node in
                let instead = added.isEmpty ? "" : " (it now names \(WaiverWords.list(added.map { "'\($0)'" })) instead)"
                return context.finding(
                    "the contract no longer contributes to '\(node)'\(instead): it drops out of that mission's evidence since the earlier revision",
                    at: c.locations.has("contributes_to") ? c.locations["contributes_to"] : c.locations["id"], subject: .contract(c.id),
                    fix:
                        "restore the link if the contract still serves that outcome; otherwise record the board's agreement with a waiver of 'contribution-dropped' on the contract",
                    key: node)
            }
        }
    }
}
