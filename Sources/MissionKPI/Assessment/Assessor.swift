/// Turns a workspace and its KPI returns into judgements at a given date. Pure and deterministic.
///
/// ```swift
/// let assessment = Assessor.assess(workspace, observations: tracker.observationSet(), asOf: day)
/// ```
public enum Assessor {
    /// Rates every KPI, judges every milestone, rolls evidence up the theory of change, finds
    /// watermelons, builds the annual (s.71) assessments and sets each published (UK9) assessment
    /// beside the rating the returns give, all as at `asOf`.
    public static func assess(
        _ workspace: Workspace, observations: ObservationSet, published: [PublishedAssessment] = [], asOf: Day
    ) -> Assessment {
        let settings = workspace.settings.assessment
        // Contracts are judged independently, on every core; results keep the workspace's order.
        let perContract = Parallel.map(workspace.contracts) { contract in
            var kpis = contract.kpis.map { assessKPI($0, of: contract, observations: observations, settings: settings, asOf: asOf) }
            if !kpis.isSorted(by: { $0.kpi < $1.kpi }) { kpis.sort { $0.kpi < $1.kpi } }
            return (kpis: kpis, annual: AnnualAssessor.assess(contract, observations: observations, asOf: asOf))
        }
        // Concatenated by contract id, the lists come out in the order `Assessment` keeps (no re-sort there).
        let ids = workspace.contracts.map(\.id)
        let order = ids.indices.sorted { ids[$0] < ids[$1] }
        var kpis: [KPIAssessment] = [], annual: [AnnualAssessment] = []
        kpis.reserveCapacity(perContract.reduce(0) { $0 + $1.kpis.count })
        for i in order {
            kpis += perContract[i].kpis
            annual += perContract[i].annual
        }
        let rollup = Rollup(workspace: workspace, kpis: kpis, asOf: asOf)
        return Assessment(
            asOf: asOf, kpis: kpis, milestones: rollup.milestones, nodes: rollup.nodes, missions: rollup.missions,
            annual: annual, watermelons: rollup.watermelons,
            published: PublishedComparer.compare(published, workspace: workspace, observations: observations, asOf: asOf))
    }

    /// One KPI: its rated periods up to `asOf`, data state and trajectory.
    static func assessKPI(
        _ kpi: KPI, of contract: Contract, observations: ObservationSet, settings: AssessmentSettings, asOf: Day
    ) -> KPIAssessment {
        let bands = KPIRating.bands(for: kpi)
        // By index throughout: each observation is copied once, into its rated period.
        let current = observations.current(contract: contract.id, kpi: kpi.id)
        let superseded = observations.superseded(contract: contract.id, kpi: kpi.id)
        var correctionCount: [String: Int] = [:]
        for i in superseded.indices { correctionCount[superseded[i].period.text, default: 0] += 1 }
        var periods: [RatedPeriod] = []
        periods.reserveCapacity(current.count)
        var newestIndex: Int?  // the first period with the latest end
        for i in current.indices where current[i].period.end <= asOf {
            let value = current[i].value
            periods.append(RatedPeriod(
                period: current[i].period, value: value, rating: bands?.rate(value) ?? .other, observation: current[i],
                corrections: correctionCount.isEmpty ? 0 : correctionCount[current[i].period.text] ?? 0))
            if newestIndex.map({ periods[$0].period.end < current[i].period.end }) ?? true { newestIndex = periods.count - 1 }
        }
        let newest = newestIndex.map { periods[$0] }
        let months = KPIRating.periodMonths(kpi, newest: newest?.period)
        let state = KPIRating.dataState(newestEnd: newest?.period.end, months: months, contract: contract, asOf: asOf)
        let path = ExpectedPath(points: kpiPathPoints(kpi, contract))
        let judge = TrajectoryJudge(
            path: path, baseline: kpi.baseline?.value, target: kpi.target?.value,
            targetDate: kpi.target.map { $0.date ?? contract.end }, direction: kpi.direction, unit: kpi.unit,
            projectionPeriods: settings.projectionPeriods, tolerance: settings.atRiskTolerance)
        var actuals = periods.indices.map { PathPoint(date: periods[$0].period.end, value: periods[$0].value) }
        if !actuals.isSorted(by: { $0.date < $1.date }) { actuals.sort { $0.date < $1.date } }
        return KPIAssessment(
            contract: contract.id, kpi: kpi.id, measures: kpi.measures, mostMaterial: kpi.mostMaterial, bands: bands,
            periods: periods, latest: newest, dataState: state,
            returnsDue: KPIRating.returnsDue(contract: contract, months: months, asOf: asOf),
            trajectory: judge.judge(actuals, asOf: asOf))
    }

    /// Baseline (dated, or at the contract's start) and target (dated, or at the contract's end).
    static func kpiPathPoints(_ kpi: KPI, _ contract: Contract) -> [PathPoint] {
        var points: [PathPoint] = []
        if let b = kpi.baseline { points.append(PathPoint(date: b.date ?? contract.start, value: b.value)) }
        if let t = kpi.target { points.append(PathPoint(date: t.date ?? contract.end, value: t.value)) }
        return points
    }

    /// Baseline, trajectory points and target of a milestone (undated points are left out).
    static func milestonePathPoints(_ m: Milestone) -> [PathPoint] {
        var points: [PathPoint] = []
        if let b = m.baseline, let d = b.date { points.append(PathPoint(date: d, value: b.value)) }
        for p in m.trajectory { if let d = p.date { points.append(PathPoint(date: d, value: p.value)) } }
        if let d = m.target.date { points.append(PathPoint(date: d, value: m.target.value)) }
        return points
    }
}
