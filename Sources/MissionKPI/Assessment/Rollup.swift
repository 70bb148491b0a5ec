/// Rolls KPI evidence up each mission's theory of change, judges milestones and finds watermelons.
struct Rollup {
    var milestones: [MilestoneAssessment] = []
    var nodes: [NodeRollup] = []
    var missions: [MissionSummary] = []
    var watermelons: [Watermelon] = []

    init(workspace: Workspace, kpis: [KPIAssessment], asOf: Day) {
        // KPIs are handled by index (an assessment is large to copy); `rank` orders them by contract and
        // KPI id, equal keys sharing a rank, so a stable sort by rank is a stable sort by (contract, KPI).
        var byMeasure: [OutcomeRef: [Int]] = [:]
        for i in kpis.indices { if let ref = kpis[i].measures { byMeasure[ref, default: []].append(i) } }
        let rank = Rollup.ranks(kpis)
        let settings = workspace.settings.assessment
        var byKey: [ObservationSet.Key: Int] = [:]
        for i in kpis.indices.reversed() { byKey[ObservationSet.Key(contract: kpis[i].contract, kpi: kpis[i].kpi)] = i }  // the first wins
        for mission in workspace.missions {
            let upstream = Rollup.upstream(of: mission)
            func evidence(_ id: String) -> [EvidenceItem] {
                var items: [(rank: Int, item: EvidenceItem)] = []
                for source in [id] + (upstream[id] ?? []).sorted() {
                    let ref = OutcomeRef(mission: mission.id, id: source)
                    for i in byMeasure[ref] ?? [] {
                        items.append((rank[i], EvidenceItem(
                            contract: kpis[i].contract, kpi: kpis[i].kpi, measures: ref, rating: kpis[i].latestRating,
                            dataState: kpis[i].dataState, direct: source == id)))
                    }
                }
                items.sort { $0.rank < $1.rank }
                return items.map(\.item)
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
                missionWatermelons += Rollup.watermelons(assessed, kpis: kpis, index: byKey, workspace: workspace)
            }
            for node in mission.theoryOfChange.sorted(by: { $0.id < $1.id }) {
                let items = evidence(node.id)
                missionNodes.append(NodeRollup(
                    ref: OutcomeRef(mission: mission.id, id: node.id), evidence: items, covered: Rollup.isCovered(items),
                    rating: Rollup.worst(items), summary: Rollup.summary(items)))
            }
            let refs = Set(mission.milestones.map(\.id)).union(mission.theoryOfChange.map(\.id))
            var measuring: [String] = []
            var counts: [Rating: Int] = [:]
            for i in kpis.indices {
                guard let m = kpis[i].measures, m.mission == mission.id, refs.contains(m.id) else { continue }
                measuring.append(kpis[i].contract)
                counts[kpis[i].latestRating, default: 0] += 1
            }
            var contributing: [String] = []
            for i in workspace.contracts.indices where workspace.contracts[i].contributesTo.contains(where: { $0.node.mission == mission.id }) {
                contributing.append(workspace.contracts[i].id)
            }
            let covered = missionMilestones.filter { Rollup.isCovered($0.evidence) }.count + missionNodes.filter(\.covered).count
            missions.append(MissionSummary(
                mission: mission.id, milestones: missionMilestones, nodes: missionNodes,
                coverage: Coverage(covered: covered, total: missionMilestones.count + missionNodes.count),
                contracts: Array(Set(measuring + contributing)).sorted(), ratingCounts: counts,
                watermelons: missionWatermelons))
            milestones += missionMilestones
            nodes += missionNodes
            watermelons += missionWatermelons
        }
    }

    /// Each KPI's position in (contract, KPI id) order; equal keys share a position.
    static func ranks(_ kpis: [KPIAssessment]) -> [Int] {
        let less: (Int, Int) -> Bool = { (kpis[$0].contract, kpis[$0].kpi) < (kpis[$1].contract, kpis[$1].kpi) }
        let order = Array(kpis.indices).stablySorted(by: less)
        var rank = [Int](repeating: 0, count: kpis.count)
        for (n, i) in order.enumerated() { rank[i] = n > 0 && !less(order[n - 1], i) ? rank[order[n - 1]] : n }
        return rank
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
