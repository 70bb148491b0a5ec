import MissionKPI

/// The shape of one synthetic KPI: its words, its level in the results chain and the range its values take.
struct KPITemplate: Sendable {
    var slug: String
    var title: String
    var description: String
    var level: KPILevel
    var unit: Unit
    var direction: Direction
    /// Baselines are drawn from this range.
    var baseline: ClosedRange<Double>
    /// The improvement the target asks for, in the KPI's unit (applied in `direction`).
    var improvement: Double
    /// Decimal places of reported values.
    var decimals: Int

    init(
        _ slug: String, _ title: String, _ description: String, _ level: KPILevel, _ unit: Unit, _ direction: Direction,
        _ baseline: ClosedRange<Double>, _ improvement: Double, decimals: Int = 1
    ) {
        self.slug = slug
        self.title = title
        self.description = description
        self.level = level
        self.unit = unit
        self.direction = direction
        self.baseline = baseline
        self.improvement = improvement
        self.decimals = unit == .count || unit == .gbp ? 0 : decimals
    }
}

extension KPITemplate {
    /// Result KPIs any contract may carry, whatever its mission.
    static let generic: [KPITemplate] = [
        .init("service-availability", "Service available during core hours", "Share of core hours in which the contracted service was available to users.", .output, .percent, .increase, 94...98.5, 1.2),
        .init("complaints-resolved", "Complaints resolved within 10 working days", "Share of complaints closed within 10 working days of receipt.", .output, .percent, .increase, 70...88, 8),
        .init("user-satisfaction", "User satisfaction", "Mean satisfaction score (1 to 10) from the quarterly user survey.", .outcome, .score, .increase, 6.1...7.4, 0.8),
        .init("cost-per-case", "Cost per completed case", "Contract charges divided by cases completed in the period, in pounds.", .output, .gbp, .decrease, 180...640, 40),
        .init("days-to-resolve", "Average days to resolve a referral", "Mean calendar days from referral to resolution.", .output, .days, .decrease, 12...35, 4),
        .init("first-time-fix", "Issues fixed at first contact", "Share of issues resolved without a repeat visit or call.", .output, .percent, .increase, 62...81, 7),
        .init("local-spend-share", "Spend with local SMEs", "Share of subcontract spend placed with SMEs in the contract's region (social value).", .outcome, .percent, .increase, 18...32, 6),
        .init("apprenticeships", "Apprenticeship starts on the contract", "Apprentices starting on the contract in the period (social value).", .outcome, .count, .increase, 2...12, 3),
    ]

    /// Input and activity KPIs: they count effort, not results (the finding `input-activity-kpi`).
    static let effort: [KPITemplate] = [
        .init("staff-hours", "Staff hours delivered", "Hours worked by contract staff in the period.", .input, .hours, .increase, 2_000...9_000, 400, decimals: 0),
        .init("fte-in-post", "Contract staff in post", "Full-time equivalent staff employed on the contract.", .input, .count, .increase, 12...80, 4),
        .init("meetings-held", "Governance meetings held", "Contract governance meetings held in the period.", .activity, .count, .maintain, 2...4, 0),
        .init("reports-submitted", "Management information reports submitted on time", "Share of monthly reports submitted by the fifth working day.", .activity, .percent, .increase, 80...95, 5),
        .init("workshops-run", "Engagement workshops run", "Stakeholder workshops run in the period.", .activity, .count, .increase, 3...10, 2),
        .init("training-sessions", "Training sessions delivered", "Training sessions delivered to contract staff.", .activity, .count, .increase, 4...15, 3),
        .init("invoices-on-time", "Invoices submitted on time", "Share of invoices submitted within the contractual window.", .activity, .percent, .increase, 85...97, 3),
        .init("site-visits", "Site visits completed", "Supervisory site visits completed in the period.", .activity, .count, .increase, 5...20, 3),
    ]
}
