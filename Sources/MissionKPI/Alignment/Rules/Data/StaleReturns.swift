/// A KPI of a live contract whose returns have stopped, or never started.
struct StaleReturns: Rule {
    static let description = RuleDescription(
        id: "stale-returns",
        title: "Stale KPI returns",
        summary: "A KPI of a live contract has had no return for two reporting periods, or none at all.",
        rationale: """
            Performance against the KPIs must be assessed at least once in every 12 months and published \
            (Procurement Act 2023 s.71; Procurement Regulations 2024 reg. 39); an assessment resting on old \
            returns, or none, is a guess. The NAO found that contract managers often lacked the information \
            to manage performance (NAO, Transforming government's contract management, 2014). Missing data \
            is its own state, never a zero: the KPI is flagged, not rated.
            """,
        family: .data,
        severity: .warning,
        triggering: [
            // The base returns stop at 2026-10: by mid-February two monthly returns are overdue after a month's grace.
            RuleExample(asOf: "2027-02-15"),
            // A monthly KPI with no returns at all, on a contract running since 2024-10-01.
            RuleExample(kpi: """
                id: unreported
                title: Patients told their result within 2 days
                level: outcome
                measures: demo/faster-diagnosis
                unit: percent
                direction: increase
                frequency: monthly
                """),
        ],
        nonTriggering: [
            RuleExample(),
            // Only the grace period has passed since the last return.
            RuleExample(asOf: "2027-01-15"),
            // The contract ended on 2029-03-31: returns are no longer expected.
            RuleExample(asOf: "2030-01-15"),
            // An annual KPI: three years have not yet passed since the start.
            RuleExample(kpi: """
                id: yearly
                title: Patient satisfaction survey score
                level: outcome
                measures: demo/faster-diagnosis
                unit: score
                direction: increase
                frequency: annually
                """),
        ]
    )

    func check(_ context: RuleContext) -> [Finding] {
        var out: [Finding] = []
        for c in context.workspace.contracts where c.isLive(on: context.asOf) {
            for k in c.kpis {
                guard let i = context.assessment.kpiPosition(contract: c.id, kpi: k.id) else { continue }
                if case .current = context.assessment.kpis[i].dataState { continue }
                let a = context.assessment.kpis[i]
                let months = KPIRating.periodMonths(k, newest: a.latest?.period)
                let every = Self.cadence(months) + (k.frequency == nil ? " (assumed: no frequency is given)" : "")
                let message: String
                switch a.dataState {
                case .current:
                    continue
                case .stale(let lastEnd):
                    let last = a.latest.map { "the one for \($0.period.text) (ending \(lastEnd))" } ?? "the period ending \(lastEnd)"
                    let rating = a.latestRating.lowercasedLabel
                    message = "the KPI '\(k.id)' has had no return since \(last): reporting \(every), at least two "
                        + "returns are overdue beyond a period's grace, so its latest rating (\(rating)) is out of date"
                case .missing:
                    // As for a stale KPI: two periods missed after one of grace, counted from the start.
                    guard c.start.adding(months: 3 * months) <= context.asOf else { continue }
                    message = "the KPI '\(k.id)' has no returns at all since the contract started on \(c.start): "
                        + "reporting \(every), at least three periods have ended with none, so it cannot be rated"
                }
                out.append(context.finding(
                    message, at: k.locations["frequency"], subject: .kpi(c.id, k.id),
                    fix: "obtain the overdue returns from \(c.supplier.name) and record them in the tracker, or agree a "
                        + "new reporting frequency and change the KPI"))
            }
        }
        return out
    }

    /// "monthly", "quarterly", "annually" or "every N months".
    static func cadence(_ months: Int) -> String {
        switch months {
        case 1: "monthly"
        case 3: "quarterly"
        case 12: "annually"
        default: "every \(months) months"
        }
    }
}
