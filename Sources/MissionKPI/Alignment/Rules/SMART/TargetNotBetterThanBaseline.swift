/// A target that asks for no improvement on the baseline.
struct TargetNotBetterThanBaseline: Rule {
    static let description = RuleDescription(
        id: "target-not-better-than-baseline",
        title: "Target no better than the baseline",
        summary: "A KPI's target is no better than its baseline in the KPI's direction.",
        rationale: """
            A KPI that should increase with a target at or below its baseline (or one that should decrease with a \
            target at or above it) pays for standing still or going backwards. The NAO found contract KPIs "often \
            weak" (Transforming government's contract management, 2014); this is the plainest form.
            """,
        family: .smart,
        severity: .warning,
        triggering: [RuleExample(kpi: MissingField.exampleKPI(without: "target") + "\ntarget: {value: 65, date: 2027-03-31}")],
        nonTriggering: [
            RuleExample(),
            RuleExample(kpi: MissingField.exampleKPI(without: "direction") + "\ndirection: maintain"),
        ]
    )

    func check(_ context: RuleContext) -> [Finding] {
        context.workspace.contracts.flatMap { c in
            c.kpis.compactMap { k -> Finding? in
                guard let b = k.baseline?.value, let t = k.target?.value, let direction = k.direction else { return nil }
                let worse: Bool
                switch direction {
                case .increase: worse = t <= b
                case .decrease: worse = t >= b
                case .maintain: return nil
                }
                guard worse else { return nil }
                return context.finding(
                    "the KPI '\(k.id)' should \(direction.rawValue)\(k.inferredNote(.direction)) but its target (\(fmt(t))) is no better than its baseline (\(fmt(b)))",
                    at: k.locations["target"], subject: .kpi(c.id, k.id),
                    fix: "set a target that improves on the baseline, or make the direction 'maintain' if holding the level is the aim")
            }
        }
    }
}
