/// A KPI whose words are a placeholder: "to be published", "TBC", "see specification", "KPI 1" alone.
struct PlaceholderKPI: Rule {
    static let description = RuleDescription(
        id: "placeholder-kpi",
        title: "Placeholder KPI",
        summary:
            "A KPI's words defer it elsewhere or later (\"to be published\", \"TBC\", \"see specification\") or are a KPI number alone.",
        rationale: """
            The Procurement Act 2023 s.52 requires at least three KPIs to be set and published for a contract \
            over £5m, and reg. 39 requires performance against them to be rated; a KPI published as "to be \
            confirmed" or "see specification" meets neither, and the public cannot see what the supplier is held \
            to. The Institute for Government asks departments to review existing contracts' KPIs (IfG, The Role \
            of Procurement in Delivering Mission-Led Government): a placeholder is the first thing to fix.
            """,
        family: .smart,
        severity: .warning,
        triggering: [
            RuleExample(
                kpi: """
                    id: tbc
                    title: "- To be published as part of award of main works contract"
                    level: output
                    measures: demo/capacity
                    unit: count
                    direction: increase
                    """),
            RuleExample(
                contract: WordsRuleSupport.importedContract(
                    kpis: """
                          - id: "1"
                            source_id: "1"
                            title: KPI 1
                        """)),
        ],
        nonTriggering: [
            RuleExample(),
            RuleExample(
                contract: WordsRuleSupport.importedContract(
                    kpis: """
                          - id: "1"
                            source_id: "1"
                            title: KPI 1
                            description: Number of repair errors
                        """)),
        ]
    )

    func check(_ context: RuleContext) -> [Finding] {
        context.workspace.contracts.flatMap { c in
            c.kpis.compactMap { k -> Finding? in
                guard WordsRuleSupport.mightBePlaceholder(k),
                    let p = KPIWords.read(title: k.title, description: k.description).placeholder
                else { return nil }
                return context.finding(
                    "the KPI '\(k.id)' is a placeholder, \(WordsRuleSupport.quoted(k)): \(p.because) (\"\(p.evidence)\"); "
                        + "it cannot be rated, and the public cannot see what the supplier is held to",
                    at: k.locations["title"], subject: .kpi(c.id, k.id),
                    fix: "publish the KPI itself: what is counted or measured, its unit, its target and by when")
            }
        }
    }
}
