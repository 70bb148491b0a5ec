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
        MissingField.check(
            context, missing: { $0.target != nil && $0.target?.date == nil }, what: "target date", why: "a target with no date is not time-bound, so it can never be missed.", fix: "add a 'date' to the target", field: "target")
    }
}
