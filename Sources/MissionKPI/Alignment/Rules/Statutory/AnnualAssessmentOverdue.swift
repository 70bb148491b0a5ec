/// A live contract with no KPI rated in the last 12 months.
struct AnnualAssessmentOverdue: Rule {
    static let description = RuleDescription(
        id: "annual-assessment-overdue",
        title: "Annual KPI assessment overdue",
        summary: "A live contract with KPIs has no rated period in the last 12 months, so its s.71 assessment cannot have been made.",
        rationale: """
            Procurement Act 2023 s.71: an authority must assess the supplier's performance against the KPIs at least \
            once in every 12-month period of the contract and publish it in a contract performance notice (UK9, \
            Procurement Regulations 2024 reg. 39). With no rated return in 12 months there is nothing to assess.
            """,
        family: .statutory,
        severity: .error,
        options: [RuleOptionSpec("grace_days", "Days after the first 12 months before the assessment counts as overdue.", default: .number(30))],
        triggering: [RuleExample(returns: "c1,tests,2025-01,96\nc1,report-time,2025-01,4\nc1,within-6-weeks,2025-01,91")],
        nonTriggering: [
            RuleExample(),
            RuleExample(returns: "c1,tests,2025-01,96", asOf: "2025-10-15"),
        ]
    )

    func check(_ context: RuleContext) -> [Finding] {
        let grace = Int(context.number("grace_days"))
        let windowStart = context.asOf.adding(months: -12)
        return context.workspace.contracts.compactMap { c in
            guard !c.kpis.isEmpty, c.isLive(on: context.asOf),
                c.start.adding(months: 12).adding(days: grace) < context.asOf
            else { return nil }
            let last = context.assessment.lastRatedPeriodEnd(contract: c.id)
            if let last, last > windowStart { return nil }
            let since = last.map { "the last rated period ended \($0)" } ?? "no KPI has ever been rated"
            return context.finding(
                "no KPI of this live contract has a rated period in the 12 months to \(context.asOf) (\(since)); the s.71 annual assessment is overdue",
                at: c.locations["kpis"], subject: .contract(c.id),
                fix: "record the supplier's KPI returns and publish the contract performance notice (UK9)")
        }
    }
}
