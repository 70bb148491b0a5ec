/// What a board asks of each contract and mission — are the KPIs the right ones, are they being met,
/// is the data there, are the milestones on track, is it managed — answered separately, with a verdict
/// that is the worst of the answers. Judged here, once; reports only show it.
///
/// ```swift
/// let verdicts = Verdicts.judge(workspace, assessment: assessment, alignment: report)
/// verdicts.contract("dft-2024-0315")?.overall          // .seriousConcerns
/// verdicts.contract("dft-2024-0315")?.aspect(.performance)?.reasons
/// ```
public struct Verdicts: Sendable {
    /// One verdict per contract, in workspace order.
    public var contracts: [Verdict]
    /// One verdict per mission, in workspace order.
    public var missions: [Verdict]
    private var contractIndex: [String: Int] = [:]
    private var missionIndex: [String: Int] = [:]

    /// Creates the collection (the first verdict of a repeated subject is the one looked up).
    public init(contracts: [Verdict], missions: [Verdict]) {
        self.contracts = contracts
        self.missions = missions
        for (i, v) in contracts.enumerated() where contractIndex[v.subject] == nil { contractIndex[v.subject] = i }
        for (i, v) in missions.enumerated() where missionIndex[v.subject] == nil { missionIndex[v.subject] = i }
    }

    /// A contract's verdict.
    public func contract(_ id: String) -> Verdict? { contractIndex[id].map { contracts[$0] } }
    /// A mission's verdict.
    public func mission(_ id: String) -> Verdict? { missionIndex[id].map { missions[$0] } }

    /// Judges every contract and mission from the assessment and the alignment report (its standing and
    /// baselined findings; waived findings do not count), contracts on every core.
    public static func judge(_ ws: Workspace, assessment: Assessment, alignment: AlignmentReport) -> Verdicts {
        var byContract: [String: [VerdictAspect: [Finding]]] = [:]
        var byMission: [String: [VerdictAspect: [Finding]]] = [:]
        for f in alignment.findings + alignment.baselined {
            let aspect = VerdictAspect.of(rule: f.ruleID, family: alignment.family(of: f.ruleID))
            if let c = f.subject.contractID {
                byContract[c, default: [:]][aspect, default: []].append(f)
            } else if f.subject.kind == .mission {
                byMission[f.subject.owner, default: [:]][aspect, default: []].append(f)
            }
        }
        let graph = OutcomeGraph(ws)
        var melons: [String: [OutcomeRef]] = [:]
        for w in assessment.watermelons { melons[w.contract, default: []].append(w.milestone) }
        var scores: [String: Double] = [:]
        for s in alignment.scores.contracts where scores[s.subject] == nil { scores[s.subject] = s.score }
        let contracts = Parallel.map(ws.contracts, minimumChunk: 64) { c -> Verdict in
            ContractJudge(
                contract: c, kpis: assessment.kpis(contract: c.id), annual: assessment.annual(contract: c.id),
                findings: byContract[c.id] ?? [:], score: scores[c.id],
                served: served(c, graph: graph, assessment: assessment, workspace: ws), watermelons: melons[c.id] ?? []
            ).verdict()
        }
        let contractVerdicts = Verdicts(contracts: contracts, missions: [])
        let missions = ws.missions.map { m -> Verdict in
            let summary = assessment.mission(m.id)
            let ids = summary?.contracts ?? []
            let annual = ids.map { assessment.annual(contract: $0) }
            let kpisDue = assessment.kpis.filter { $0.measures?.mission == m.id && $0.returnsDue }
            return MissionJudge(
                mission: m, summary: summary, contracts: ids.compactMap { contractVerdicts.contract($0) },
                findings: byMission[m.id] ?? [:], score: alignment.scores.mission(m.id)?.score, kpisDue: kpisDue,
                lastAssessed: annual.compactMap { $0.last { $0.isComplete } }, overdue: annual.flatMap { $0.filter(\.isOverdue) }
            ).verdict()
        }
        return Verdicts(contracts: contracts, missions: missions)
    }

    /// The milestones a contract serves: those reached from what its KPIs measure and from the steps it
    /// contributes to, each with its status, sorted.
    static func served(
        _ c: Contract, graph: OutcomeGraph, assessment: Assessment, workspace ws: Workspace
    ) -> [(ref: OutcomeRef, status: TrackStatus, title: String)] {
        var refs: Set<OutcomeRef> = []
        for k in c.kpis { if let m = k.measures { refs.formUnion(graph.milestones(reachedFrom: m)) } }
        for con in c.contributesTo { refs.formUnion(graph.milestones(reachedFrom: con.node)) }
        return refs.sorted().map { ($0, assessment.milestone($0)?.trajectory.status ?? .noData, ws.milestone($0)?.title ?? $0.id) }
    }
}
