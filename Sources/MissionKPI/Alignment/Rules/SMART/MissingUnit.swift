/// A KPI without an unit.
struct MissingUnit: Rule {
    static let description = RuleDescription(
        id: "missing-unit",
        title: "KPI without a unit",
        summary: "A KPI has no unit.",
        rationale: MissingField.rationale + " Without one a value cannot be read or compared with the milestone it serves.",
        family: .smart,
        severity: .warning,
        triggering: [RuleExample(kpi: MissingField.exampleKPI(without: "unit"))],
        nonTriggering: [RuleExample()]
    )

    func check(_ context: RuleContext) -> [Finding] {
        MissingField.check(
            context, missing: { $0.unit == nil }, what: "unit", why: "without one a value cannot be read or compared with the milestone it serves.", fix: "add 'unit:' (percent, count, gbp, days, hours, ratio, score or other)", field: "unit")
    }
}
