/// A KPI without a reporting frequency.
struct MissingFrequency: Rule {
    static let description = RuleDescription(
        id: "missing-frequency",
        title: "KPI without a reporting frequency",
        summary: "A KPI has no reporting frequency.",
        rationale: MissingField.rationale + " Without one returns cannot be checked for staleness or fitted to periods.",
        family: .smart,
        severity: .warning,
        triggering: [RuleExample(kpi: MissingField.exampleKPI(without: "frequency"))],
        nonTriggering: [RuleExample()]
    )

    func check(_ context: RuleContext) -> [Finding] {
        MissingField.check(
            context, missing: { $0.frequency == nil }, what: "reporting frequency", why: "without one returns cannot be checked for staleness or fitted to periods.", fix: "add 'frequency:' (monthly, quarterly or annually)", field: "frequency")
    }
}
