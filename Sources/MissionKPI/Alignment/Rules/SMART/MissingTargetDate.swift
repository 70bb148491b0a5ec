/// A KPI without a target date.
struct MissingTargetDate: Rule {
    static let description = RuleDescription(
        id: "missing-target-date",
        title: "KPI target without a date",
        summary: "A KPI has no target date.",
        rationale: MissingField.rationale + " A target with no date is not time-bound, so it can never be missed.",
        family: .smart,
        severity: .warning,
        triggering: [RuleExample(kpi: MissingField.exampleKPI(without: "target") + "\ntarget: {value: 95}")],
        nonTriggering: [RuleExample()]
    )

    func check(_ context: RuleContext) -> [Finding] {
        context.workspace.contracts.flatMap { c in
            c.kpis.filter { $0.target != nil && $0.target?.date == nil }.map { k in
                context.finding(
                    "the KPI '\(k.id)' has no target date"
                        + (k.isInferred(.target) ? " (its target was inferred from the words, which give no date)" : "")
                        + "; a target with no date is not time-bound, so it can never be missed.",
                    at: k.locations["target"], subject: .kpi(c.id, k.id), fix: "add a 'date' to the target")
            }
        }
    }
}
