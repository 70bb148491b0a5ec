/// A KPI without a target.
struct MissingTarget: Rule {
    static let description = RuleDescription(
        id: "missing-target",
        title: "KPI without a target",
        summary: "A KPI has no target.",
        rationale: MissingField.rationale + " Without one there is nothing to rate performance against.",
        family: .smart,
        severity: .warning,
        triggering: [RuleExample(kpi: MissingField.exampleKPI(without: "target"))],
        nonTriggering: [RuleExample()]
    )

    func check(_ context: RuleContext) -> [Finding] {
        MissingField.check(
            context, missing: { $0.target == nil }, what: "target", why: "without one there is nothing to rate performance against.",
            fix: "add 'target: {value: …, date: …}' saying what good looks like and by when", field: "target", readable: true,
            hint: { k in
                KPIWords.read(title: k.title, description: k.description).target.map { "; its words state \"\($0.evidence)\"" }
            })
    }
}
