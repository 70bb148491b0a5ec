/// A KPI that is not linked to any theory-of-change node or milestone.
struct KPIMeasuresNothing: Rule {
    static let description = RuleDescription(
        id: "kpi-measures-nothing",
        title: "KPI measures nothing in a mission",
        summary: "A KPI has no `measures` link to a theory-of-change node or milestone.",
        rationale: """
            The IfG asks departments to review contracts most relevant to the missions and find KPIs poorly aligned \
            with mission objectives (The Role of Procurement in Delivering Mission-Led Government). A KPI linked to \
            nothing cannot show whether the money buys the outcome; it may still matter, but say what it evidences.
            """,
        family: .linkage,
        severity: .warning,
        triggering: [RuleExample(kpi: """
            id: helpdesk
            title: Helpdesk calls answered
            level: output
            unit: percent
            direction: increase
            baseline: {value: 80, date: 2024-09-30}
            target: {value: 95, date: 2026-03-31}
            bands: {good: 95, approaching_target: 90, requires_improvement: 85}
            frequency: monthly
            data_source: supplier
            """)],
        nonTriggering: [RuleExample()]
    )

    func check(_ context: RuleContext) -> [Finding] {
        context.workspace.contracts.flatMap { c in
            c.kpis.filter { $0.measures == nil }.map { k in
                context.finding(
                    "the KPI '\(k.id)' measures nothing: it has no 'measures' link to a theory-of-change node or milestone",
                    at: k.locations["id"], subject: .kpi(c.id, k.id),
                    fix: "add 'measures: <mission>/<node-or-milestone>' naming what it evidences, or replace it with a KPI that evidences the mission")
            }
        }
    }
}
