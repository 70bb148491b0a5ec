/// The verdict on one mission, aspect by aspect, from its milestones, its evidence and its contracts'
/// verdicts (see Documentation/Verdicts.md for every threshold).
struct MissionJudge {
    var mission: Mission
    var summary: MissionSummary?
    /// The verdicts of the contracts serving the mission (by KPIs or contributions).
    var contracts: [Verdict]
    /// Standing and baselined findings on the mission itself, by aspect.
    var findings: [VerdictAspect: [Finding]]
    var score: Double?
    /// The KPIs measuring the mission's nodes and milestones whose returns are due.
    var kpisDue: [KPIAssessment]
    /// The latest completed s.71 assessment of each contract that has one, and the overdue ones.
    var lastAssessed: [AnnualAssessment]
    var overdue: [AnnualAssessment]

    func verdict() -> Verdict {
        Verdict(
            subject: mission.id,
            aspects: [
                fromContracts(.alignment, lead: "Alignment score " + (score.map(fmt) ?? "—") + " of 100", short: "score " + (score.map(fmt) ?? "—")),
                performance(), data(), outcomes(), fromContracts(.management, lead: nil, short: nil),
            ])
    }

    /// Alignment and management: the contracts' levels (serious when a third have serious concerns),
    /// made worse by findings on the mission itself.
    func fromContracts(_ a: VerdictAspect, lead: String?, short: String?) -> AspectVerdict {
        let levels = contracts.compactMap { $0.aspect(a)?.level }
        let serious = contracts.filter { $0.aspect(a)?.level == .seriousConcerns }.map(\.subject)
        let some = contracts.filter { $0.aspect(a)?.level == .someConcerns }.map(\.subject)
        var level = VerdictText.aggregate(levels)
        let own = findings[a] ?? []
        if let w = VerdictText.level(own).weight, w > (level.weight ?? 0) { level = VerdictText.level(own) }
        var figure = "\(serious.count) of \(VerdictText.count(contracts.count, "contract")) with serious concerns, \(some.count) with some"
        if let lead { figure = lead + "; " + figure }
        var reasons: [String] = []
        if !serious.isEmpty { reasons.append("Serious concerns about \(a.title.lowercased()): " + serious.joined(separator: ", ") + ".") }
        if !some.isEmpty { reasons.append("Some concerns about \(a.title.lowercased()): " + some.joined(separator: ", ") + ".") }
        reasons += VerdictText.ruleReasons(own)
        return AspectVerdict(
            aspect: a, level: level, figure: figure, reasons: level == .noConcerns ? [] : reasons,
            short: short ?? "\(serious.count + some.count) of \(VerdictText.count(contracts.count, "contract")) with concerns")
    }

    /// Serious when at least half the rated KPIs measuring it are rated requires improvement or
    /// inadequate, or when at least a third of its assessed contracts' latest s.71 assessments are
    /// inadequate or overdue; some concerns when any is.
    func performance() -> AspectVerdict {
        let counts = summary?.ratingCounts ?? [:]
        let rated = Rating.allCases.filter { $0 != .other }.reduce(0) { $0 + (counts[$1] ?? 0) }
        let poor = (counts[.requiresImprovement] ?? 0) + (counts[.inadequate] ?? 0)
        let inadequate = lastAssessed.filter { $0.overall == .inadequate }
        let failing = Set(inadequate.map(\.contract)).union(overdue.map(\.contract))
        let assessed = Set(lastAssessed.map(\.contract)).union(overdue.map(\.contract))
        var figure = "\(poor) of the \(VerdictText.count(rated, "KPI")) measuring it with a rating rated requires improvement or inadequate"
        figure += "; latest s.71 assessment inadequate or overdue for \(failing.count) of \(VerdictText.count(assessed.count, "contract"))"
        guard rated > 0 || !assessed.isEmpty else {
            return AspectVerdict(
                aspect: .performance, level: kpisDue.isEmpty ? .notYetDue : .notKnown, figure: "No KPI measuring it has a rated return")
        }
        var serious: [String] = [], some: [String] = []
        let poorText = "\(poor) of \(rated) rated KPIs measuring it are rated requires improvement or inadequate"
        if rated > 0 && poor * 2 >= rated { serious.append(poorText + ": at least half.") } else if poor > 0 { some.append(poorText + ".") }
        let failingText = "Latest s.71 assessment inadequate or overdue: " + failing.sorted().joined(separator: ", ")
        if !failing.isEmpty && failing.count * 3 >= assessed.count { serious.append(failingText + ": at least a third of its contracts.") }
        else if !failing.isEmpty { some.append(failingText + ".") }
        return VerdictText.aspect(.performance, figure: figure, short: "\(poor) of \(rated) KPIs poorly rated", serious: serious, some: some)
    }

    /// Serious when fewer than half its steps and milestones have current evidence, or at least a third
    /// of the KPIs measuring it whose returns are due have none current; some concerns when any step
    /// lacks evidence or any such KPI is stale or missing.
    func data() -> AspectVerdict {
        let cov = summary?.coverage ?? Coverage(covered: 0, total: 0)
        let late = kpisDue.filter { $0.dataState != .current }
        var figure = "\(cov.covered) of \(cov.total) steps and milestones have current evidence"
        if !kpisDue.isEmpty { figure += "; \(late.count) of \(VerdictText.count(kpisDue.count, "KPI")) measuring it without current returns" }
        var serious: [String] = [], some: [String] = []
        let gaps = "\(cov.total - cov.covered) of \(cov.total) steps and milestones have no current KPI evidence"
        if cov.covered * 2 < cov.total { serious.append(gaps + ": more than half.") } else if cov.covered < cov.total { some.append(gaps + ".") }
        let lateText = "\(late.count) of \(kpisDue.count) KPIs measuring it have no current return"
        if !late.isEmpty && late.count * 3 >= kpisDue.count { serious.append(lateText + ": at least a third.") }
        else if !late.isEmpty { some.append(lateText + ".") }
        let own = (findings[.data] ?? []).filter { $0.ruleID != "coverage-gap" }
        if own.contains(where: { $0.severity == .error }) { serious += VerdictText.ruleReasons(own) } else { some += VerdictText.ruleReasons(own) }
        return VerdictText.aspect(.data, figure: figure, short: "\(cov.covered) of \(cov.total) steps with evidence", serious: serious, some: some)
    }

    /// Serious when any milestone is off track; some concerns when any is at risk or has no data, or a
    /// contract serving it is a watermelon.
    func outcomes() -> AspectVerdict {
        let milestones = summary?.milestones ?? []
        guard !milestones.isEmpty else { return AspectVerdict(aspect: .outcomes, level: .notApplicable, figure: "The mission has no milestones") }
        var figure = VerdictText.count(milestones.count, "milestone") + ": " + VerdictText.statuses(milestones.map(\.trajectory.status))
        let melons = summary?.watermelons ?? []
        if !melons.isEmpty { figure += "; " + VerdictText.count(melons.count, "watermelon") }
        var serious: [String] = [], some: [String] = []
        for ms in milestones {
            let title = mission.milestone(ms.ref.id)?.title ?? ms.ref.id
            switch ms.trajectory.status {
            case .offTrack: serious.append("Milestone '\(title)' is off track.")
            case .atRisk: some.append("Milestone '\(title)' is at risk.")
            case .noData: some.append("Milestone '\(title)' has no data to judge it by.")
            case .onTrack: break
            }
        }
        for w in melons { some.append("\(w.contract) reports its KPIs as good while \(w.milestone) is off track (a watermelon).") }
        return VerdictText.aspect(
            .outcomes, figure: figure, short: VerdictText.statuses(milestones.map(\.trajectory.status)), serious: serious, some: some)
    }
}
