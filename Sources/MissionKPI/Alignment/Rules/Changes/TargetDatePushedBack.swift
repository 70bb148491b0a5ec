/// A KPI's target date moved later, or removed.
struct TargetDatePushedBack: Rule {
    static let description = RuleDescription(
        id: "target-date-pushed-back",
        title: "Target date pushed back",
        summary: "Since the earlier revision, a KPI's target date moved later or was removed.",
        rationale: """
            A KPI is time-bound: it says by when the result is due. Pushing the date back turns a missed \
            target into one "not yet due", and the s.71 annual assessment then rates the contract against a \
            promise that keeps receding. The NAO found contract KPIs "often weak" (Transforming government's \
            contract management, 2014); a date moved without a record is the quietest way to weaken one.
            """,
        family: .changes,
        severity: .error,
        triggering: [
            RuleExample(
                before: .init(kpi: ChangeMatch.exampleKPI()),
                kpi: ChangeMatch.exampleKPI(["target": "{value: 90, date: 2028-03-31}"])),
            RuleExample(
                before: .init(kpi: ChangeMatch.exampleKPI()),
                kpi: ChangeMatch.exampleKPI(["target": "{value: 90}"])),
        ],
        nonTriggering: [
            RuleExample(before: .init(kpi: ChangeMatch.exampleKPI()), kpi: ChangeMatch.exampleKPI()),
            RuleExample(
                before: .init(kpi: ChangeMatch.exampleKPI()),
                kpi: ChangeMatch.exampleKPI(["target": "{value: 90, date: 2026-09-30}"])),
        ]
    )

    func check(_ context: RuleContext) -> [Finding] {
        ChangeMatch.kpis(context).compactMap { c, k, before -> Finding? in
            guard let was = before.target?.date, let now = k.target else { return nil }
            guard let date = now.date else {
                return context.finding(
                    "the target of the KPI '\(k.id)' no longer has a date (it was due by \(was)); it can now never be late",
                    at: now.locations.location, subject: .kpi(c.id, k.id),
                    fix:
                        "restore the target date \(was), or record the board's decision with a waiver of 'target-date-pushed-back' on the KPI"
                )
            }
            guard date > was else { return nil }
            return context.finding(
                "the target date of the KPI '\(k.id)' was pushed back from \(was) to \(date) (\(Self.span(was, date)) later) since the earlier revision",
                at: now.locations["date"], subject: .kpi(c.id, k.id),
                fix:
                    "restore the target date \(was), or record the board's decision with a waiver of 'target-date-pushed-back' on the KPI (reason, approver, expiry)"
            )
        }
    }

    /// `6 months`, `1 year`, `45 days`: how far a date moved (whole months; a month end to a month end counts whole).
    static func span(_ from: Day, _ to: Day) -> String {
        let toMonthEnd = to.day == Day.daysIn(month: to.month, year: to.year)
        let months = (to.year - from.year) * 12 + (to.month - from.month) - (to.day < from.day && !toMonthEnd ? 1 : 0)
        if months >= 12, months % 12 == 0 { return months == 12 ? "1 year" : "\(months / 12) years" }
        if months >= 1 { return months == 1 ? "1 month" : "\(months) months" }
        let days = from.days(to: to)
        return days == 1 ? "1 day" : "\(days) days"
    }
}
