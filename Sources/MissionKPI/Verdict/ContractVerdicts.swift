/// The verdict on one contract, aspect by aspect (see Documentation/Verdicts.md for every threshold).
struct ContractJudge {
    var contract: Contract
    var kpis: [KPIAssessment]
    var annual: [AnnualAssessment]
    /// Standing and baselined findings on the contract and its KPIs (not waived ones), by aspect.
    var findings: [VerdictAspect: [Finding]]
    var score: Double?
    /// The milestones the contract serves (through its KPIs or its contributions), with their status.
    var served: [(ref: OutcomeRef, status: TrackStatus, title: String)]
    /// The off-track milestones under which every rated KPI of the contract is good.
    var watermelons: [OutcomeRef]

    func verdict() -> Verdict {
        Verdict(subject: contract.id, aspects: [alignment(), performance(), data(), outcomes(), management()])
    }

    /// Serious for an error-severity finding on how the KPIs were chosen, some concerns for a warning.
    func alignment() -> AspectVerdict {
        let found = findings[.alignment] ?? []
        let figure = "Alignment score " + (score.map(fmt) ?? "—") + " of 100: "
            + (found.isEmpty ? "no finding on how the KPIs were chosen" : VerdictText.severities(found) + " on how the KPIs were chosen")
        return AspectVerdict(
            aspect: .alignment, level: VerdictText.level(found), figure: figure, reasons: VerdictText.ruleReasons(found),
            short: "score " + (score.map(fmt) ?? "—"))
    }

    /// Serious when the latest completed s.71 assessment is inadequate, an assessment is overdue, a
    /// most-material KPI is rated inadequate, or at least half the rated KPIs are rated requires
    /// improvement or inadequate; some concerns when any rated KPI or the latest assessment is below
    /// approaching target.
    func performance() -> AspectVerdict {
        let rated = kpis.filter { $0.latestRating != .other }
        let poor = rated.filter { $0.latestRating == .requiresImprovement || $0.latestRating == .inadequate }
        let lastAssessed = annual.last { $0.isComplete }
        var figure = "\(poor.count) of the \(VerdictText.count(rated.count, "KPI")) with a rating rated requires improvement or inadequate"
        if let a = lastAssessed { figure += "; s.71 assessment of year \(a.year) (to \(a.end)): \(a.overall.lowercasedLabel)" }
        if kpis.isEmpty { return AspectVerdict(aspect: .performance, level: .notKnown, figure: "The contract has no KPIs to rate") }
        if rated.isEmpty && lastAssessed == nil {
            let due = kpis.contains { $0.returnsDue }
            return AspectVerdict(
                aspect: .performance, level: due ? .notKnown : .notYetDue,
                figure: due ? "No KPI has a rated return, though returns are due" : "No return is due yet")
        }
        var serious: [String] = [], some: [String] = []
        if let a = lastAssessed, a.overall == .inadequate {
            serious.append("The s.71 assessment of year \(a.year) (\(a.start) to \(a.end)) rated the contract inadequate.")
        } else if let a = lastAssessed, a.overall == .requiresImprovement {
            some.append("The s.71 assessment of year \(a.year) (\(a.start) to \(a.end)) rated the contract requires improvement.")
        }
        for a in annual where a.isOverdue {
            serious.append("The s.71 assessment of year \(a.year) was due by \(a.due) and has not been made.")
        }
        for k in rated where k.mostMaterial && k.latestRating == .inadequate {
            serious.append("Most-material KPI \(VerdictText.kpi(k, contract)) is rated inadequate (\(k.latest?.period.text ?? "latest")).")
        }
        if !rated.isEmpty && poor.count * 2 >= rated.count {
            serious.append("\(poor.count) of \(rated.count) rated KPIs are rated requires improvement or inadequate: at least half.")
        }
        for k in poor where !(k.mostMaterial && k.latestRating == .inadequate) {
            some.append("KPI \(VerdictText.kpi(k, contract)) is rated \(k.latestRating.lowercasedLabel) (\(k.latest?.period.text ?? "latest")).")
        }
        return VerdictText.aspect(
            .performance, figure: figure, short: "\(poor.count) of \(rated.count) KPIs poorly rated", serious: serious, some: some)
    }

    /// Serious when more than half the KPIs whose returns are due have none current, or for an error on
    /// the data; some concerns when any is stale or missing, or for a warning (supplier-only data).
    func data() -> AspectVerdict {
        let due = kpis.filter(\.returnsDue)
        let found = findings[.data] ?? []
        guard !due.isEmpty || !found.isEmpty else {
            return AspectVerdict(aspect: .data, level: .notYetDue, figure: kpis.isEmpty ? "No KPIs to report on" : "No return is due yet")
        }
        var serious: [String] = [], some: [String] = []
        let late = due.filter { $0.dataState != .current }
        for k in late {
            switch k.dataState {
            case .stale(let end): some.append("KPI \(VerdictText.kpi(k, contract)): no return since the period ending \(end).")
            case .missing: some.append("KPI \(VerdictText.kpi(k, contract)): no return at all.")
            case .current: break
            }
        }
        if late.count * 2 > due.count { serious.append("\(late.count) of \(due.count) KPIs with returns due have no current return: more than half.") }
        let byLevel = VerdictText.ruleReasons(found.filter { $0.ruleID != "stale-returns" })
        if found.contains(where: { $0.severity == .error }) { serious += byLevel } else { some += byLevel }
        var figure = "\(due.count - late.count) of \(VerdictText.count(due.count, "KPI")) with returns due have current returns"
        let supplierOnly = found.filter { $0.ruleID == "supplier-only-data" }.count
        if supplierOnly > 0 { figure += "; \(supplierOnly) reported by the supplier alone" }
        return VerdictText.aspect(
            .data, figure: figure, short: "\(due.count - late.count) of \(due.count) KPIs current", serious: serious, some: some)
    }

    /// Serious for a watermelon (every rated KPI good while a milestone it serves is off track); some
    /// concerns when a milestone it serves is off track or at risk; not known when none has data.
    func outcomes() -> AspectVerdict {
        guard !served.isEmpty else {
            return AspectVerdict(aspect: .outcomes, level: .notApplicable, figure: "Serves no mission milestone")
        }
        let figure = "Serves " + VerdictText.count(served.count, "milestone") + ": " + VerdictText.statuses(served.map(\.status))
        var serious: [String] = [], some: [String] = []
        for w in watermelons {
            serious.append("Its KPIs are all rated good while milestone \(w) is off track (a watermelon): they miss what matters.")
        }
        for s in served where s.status == .offTrack || s.status == .atRisk {
            some.append("Milestone '\(s.title)' (\(s.ref)) is \(s.status.lowercasedLabel).")
        }
        if serious.isEmpty && some.isEmpty && served.allSatisfy({ $0.status == .noData }) {
            return AspectVerdict(
                aspect: .outcomes, level: .notKnown, figure: figure, reasons: ["No milestone it serves has data to judge it by."])
        }
        return VerdictText.aspect(
            .outcomes, figure: figure, short: VerdictText.statuses(served.map(\.status)), serious: serious, some: some)
    }

    /// Serious for an error-severity ownership finding (no manager or owner), some concerns for a warning.
    func management() -> AspectVerdict {
        let found = findings[.management] ?? []
        let figure = found.isEmpty ? "No finding on who manages and owns it" : VerdictText.severities(found) + " on who manages and owns it"
        return AspectVerdict(
            aspect: .management, level: VerdictText.level(found), figure: figure, reasons: VerdictText.ruleReasons(found),
            short: found.isEmpty ? "no findings" : VerdictText.severities(found))
    }
}
