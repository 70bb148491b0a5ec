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
        // A KPI whose words name no quantity is reported by kpi-names-no-quantity, placeholder-kpi or
        // bare-topic-kpi, which say why there is no unit to give.
        MissingField.check(
            context, missing: { $0.unit == nil && KPIWords.read(title: $0.title, description: $0.description).namesQuantity },
            what: "unit", why: "without one a value cannot be read or compared with the milestone it serves.",
            fix: "add 'unit:' (percent, count, gbp, days, hours, ratio, score or other)", field: "unit", readable: true,
            hint: { k in
                KPIWords.read(title: k.title, description: k.description).unit.map {
                    "; its words say \($0.value.rawValue) (\"\($0.evidence)\")"
                }
            })
    }
}
