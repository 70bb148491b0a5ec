/// A KPI that measures a milestone directly but wants it to move the other way.
struct DirectionOpposesMilestone: Rule {
    static let description = RuleDescription(
        id: "direction-opposes-milestone",
        title: "Direction opposes the milestone",
        summary: "A KPI measuring a milestone directly should increase where the milestone should decrease, or the reverse.",
        rationale: """
            A KPI that evidences a milestone must pull the same way as the milestone: if the supplier is \
            rewarded for pushing the indicator up while the mission needs it down, meeting the KPI works \
            against the mission. The Institute for Government asks departments to find contract KPIs poorly \
            aligned with mission objectives (IfG, The Role of Procurement in Delivering Mission-Led Government).
            """,
        family: .coherence,
        severity: .error,
        triggering: [
            RuleExample(kpi: """
                id: treated-in-time
                title: Patients treated within 18 weeks
                level: outcome
                measures: demo/waits
                unit: percent
                direction: decrease
                """),
        ],
        nonTriggering: [
            RuleExample(),
            // Measures a node, not the milestone: a decreasing turnaround time serves an increasing milestone.
            RuleExample(kpi: """
                id: turnaround
                title: Days from referral to scan
                level: outcome
                measures: demo/faster-diagnosis
                unit: days
                direction: decrease
                """),
            RuleExample(kpi: """
                id: treated-in-time
                title: Patients treated within 18 weeks, held at the current level
                level: outcome
                measures: demo/waits
                unit: percent
                direction: maintain
                """),
        ]
    )

    func check(_ context: RuleContext) -> [Finding] {
        var out: [Finding] = []
        for c in context.workspace.contracts {
            for k in c.kpis {
                // A KPI whose direction nobody stated (an imported one) cannot oppose anything.
                guard let ref = k.measures, let m = context.workspace.milestone(ref), let direction = k.direction else { continue }
                let opposed = (direction == .increase && m.direction == .decrease)
                    || (direction == .decrease && m.direction == .increase)
                guard opposed else { continue }
                out.append(context.finding(
                    "the KPI '\(k.id)' should \(direction.rawValue)\(k.inferredNote(.direction)) but the milestone \(ref) it measures should "
                        + "\(m.direction.rawValue) ('\(m.title)'); meeting this KPI would move the milestone the wrong way",
                    at: k.locations["direction"], subject: .kpi(c.id, k.id),
                    fix: "if the KPI is the milestone's indicator, set direction: \(m.direction.rawValue); if it counts the "
                        + "opposite (e.g. those still waiting), restate it as the milestone's indicator or measure a node instead"))
            }
        }
        return out
    }
}
