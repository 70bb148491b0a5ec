/// Rating bands that do not agree with the KPI's target.
struct BandsInconsistentWithTarget: Rule {
    static let description = RuleDescription(
        id: "bands-inconsistent-with-target",
        title: "Bands inconsistent with the target",
        summary: "A KPI's `good` band edge differs from its target by more than the tolerance.",
        rationale: """
            Reg. 39(5) of the Procurement Regulations 2024 rates performance as Good when it meets or exceeds the \
            target. A `good` edge looser than the target rates a missed target as Good (a watermelon in the making); \
            a stricter one rates a met target as below it.
            """,
        family: .smart,
        severity: .warning,
        options: [RuleOptionSpec("tolerance", "Allowed gap between the good edge and the target, as a share of the target.", default: .number(0.05))],
        triggering: [RuleExample(kpi: MissingField.exampleKPI(without: "bands") + "\nbands: {good: 80, approaching_target: 70, requires_improvement: 60}")],
        nonTriggering: [RuleExample(), RuleExample(kpi: MissingField.exampleKPI(without: "bands"))]
    )

    func check(_ context: RuleContext) -> [Finding] {
        let tolerance = context.number("tolerance")
        return context.workspace.contracts.flatMap { c in
            c.kpis.compactMap { k -> Finding? in
                guard let bands = k.bands, let t = k.target?.value else { return nil }
                let gap = bands.good - t
                guard abs(gap) > tolerance * max(abs(t), 1e-9) else { return nil }
                let looser = k.direction == .decrease ? gap > 0 : gap < 0
                let effect = looser
                    ? "a value that misses the target by up to \(fmt(abs(gap))) is still rated good"
                    : "a value that meets the target is not rated good"
                return context.finding(
                    "the KPI '\(k.id)' has its good band at \(fmt(bands.good)) but its target at \(fmt(t))\(k.inferredNote(.target)): \(effect)",
                    at: bands.locations["good"], subject: .kpi(c.id, k.id),
                    fix: "set the good band edge to the target (\(fmt(t))), or change the target to what the contract really rewards")
            }
        }
    }
}
