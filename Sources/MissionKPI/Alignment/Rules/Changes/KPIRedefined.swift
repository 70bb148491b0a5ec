/// A KPI kept its id but changed its unit or direction: its numbers no longer compare with the earlier revision's.
struct KPIRedefined: Rule {
    static let description = RuleDescription(
        id: "kpi-redefined",
        title: "KPI redefined",
        summary: "Since the earlier revision, a KPI kept its id but changed its unit or the direction that counts as better.",
        rationale: """
            A KPI whose unit or direction changes is a different KPI under the same name: its earlier returns, \
            ratings and s.71 assessments no longer compare, and its targets cannot be judged against the old \
            ones (so the other changes rules stay silent on it). Replacing a published KPI is a change to the \
            contract's terms (Procurement Act 2023 s.52): give the new measure a new id so both histories stay \
            readable, or record the decision with a waiver of this rule.
            """,
        family: .changes,
        severity: .warning,
        triggering: [
            RuleExample(
                before: .init(kpi: ChangeMatch.exampleKPI()),
                kpi: ChangeMatch.exampleKPI([
                    "unit": "count", "baseline": "{value: 600, date: 2024-09-30}", "target": "{value: 900, date: 2027-03-31}", "bands": nil,
                ]))
        ],
        nonTriggering: [
            RuleExample(before: .init(kpi: ChangeMatch.exampleKPI()), kpi: ChangeMatch.exampleKPI()),
            RuleExample(before: .init(kpi: ChangeMatch.exampleKPI(["unit": nil])), kpi: ChangeMatch.exampleKPI()),
        ]
    )

    func check(_ context: RuleContext) -> [Finding] {
        ChangeMatch.kpis(context).compactMap { c, k, before -> Finding? in
            let direction: Direction? = k.direction
            var parts: [String] = []
            var field = "direction"
            if let d = direction, let b = before.direction, d != b { parts.append("its direction from \(b.rawValue) to \(d.rawValue)") }
            if let u = k.unit, let b = before.unit, u != b {
                if parts.isEmpty { field = "unit" }
                parts.append("its unit from \(b.rawValue) to \(u.rawValue)")
            }
            guard !parts.isEmpty else { return nil }
            return context.finding(
                "the KPI '\(k.id)' changed \(parts.joined(separator: " and ")) since the earlier revision: it now measures something else under the same id",
                at: k.locations[field], subject: .kpi(c.id, k.id),
                fix:
                    "give the new measure a new id (and keep or retire the old KPI openly), or record the decision with a waiver of 'kpi-redefined' on the KPI"
            )
        }
    }
}
