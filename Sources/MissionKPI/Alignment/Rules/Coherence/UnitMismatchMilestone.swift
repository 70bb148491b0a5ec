/// A KPI that measures a milestone directly in a different unit.
struct UnitMismatchMilestone: Rule {
    static let description = RuleDescription(
        id: "unit-mismatch-milestone",
        title: "Unit differs from the milestone",
        summary: "A KPI measuring a milestone directly is expressed in a different unit from the milestone.",
        rationale: """
            A KPI that claims to evidence a milestone directly can only be set against the milestone's \
            baseline, trajectory and target if it counts the same thing; a percentage cannot evidence a head \
            count. The Institute for Government asks that KPIs be aligned with the mission's objectives and \
            its milestones (IfG, The Role of Procurement in Delivering Mission-Led Government).
            """,
        family: .coherence,
        severity: .warning,
        triggering: [
            RuleExample(kpi: """
                id: treated-count
                title: Patients treated within 18 weeks
                level: outcome
                measures: demo/waits
                unit: count
                direction: increase
                """),
        ],
        nonTriggering: [
            RuleExample(),
            // Measures a node, whose unit is the contract's own business.
            RuleExample(kpi: """
                id: turnaround
                title: Days from referral to scan
                level: outcome
                measures: demo/faster-diagnosis
                unit: days
                direction: decrease
                """),
        ]
    )

    func check(_ context: RuleContext) -> [Finding] {
        var out: [Finding] = []
        for c in context.workspace.contracts {
            for k in c.kpis {
                // A missing unit is another rule's finding.
                guard let ref = k.measures, let m = context.workspace.milestone(ref), let unit = k.unit, unit != m.unit else { continue }
                out.append(context.finding(
                    "the KPI '\(k.id)' is in \(unit.rawValue)\(k.inferredNote(.unit)) but the milestone \(ref) it measures is in \(m.unit.rawValue); "
                        + "its returns cannot be set against the milestone's baseline, trajectory and target",
                    at: k.locations["unit"], subject: .kpi(c.id, k.id),
                    fix: "report the KPI in \(m.unit.rawValue) as the milestone does, or point measures at the node this "
                        + "quantity evidences rather than at the milestone"))
            }
        }
        return out
    }
}
