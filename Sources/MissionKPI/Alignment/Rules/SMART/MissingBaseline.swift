/// A KPI without a baseline.
struct MissingBaseline: Rule {
    static let description = RuleDescription(
        id: "missing-baseline",
        title: "KPI without a baseline",
        summary: "A KPI has no baseline.",
        rationale: MissingField.rationale + " Without a starting point nobody can tell whether the contract improved anything.",
        family: .smart,
        severity: .warning,
        triggering: [RuleExample(kpi: MissingField.exampleKPI(without: "baseline"))],
        nonTriggering: [RuleExample()]
    )

    func check(_ context: RuleContext) -> [Finding] {
        MissingField.check(
            context, missing: { $0.baseline == nil }, what: "baseline", why: "without a starting point nobody can tell whether the contract improved anything.", fix: "add 'baseline: {value: …, date: …}' with the value before the contract started", field: "baseline")
    }
}
