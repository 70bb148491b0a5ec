/// A contract with more KPIs than anyone can manage.
struct TooManyKPIs: Rule {
    static let description = RuleDescription(
        id: "too-many-kpis",
        title: "Too many KPIs",
        summary: "A contract carries more KPIs than can be managed and reported on.",
        rationale: """
            The NAO found contract KPIs "often weak" and too numerous to manage: one MoD facilities contract \
            was cut from 140 KPIs to 8 (NAO, Transforming government's contract management, 2014). A few \
            material, outcome-focused KPIs are watched; dozens are not.
            """,
        family: .data,
        severity: .warning,
        options: [RuleOptionSpec("max", "The most KPIs a contract may carry.", default: .number(10))],
        triggering: [
            RuleExample(files: ["missionkpi.yaml": "rules:\n  too-many-kpis: {max: 2}\n"]),
        ],
        nonTriggering: [
            RuleExample(),
            RuleExample(files: ["missionkpi.yaml": "rules:\n  too-many-kpis: {max: 3}\n"]),
        ]
    )

    func check(_ context: RuleContext) -> [Finding] {
        let max = Int(context.number("max"))
        return context.workspace.contracts.compactMap { c in
            guard c.kpis.count > max else { return nil }
            return context.finding(
                "the contract has \(c.kpis.count) KPIs, more than \(max); few, material, outcome KPIs get managed, many do not",
                at: c.locations["kpis"], subject: .contract(c.id),
                fix: "keep the KPIs that evidence the mission outcome and the three most material; drop or merge the rest")
        }
    }
}
