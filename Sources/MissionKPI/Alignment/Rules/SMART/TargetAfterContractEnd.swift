/// A KPI target dated after the contract ends.
struct TargetAfterContractEnd: Rule {
    static let description = RuleDescription(
        id: "target-after-contract-end",
        title: "Target date after the contract ends",
        summary: "A KPI's target date falls after the end of its contract.",
        rationale: """
            A target the supplier only has to meet after the contract has ended cannot be enforced or assessed under \
            it (Procurement Act 2023 s.71 assesses performance during the contract and on termination).
            """,
        family: .smart,
        severity: .warning,
        triggering: [RuleExample(kpi: MissingField.exampleKPI(without: "target") + "\ntarget: {value: 95, date: 2030-03-31}")],
        nonTriggering: [RuleExample()]
    )

    func check(_ context: RuleContext) -> [Finding] {
        context.workspace.contracts.flatMap { c in
            c.kpis.compactMap { k -> Finding? in
                guard let d = k.target?.date, d > c.end else { return nil }
                return context.finding(
                    "the KPI '\(k.id)' has its target date \(d)\(k.inferredNote(.target)) after the contract ends (\(c.end))",
                    at: k.target!.locations["date"], subject: .kpi(c.id, k.id),
                    fix: "bring the target date within the contract period, with interim targets if the outcome takes longer")
            }
        }
    }
}
