/// A contract with KPIs that does not mark exactly three of them as most material.
struct MostMaterialCount: Rule {
    static let description = RuleDescription(
        id: "most-material-count",
        title: "Not exactly three most-material KPIs",
        summary: "A contract with three or more KPIs does not mark exactly three of them `most_material`.",
        rationale: """
            The contract details notice (UK7) describes the three KPIs most material to the supplier's performance \
            (Procurement Act 2023 s.52 and Procurement Regulations 2024); s.71 assessments and the contract \
            performance notice (UK9) report against them. Marking more or fewer leaves the published set undefined.
            """,
        family: .statutory,
        severity: .error,
        triggering: [
            RuleExample(kpi: """
                id: extra
                title: Extra material KPI
                level: outcome
                measures: demo/waits
                unit: percent
                direction: increase
                baseline: {value: 60, date: 2024-09-30}
                target: {value: 90, date: 2028-03-31}
                bands: {good: 90, approaching_target: 85, requires_improvement: 75}
                frequency: monthly
                data_source: independent
                most_material: true
                """),
        ],
        nonTriggering: [RuleExample()]
    )

    func check(_ context: RuleContext) -> [Finding] {
        context.workspace.contracts.compactMap { c in
            let material = c.kpis.filter(\.mostMaterial)
            guard c.kpis.count >= 3, material.count != 3 else { return nil }
            let which = material.isEmpty ? "none is" : "\(material.count) are (\(material.map(\.id).joined(separator: ", ")))"
            return context.finding(
                "of the contract's \(c.kpis.count) KPIs, \(which) marked most_material; the contract details notice publishes exactly three",
                at: c.locations["kpis"], subject: .contract(c.id),
                fix: "mark exactly the three KPIs most material to performance with 'most_material: true'")
        }
    }
}
