/// A KPI's target lowered (for a KPI that should increase) or raised (for one that should decrease), or removed.
struct TargetWeakened: Rule {
    static let description = RuleDescription(
        id: "target-weakened",
        title: "Target weakened",
        summary:
            "Since the earlier revision, a KPI's target asks for less: lowered for a KPI that should increase, raised for one that should decrease, or removed.",
        rationale: """
            A target quietly lowered after award makes a failing contract look like a good one, and a board that \
            reviews the ratings every few months cannot see it happen. The Procurement Act 2023 s.52 requires the \
            KPIs to be set and published before the contract is entered into, and s.71 assessments are made \
            against them; moving them is a decision to record and approve, not an edit. Accept a change the board \
            agreed with a waiver of this rule on the KPI (reason, approver, expiry).
            """,
        family: .changes,
        severity: .error,
        triggering: [
            RuleExample(
                before: .init(kpi: ChangeMatch.exampleKPI()),
                kpi: ChangeMatch.exampleKPI(["target": "{value: 80, date: 2027-03-31}"])),
            RuleExample(
                before: .init(kpi: ChangeMatch.exampleKPI(["direction": "decrease", "baseline": nil, "bands": nil])),
                kpi: ChangeMatch.exampleKPI([
                    "direction": "decrease", "baseline": nil, "bands": nil, "target": "{value: 95, date: 2027-03-31}",
                ])),
        ],
        nonTriggering: [
            RuleExample(before: .init(kpi: ChangeMatch.exampleKPI()), kpi: ChangeMatch.exampleKPI()),
            RuleExample(
                before: .init(kpi: ChangeMatch.exampleKPI()),
                kpi: ChangeMatch.exampleKPI(["target": "{value: 95, date: 2027-03-31}"])),
        ]
    )

    func check(_ context: RuleContext) -> [Finding] {
        ChangeMatch.kpis(context).compactMap { c, k, before -> Finding? in
            guard let was = before.target, ChangeMatch.comparable(k, before) else { return nil }
            let direction: Direction? = k.direction
            let unit = k.unit ?? before.unit
            guard let now = k.target else {
                return context.finding(
                    "the target of the KPI '\(k.id)' (\(ChangeMatch.value(was.value, unit))\(was.date.map { " by \($0)" } ?? "")) was removed since the earlier revision",
                    at: k.locations["id"], subject: .kpi(c.id, k.id),
                    fix: "restore the target, or record the board's decision with a waiver of 'target-weakened' on the KPI")
            }
            guard ChangeMatch.isEasier(now.value, than: was.value, direction: direction) == true else { return nil }
            let verb = direction == .decrease ? "raised" : "lowered"
            return context.finding(
                "the target of the KPI '\(k.id)', which should \(direction?.rawValue ?? "increase"), was \(verb) from \(ChangeMatch.value(was.value, unit)) to \(ChangeMatch.value(now.value, unit)) since the earlier revision",
                at: now.locations["value"], subject: .kpi(c.id, k.id),
                fix:
                    "restore the target of \(ChangeMatch.value(was.value, unit)), or record the board's decision with a waiver of 'target-weakened' on the KPI (reason, approver, expiry)"
            )
        }
    }
}
