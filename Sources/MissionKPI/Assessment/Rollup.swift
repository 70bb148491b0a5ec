/// Rolls KPI evidence up each mission's theory of change, judges milestones and finds watermelons.
public struct Rollup {
    var milestones: [MilestoneAssessment] = []
    var nodes: [NodeRollup] = []
    var missions: [MissionSummary] = []
    var watermelons: [Watermelon] = []

    /// One milestone or node of one mission, judged on its own (on any core).
    private enum Item {
        case milestone(mission: Int, Milestone)
        case node(mission: Int, TheoryNode)
    }

    /// What judging an item gives.
    private enum Judged {
        case milestone(MilestoneAssessment, [Watermelon])
        case node(NodeRollup)
    }

    init(workspace: Workspace, kpis: [KPIAssessment], asOf: Day) {
        // KPIs are handled by index (an assessment is large to copy); `rank` orders them by contract and
        // KPI id, equal keys sharing a rank, so sorting by (rank, position) is a stable sort by (contract, KPI).
        var byMeasure: [OutcomeRef: [Int]] = [:]
        for i in kpis.indices { if let ref = kpis[i].measures { byMeasure[ref, default: []].append(i) } }
        let rank = Rollup.ranks(kpis)
        let settings = workspace.settings.assessment
        var byKey: [ObservationSet.Key: Int] = [:]
        for i in kpis.indices.reversed() { byKey[ObservationSet.Key(contract: kpis[i].contract, kpi: kpis[i].kpi)] = i }  // the first wins
        let upstreams = workspace.missions.map(Rollup.upstream(of:))
        var items: [Item] = []
        for (n, mission) in workspace.missions.enumerated() {
            items += mission.milestones.sorted(by: { $0.id < $1.id }).map { .milestone(mission: n, $0) }
            items += mission.theoryOfChange.sorted(by: { $0.id < $1.id }).map { .node(mission: n, $0) }
        }
        func evidence(_ id: String, mission n: Int) -> [EvidenceItem] {
            let mission = workspace.missions[n]
            let refs = ([id] + (upstreams[n][id] ?? []).sorted()).map { OutcomeRef(mission: mission.id, id: $0) }
            var picks: [(rank: Int, kpi: Int, source: Int)] = []
            for (s, ref) in refs.enumerated() { for i in byMeasure[ref] ?? [] { picks.append((rank[i], i, s)) } }
            var order = Array(picks.indices)
            order.sort { picks[$0].rank != picks[$1].rank ? picks[$0].rank < picks[$1].rank : $0 < $1 }
            return order.map { p in
                let (_, i, s) = picks[p]
                return EvidenceItem(
                    contract: kpis[i].contract, kpi: kpis[i].kpi, measures: refs[s], rating: kpis[i].latestRating,
                    dataState: kpis[i].dataState, direct: s == 0)
            }
        }
        // Items are independent: judged on every core, results in the workspace's order.
        let judged = Parallel.map(items, minimumChunk: 1) { item -> Judged in
            switch item {
            case .milestone(let n, let m):
                let ref = OutcomeRef(mission: workspace.missions[n].id, id: m.id)
                let path = ExpectedPath(points: Assessor.milestonePathPoints(m))
                let actuals = ExpectedPath(points: m.observations.compactMap { o in o.date.map { PathPoint(date: $0, value: o.value) } })
                    .points.filter { $0.date <= asOf }
                let judge = TrajectoryJudge(
                    path: path, baseline: m.baseline?.value, target: m.target.value, targetDate: m.target.date,
                    direction: m.direction, unit: m.unit, projectionPeriods: settings.projectionPeriods,
                    tolerance: settings.atRiskTolerance)
                let assessed = MilestoneAssessment(
                    ref: ref, path: path, trajectory: judge.judge(actuals, asOf: asOf), evidence: evidence(m.id, mission: n))
                return .milestone(assessed, Rollup.watermelons(assessed, kpis: kpis, index: byKey, workspace: workspace))
            case .node(let n, let node):
                let items = evidence(node.id, mission: n)
                return .node(NodeRollup(
                    ref: OutcomeRef(mission: workspace.missions[n].id, id: node.id), evidence: items, covered: Rollup.isCovered(items),
                    rating: Rollup.worst(items), summary: Rollup.summary(items)))
            }
        }
        var missionMilestones = [[MilestoneAssessment]](repeating: [], count: workspace.missions.count)
        var missionNodes = [[NodeRollup]](repeating: [], count: workspace.missions.count)
        var missionWatermelons = [[Watermelon]](repeating: [], count: workspace.missions.count)
        for (item, result) in zip(items, judged) {
            switch (item, result) {
            case (.milestone(let n, _), .milestone(let assessed, let found)):
                missionMilestones[n].append(assessed)
                missionWatermelons[n] += found
            case (.node(let n, _), .node(let rollup)):
                missionNodes[n].append(rollup)
            default:
                preconditionFailure("a judged item of the wrong kind")
            }
        }
        // Each mission's summary on any core, in the workspace's order.
        missions = Parallel.map(Array(workspace.missions.indices), minimumChunk: 1) { n -> MissionSummary in
            let mission = workspace.missions[n]
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
            let covered = missionMilestones[n].filter { Rollup.isCovered($0.evidence) }.count + missionNodes[n].filter(\.covered).count
            return MissionSummary(
                mission: mission.id, milestones: missionMilestones[n], nodes: missionNodes[n],
                coverage: Coverage(covered: covered, total: missionMilestones[n].count + missionNodes[n].count),
                contracts: Array(Set(measuring + contributing)).sorted(), ratingCounts: counts,
                watermelons: missionWatermelons[n])
        }
        for n in workspace.missions.indices {
            milestones += missionMilestones[n]
            nodes += missionNodes[n]
            watermelons += missionWatermelons[n]
        }
    }

    /// Each KPI's position in (contract, KPI id) order; equal keys share a position.
    static func ranks(_ kpis: [KPIAssessment]) -> [Int] {
        // Field by field: tuples would copy both strings of both KPIs on every comparison.
        let less: (Int, Int) -> Bool = { i, j in
            kpis[i].contract != kpis[j].contract ? kpis[i].contract < kpis[j].contract : kpis[i].kpi < kpis[j].kpi
        }
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
