/// A KPI without a rating bands.
struct MissingBands: Rule {
    static let description = RuleDescription(
        id: "missing-bands",
        title: "KPI without rating bands",
        summary: "A KPI has no rating bands.",
        rationale: MissingField.rationale + " The reg. 39(5) rating then rests on default bands nobody agreed with the supplier.",
        family: .smart,
        severity: .warning,
        triggering: [RuleExample(kpi: MissingField.exampleKPI(without: "bands"))],
        nonTriggering: [RuleExample()]
    )

    func check(_ context: RuleContext) -> [Finding] {
        MissingField.check(
            context, missing: { $0.bands == nil }, what: "rating bands", why: "the reg. 39(5) rating then rests on default bands nobody agreed with the supplier.", fix: "add 'bands: {good: …, approaching_target: …, requires_improvement: …}' agreed in the contract", field: "bands")
    }
}
