/// A KPI that counts effort (inputs or activities) rather than results.
struct InputActivityKPI: Rule {
    static let description = RuleDescription(
        id: "input-activity-kpi",
        title: "Input or activity KPI",
        summary: "A KPI measures inputs or activities (effort spent) rather than outputs or outcomes.",
        rationale: """
            The Institute for Government found that contracting has focused on inputs and outputs rather than \
            outcomes, and asks departments to review contracts where KPIs are poorly aligned with an \
            outcomes-led approach (IfG, The Role of Procurement in Delivering Mission-Led Government). A KPI \
            that counts staff hired or meetings held can be met in full while nothing changes for the public.
            """,
        family: .outcomeFocus,
        severity: .warning,
        triggering: [
            RuleExample(kpi: """
                id: staff-hired
                title: Radiographers recruited
                level: input
                measures: demo/recruit
                unit: count
                direction: increase
                """),
            RuleExample(kpi: """
                id: sessions
                title: Training sessions run
                level: activity
                measures: demo/staff
                unit: count
                direction: increase
                """),
        ],
        nonTriggering: [
            RuleExample(),
            RuleExample(kpi: """
                id: scans
                title: Scans delivered
                level: output
                measures: demo/capacity
                unit: count
                direction: increase
                """),
        ]
    )

    func check(_ context: RuleContext) -> [Finding] {
        var out: [Finding] = []
        for c in context.workspace.contracts {
            for k in c.kpis {
                guard let level = k.level, level.isEffort else { continue }
                out.append(context.finding(
                    "the KPI '\(k.id)' is at level \(level.rawValue)\(k.inferredNote(.level)): it counts effort, not results, so the supplier can "
                        + "meet it in full while nothing changes for the people the contract serves",
                    at: k.locations["level"], subject: .kpi(c.id, k.id),
                    fix: "measure what the \(level.rawValue) achieves (an output or, better, the outcome it is for), "
                        + "or keep it as a management measure outside the contract's KPIs"))
            }
        }
        return out
    }
}
