/// Who must do what, and by when: from the annual (s.71) assessments, the returns timetable, the KPI
/// ratings, the milestones and every standing finding, each addressed to the senior responsible owner,
/// the contract manager, the department or the mission board. Judged here; reports only list it.
///
/// ```swift
/// let plan = ActionPlan.build(ws, assessment: assessment, alignment: report)
/// plan.actions(contract: "dft-2024-0315").map(\.what)
/// ```
public struct ActionPlan: Sendable {
    /// Every action, sorted by `Action.precedes`.
    public var actions: [Action]
    private var byContract: [String: [Int]] = [:]
    private var byMission: [String: [Int]] = [:]
    private var byDepartment: [String: [Int]] = [:]

    /// How far ahead an s.71 assessment falling due is listed.
    public static let lookAheadDays = 90

    /// Creates a plan from its actions (sorted here).
    public init(actions: [Action], workspace: Workspace) {
        self.actions = actions.sorted(by: Action.precedes)
        for (i, a) in self.actions.enumerated() {
            if let c = a.contract {
                byContract[c, default: []].append(i)
                if let d = workspace.contract(c)?.department { byDepartment[d, default: []].append(i) }
            } else if let m = a.mission {
                byMission[m, default: []].append(i)
            } else if let d = a.owner.department {
                byDepartment[d, default: []].append(i)
            }
        }
    }

    /// The actions on one contract.
    public func actions(contract id: String) -> [Action] { (byContract[id] ?? []).map { actions[$0] } }
    /// The actions on a mission itself (its milestones and steps), not on its contracts.
    public func actions(missionItself id: String) -> [Action] { (byMission[id] ?? []).map { actions[$0] } }
    /// The actions on a department's contracts and on the department itself.
    public func actions(department id: String) -> [Action] { (byDepartment[id] ?? []).map { actions[$0] } }

    /// The actions on a mission and on the contracts serving it, in plan order.
    public func actions(mission id: String, contracts: [String]) -> [Action] {
        let indices = (byMission[id] ?? []) + contracts.flatMap { byContract[$0] ?? [] }
        return Set(indices).sorted().map { actions[$0] }
    }

    /// The actions grouped by owner, owners in `ActionOwner` order, each group in plan order.
    public static func byOwner(_ list: [Action]) -> [(owner: ActionOwner, actions: [Action])] {
        var groups: [ActionOwner: [Action]] = [:]
        for a in list { groups[a.owner, default: []].append(a) }
        return groups.keys.sorted().map { ($0, groups[$0]!) }
    }

    /// Builds every action as at the assessment's date.
    public static func build(_ ws: Workspace, assessment: Assessment, alignment: AlignmentReport) -> ActionPlan {
        let perContract = Parallel.map(ws.contracts, minimumChunk: 64) { c in
            ContractActions(contract: c, assessment: assessment, asOf: assessment.asOf, leadMonths: ws.settings.pipeline.leadTimeMonths).all()
        }
        var actions = perContract.flatMap { $0 }
        for f in alignment.findings + alignment.baselined where !RuleActions.fromAssessment.contains(f.ruleID) {
            if let a = ContractActions.finding(f, family: alignment.family(of: f.ruleID), workspace: ws, assessment: assessment) {
                actions.append(a)
            }
        }
        for m in ws.missions {
            for ms in assessment.mission(m.id)?.milestones ?? [] where ms.trajectory.status == .offTrack || ms.trajectory.status == .atRisk {
                let off = ms.trajectory.status == .offTrack
                actions.append(Action(
                    owner: ActionOwner(role: .missionBoard, mission: m.id), mission: m.id,
                    what: off ? "Review the plan for this milestone: it is off track." : "Watch this milestone: it is at risk.",
                    why: "Milestone '\(m.milestone(ms.ref.id)?.title ?? ms.ref.id)': " + ms.trajectory.reason, weight: off ? 2 : 1))
            }
        }
        return ActionPlan(actions: actions, workspace: ws)
    }
}
