/// A KPI's baseline value or date changed, or the baseline was removed.
struct BaselineChanged: Rule {
    static let description = RuleDescription(
        id: "baseline-changed",
        title: "Baseline changed",
        summary: "Since the earlier revision, a KPI's baseline value or date changed, or the baseline was removed.",
        rationale: """
            Progress is measured from the baseline. Restating it after award changes how much improvement the \
            contract appears to deliver: a lower baseline for a KPI that should increase makes the same result \
            look like more progress. A baseline is sometimes corrected for good reason (a data error found), so \
            this is a warning: say why in the commit, and record an agreed restatement with a waiver.
            """,
        family: .changes,
        severity: .warning,
        triggering: [
            RuleExample(
                before: .init(kpi: ChangeMatch.exampleKPI()),
                kpi: ChangeMatch.exampleKPI(["baseline": "{value: 55, date: 2024-09-30}"])),
            RuleExample(before: .init(kpi: ChangeMatch.exampleKPI()), kpi: ChangeMatch.exampleKPI(["baseline": nil])),
        ],
        nonTriggering: [
            RuleExample(before: .init(kpi: ChangeMatch.exampleKPI()), kpi: ChangeMatch.exampleKPI()),
            RuleExample(
                before: .init(kpi: ChangeMatch.exampleKPI(["baseline": nil])),
                kpi: ChangeMatch.exampleKPI()),
        ]
    )

    func check(_ context: RuleContext) -> [Finding] {
        ChangeMatch.kpis(context).compactMap { c, k, before -> Finding? in
            guard let was = before.baseline, ChangeMatch.comparable(k, before) else { return nil }
            let unit = k.unit ?? before.unit
            let fix = "keep the earlier baseline, or explain the restatement and record it with a waiver of 'baseline-changed' on the KPI"
            guard let now = k.baseline else {
                return context.finding(
                    "the baseline of the KPI '\(k.id)' (\(ChangeMatch.value(was.value, unit))\(was.date.map { " at \($0)" } ?? "")) was removed since the earlier revision; progress can no longer be measured from it",
                    at: k.locations["id"], subject: .kpi(c.id, k.id), fix: fix)
            }
            guard now.value != was.value || now.date != was.date else { return nil }
            var parts: [String] = []
            if now.value != was.value {
                var part = "value \(ChangeMatch.value(was.value, unit)) → \(ChangeMatch.value(now.value, unit))"
                let direction: Direction? = k.direction
                if ChangeMatch.isEasier(now.value, than: was.value, direction: direction) == true {
                    part += " (which makes the same result look like more progress)"
                }
                parts.append(part)
            }
            if now.date != was.date { parts.append("date \(was.date?.description ?? "none") → \(now.date?.description ?? "none")") }
            return context.finding(
                "the baseline of the KPI '\(k.id)' was restated since the earlier revision: \(parts.joined(separator: ", "))",
                at: now.locations[now.value != was.value ? "value" : "date"], subject: .kpi(c.id, k.id), fix: fix)
        }
    }
}
