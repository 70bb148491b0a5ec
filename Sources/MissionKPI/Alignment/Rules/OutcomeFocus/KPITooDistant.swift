/// A KPI measuring a node so far up the theory of change that it says little about the milestone.
struct KPITooDistant: Rule {
    static let description = RuleDescription(
        id: "kpi-too-distant",
        title: "KPI too distant from the milestone",
        summary: "A KPI measures a node more than `max_hops` links from the nearest milestone of its mission.",
        rationale: """
            Each link of a theory of change rests on assumptions; the more links between what a KPI measures \
            and the milestone, the less a good rating says about the mission. The Institute for Government \
            asks mission boards to set out theories of change for their milestones and departments to align \
            contract KPIs with mission objectives (IfG, The Role of Procurement in Delivering Mission-Led \
            Government). A KPI far upstream is a sign the contract's outcome measure is missing.
            """,
        family: .outcomeFocus,
        severity: .info,
        options: [RuleOptionSpec("max_hops", "The most links allowed between what a KPI measures and a milestone.", default: .number(3))],
        triggering: [
            // recruit → staff → capacity → faster-diagnosis → waits: four links.
            RuleExample(kpi: """
                id: recruited
                title: Radiographers recruited
                level: output
                measures: demo/recruit
                unit: count
                direction: increase
                """),
            RuleExample(
                kpi: """
                    id: staffed
                    title: Centres fully staffed
                    level: output
                    measures: demo/staff
                    unit: percent
                    direction: increase
                    """,
                files: ["missionkpi.yaml": "rules:\n  kpi-too-distant: {max_hops: 2}\n"]),
        ],
        nonTriggering: [
            RuleExample(),
            RuleExample(kpi: """
                id: staffed
                title: Centres fully staffed
                level: output
                measures: demo/staff
                unit: percent
                direction: increase
                """),
        ]
    )

    func check(_ context: RuleContext) -> [Finding] {
        let maxHops = Int(context.number("max_hops"))
        var out: [Finding] = []
        for c in context.workspace.contracts {
            for k in c.kpis {
                // A node that reaches no milestone is a validation error already.
                guard let ref = k.measures, let hops = context.graph.hopsToMilestone(ref), hops > maxHops else { continue }
                let nearest = Self.nearestMilestones(from: ref, hops: hops, graph: context.graph)
                out.append(context.finding(
                    "the KPI '\(k.id)' measures \(ref), \(hops) links from the nearest milestone "
                        + "(\(nearest.map(\.description).joined(separator: ", "))), more than \(maxHops); every link rests on "
                        + "assumptions, so a good rating this far upstream says little about the milestone",
                    at: k.locations["measures"], subject: .kpi(c.id, k.id),
                    fix: "measure a node within \(maxHops) links of a milestone (what \(ref.id) leads to), or add an "
                        + "outcome KPI beside this one; raise max_hops if the chain is deliberately long"))
            }
        }
        return out
    }

    /// The milestones exactly `hops` links downstream of `ref` (the nearest ones), sorted.
    static func nearestMilestones(from ref: OutcomeRef, hops: Int, graph: OutcomeGraph) -> [OutcomeRef] {
        var frontier: Set<OutcomeRef> = [ref]
        for _ in 0..<hops { frontier = Set(frontier.flatMap { graph.successors($0) }) }
        return frontier.filter { graph.isMilestone($0) }.sorted()
    }
}
