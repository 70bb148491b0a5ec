import MissionKPI

/// Builds the chart specifications from the judgements and asks `Charts` / `TheoryDiagram` for SVG.
/// Each chart's ids start with a prefix unique on its page. The charts escape the text they embed.
enum ChartBridge {
    /// A milestone's planned path, actuals up to the as-of date and the least-squares projection.
    static func milestone(_ ms: Milestone, mission m: Mission, report: SiteReport) -> String {
        let assessed = report.assessment.milestone(OutcomeRef(mission: m.id, id: ms.id))
        let point = { (d: DatedValue?) -> PathPoint? in d.flatMap { v in v.date.map { PathPoint(date: $0, value: v.value) } } }
        let actuals = ms.observations.compactMap(point).filter { $0.date <= report.asOf }.sorted { $0.date < $1.date }
        // The line the TrajectoryJudge fitted, from the first actual it was fitted to, to the target date.
        var projection: [PathPoint] = []
        if let t = assessed?.trajectory, let from = t.projectedFrom, let projected = t.projectedAtTarget, let targetDate = t.targetDate {
            projection = [from, PathPoint(date: targetDate, value: projected)]
        }
        return Charts.milestone(
            MilestoneChartSpec(
                id: "chart-ms-\(ms.id)", title: report.redactor.text(ms.title), unit: ms.unit, direction: ms.direction,
                baseline: point(ms.baseline), expected: ms.trajectory.compactMap(point), target: point(ms.target), actuals: actuals,
                projection: projection, asOf: report.asOf))
    }

    /// A KPI's rated periods against its bands and target.
    static func kpi(_ k: KPI, contract c: Contract, report: SiteReport) -> String {
        let a = report.assessment.kpi(contract: c.id, kpi: k.id)
        let bands = a?.bands.map { ChartBands(good: $0.good, approaching: $0.approachingTarget, requires: $0.requiresImprovement) }
        let points = (a?.periods ?? []).map {
            KPIChartPoint(label: $0.period.text, periodEnd: $0.period.end, value: $0.value, rating: $0.rating)
        }
        return Charts.kpi(
            KPIChartSpec(
                id: "chart-\(c.id)-\(k.id)", title: report.redactor.text(k.title), unit: k.unit,
                direction: a?.bands?.direction ?? k.direction ?? .increase, bands: bands,
                target: k.target?.value, actuals: points))
    }

    /// The theory of change, each node marked by its evidence and worst rating.
    static func diagram(_ m: Mission, report: SiteReport) -> String {
        let nodes = m.theoryOfChange.map { n -> DiagramNode in
            let rollup = report.assessment.node(OutcomeRef(mission: m.id, id: n.id))
            let count = rollup?.evidence.count ?? 0
            let covered = rollup?.covered ?? false
            let evidence =
                count == 0
                ? "No evidence"
                : Words.count(count, "KPI") + " · " + (covered ? (rollup?.rating ?? .other).label : "no current returns")
            return DiagramNode(
                id: n.id, level: n.level, statement: report.redactor.text(n.statement).singleLine, leadsTo: n.leadsTo, evidence: evidence,
                rating: covered ? rollup?.rating : nil, covered: covered)
        }
        let milestones = m.milestones.map { ms in
            DiagramMilestone(
                id: ms.id, title: report.redactor.text(ms.title),
                status: (report.assessment.milestone(OutcomeRef(mission: m.id, id: ms.id))?.trajectory.status ?? .noData).label)
        }
        return TheoryDiagram.svg(
            TheoryDiagramSpec(missionID: m.id, missionTitle: report.redactor.text(m.title), nodes: nodes, milestones: milestones))
    }
}
