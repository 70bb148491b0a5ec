/// A KPI that is a bare topic: one or two words, no description ("Safeguarding", "Quality").
struct BareTopicKPI: Rule {
    static let description = RuleDescription(
        id: "bare-topic-kpi",
        title: "KPI that is a bare topic",
        summary: "A KPI is one or two words naming a topic, with no description and no quantity (\"Safeguarding\", \"Quality\").",
        rationale: MissingField.rationale + """
             A topic says where to look, not what to count: "Safeguarding" can be rated good by one reader and \
            inadequate by another, so its reg. 39(5) rating says nothing. The Institute for Government asks \
            departments to review KPIs poorly aligned with outcomes (IfG, The Role of Procurement in Delivering \
            Mission-Led Government); a bare topic cannot even be aligned.
            """,
        family: .smart,
        severity: .warning,
        triggering: [
            RuleExample(
                kpi: """
                    id: safeguarding
                    title: Safeguarding
                    level: activity
                    measures: demo/capacity
                    unit: percent
                    direction: increase
                    """),
            RuleExample(
                contract: WordsRuleSupport.importedContract(
                    kpis: """
                          - id: "1"
                            source_id: "1"
                            title: Customer Satisfaction
                        """)),
        ],
        nonTriggering: [
            RuleExample(),
            RuleExample(
                contract: WordsRuleSupport.importedContract(
                    kpis: """
                          - id: "1"
                            source_id: "1"
                            title: Customer Satisfaction
                            description: Percentage of tenants satisfied with the repair, from the post-visit survey
                        """)),
            RuleExample(
                contract: WordsRuleSupport.importedContract(
                    kpis: """
                          - id: "1"
                            source_id: "1"
                            title: First Time Fix Rate
                        """)),
        ]
    )

    func check(_ context: RuleContext) -> [Finding] {
        context.workspace.contracts.flatMap { c in
            c.kpis.compactMap { k -> Finding? in
                guard WordsRuleSupport.mightBeBareTopic(k) else { return nil }
                let r = KPIWords.read(title: k.title, description: k.description)
                guard let b = r.bareTopic, !r.isPlaceholder else { return nil }
                return context.finding(
                    "the KPI '\(k.id)' is a bare topic, \(WordsRuleSupport.quoted(k)): \(b.because)",
                    at: k.locations["title"], subject: .kpi(c.id, k.id),
                    fix: "say what is counted or measured about it and what good looks like "
                        + "(e.g. 'percentage of … within …', with a target), in a description if the title must stay short")
            }
        }
    }
}
