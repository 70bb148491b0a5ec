/// A KPI measuring a step that is not on the path of what its contract contributes to.
struct KPIOffPath: Rule {
    static let description = RuleDescription(
        id: "kpi-off-path",
        title: "KPI measures a step off the contract's path",
        summary: "A KPI's `measures` is neither upstream nor downstream of any node the contract contributes to.",
        rationale: """
            A theory of change links activities to outcomes; a contract's KPIs should evidence the chain its \
            `contributes_to` names (IfG, The Role of Procurement in Delivering Mission-Led Government). A KPI that \
            measures an unrelated branch or mission suggests a wrong link, or a contract whose stated contribution is incomplete.
            """,
        family: .linkage,
        severity: .warning,
        triggering: [RuleExample(kpi: """
            id: discharges
            title: Discharges supported
            level: output
            measures: demo/other-branch
            unit: count
            direction: increase
            baseline: {value: 100, date: 2024-09-30}
            target: {value: 200, date: 2026-03-31}
            bands: {good: 200, approaching_target: 180, requires_improvement: 150}
            frequency: monthly
            data_source: authority
            """)],
        nonTriggering: [RuleExample()]
    )

    func check(_ context: RuleContext) -> [Finding] {
        var out: [Finding] = []
        // Many contracts contribute to the same node: its path is walked once.
        var paths: [OutcomeRef: Set<OutcomeRef>] = [:]
        for c in context.workspace.contracts where !c.contributesTo.isEmpty {
            var onPath = Set<OutcomeRef>()
            for link in c.contributesTo {
                if paths[link.node] == nil {
                    paths[link.node] = context.graph.downstream(of: link.node).union(context.graph.upstream(of: link.node))
                }
                onPath.formUnion(paths[link.node]!)
            }
            for k in c.kpis {
                guard let m = k.measures, !onPath.contains(m) else { continue }
                let links = c.contributesTo.map(\.node.description).joined(separator: ", ")
                out.append(context.finding(
                    "the KPI '\(k.id)' measures '\(m)', which is not on the theory-of-change path of what the contract contributes to (\(links))",
                    at: k.locations["measures"], subject: .kpi(c.id, k.id),
                    fix: "measure a step on the contract's path, or add the contribution to '\(m)' to 'contributes_to' if the contract really serves it"))
            }
        }
        return out
    }
}
