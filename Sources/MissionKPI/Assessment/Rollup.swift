/// Rolls KPI evidence up each mission's theory of change, judges milestones and finds watermelons.
struct Rollup {
    var milestones: [MilestoneAssessment] = []
    var nodes: [NodeRollup] = []
    var missions: [MissionSummary] = []
    var watermelons: [Watermelon] = []

    init(workspace: Workspace, kpis: [KPIAssessment], asOf: Day) {
        let byMeasure = Dictionary(grouping: kpis.filter { $0.measures != nil }, by: { $0.measures! })
        let settings = workspace.settings.assessment
        let byKey = Dictionary(kpis.map { (ObservationSet.Key(contract: $0.contract, kpi: $0.kpi), $0) }, uniquingKeysWith: { a, _ in a })
        for mission in workspace.missions {
            let upstream = Rollup.upstream(of: mission)
            func evidence(_ id: String) -> [EvidenceItem] {
                var items: [EvidenceItem] = []
                for source in [id] + (upstream[id] ?? []).sorted() {
                    let ref = OutcomeRef(mission: mission.id, id: source)
                    for k in byMeasure[ref] ?? [] {
                        items.append(EvidenceItem(
                            contract: k.contract, kpi: k.kpi, measures: ref, rating: k.latestRating,
                            dataState: k.dataState, direct: source == id))
                    }
                }
                return items.sorted { ($0.contract, $0.kpi) < ($1.contract, $1.kpi) }
            }
            var missionMilestones: [MilestoneAssessment] = []
            var missionNodes: [NodeRollup] = []
            var missionWatermelons: [Watermelon] = []
            for m in mission.milestones.sorted(by: { $0.id < $1.id }) {
                let ref = OutcomeRef(mission: mission.id, id: m.id)
                let path = ExpectedPath(points: Assessor.milestonePathPoints(m))
                let actuals = ExpectedPath(points: m.observations.compactMap { o in o.date.map { PathPoint(date: $0, value: o.value) } })
                    .points.filter { $0.date <= asOf }
                let judge = TrajectoryJudge(
                    path: path, baseline: m.baseline?.value, target: m.target.value, targetDate: m.target.date,
                    direction: m.direction, unit: m.unit, projectionPeriods: settings.projectionPeriods,
                    tolerance: settings.atRiskTolerance)
                let assessed = MilestoneAssessment(ref: ref, path: path, trajectory: judge.judge(actuals, asOf: asOf), evidence: evidence(m.id))
                missionMilestones.append(assessed)
                missionWatermelons += Rollup.watermelons(assessed, kpis: byKey, workspace: workspace)
            }
            for node in mission.theoryOfChange.sorted(by: { $0.id < $1.id }) {
                let items = evidence(node.id)
                missionNodes.append(NodeRollup(
                    ref: OutcomeRef(mission: mission.id, id: node.id), evidence: items, covered: Rollup.isCovered(items),
                    rating: Rollup.worst(items), summary: Rollup.summary(items)))
            }
            let refs = Set(mission.milestones.map(\.id)).union(mission.theoryOfChange.map(\.id))
            let measuring = kpis.filter { k in k.measures.map { $0.mission == mission.id && refs.contains($0.id) } ?? false }
            let contributing = workspace.contracts.filter { c in c.contributesTo.contains { $0.node.mission == mission.id } }.map(\.id)
            var counts: [Rating: Int] = [:]
            for k in measuring { counts[k.latestRating, default: 0] += 1 }
            let covered = missionMilestones.filter { Rollup.isCovered($0.evidence) }.count + missionNodes.filter(\.covered).count
            missions.append(MissionSummary(
                mission: mission.id, milestones: missionMilestones, nodes: missionNodes,
                coverage: Coverage(covered: covered, total: missionMilestones.count + missionNodes.count),
                contracts: Array(Set(measuring.map(\.contract) + contributing)).sorted(), ratingCounts: counts,
                watermelons: missionWatermelons))
            milestones += missionMilestones
            nodes += missionNodes
            watermelons += missionWatermelons
        }
    }

    /// For each node or milestone id, the node ids from which it can be reached along `leads_to`.
    static func upstream(of mission: Mission) -> [String: Set<String>] {
        var parents: [String: [String]] = [:]
        for node in mission.theoryOfChange { for next in node.leadsTo { parents[next, default: []].append(node.id) } }
        var out: [String: Set<String>] = [:]
        for id in Set(mission.milestones.map(\.id)).union(mission.theoryOfChange.map(\.id)) {
            var seen = Set<String>()
            var stack = parents[id] ?? []
            while let next = stack.popLast() {
                guard next != id, seen.insert(next).inserted else { continue }
                stack += parents[next] ?? []
            }
            out[id] = seen
        }
        return out
    }

    /// Covered: at least one KPI under it is rated from a current return.
    static func isCovered(_ items: [EvidenceItem]) -> Bool {
        items.contains { $0.rating != .other && $0.dataState == .current }
    }

    /// The worst rating among rated evidence, `other` when none is rated.
    static func worst(_ items: [EvidenceItem]) -> Rating {
        items.map(\.rating).filter { $0 != .other }.max() ?? .other
    }
}
