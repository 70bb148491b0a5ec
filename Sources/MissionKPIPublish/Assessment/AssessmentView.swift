import MissionKPI

/// What `assess --contract/--mission` asks to see; nil means everything.
public struct AssessmentScope: Sendable, Hashable {
    /// Show only this contract.
    public var contract: String?
    /// Show only this mission.
    public var mission: String?

    /// Creates a scope.
    public init(contract: String? = nil, mission: String? = nil) {
        self.contract = contract
        self.mission = mission
    }
}

/// The output formats of `assess`.
public enum AssessmentFormat: String, Sendable, CaseIterable {
    case text, json, csv, markdown
}

/// One contract's part of an assessment, with its model for titles and units.
public struct ContractAssessmentView: Sendable {
    /// The contract as loaded.
    public var contract: Contract
    /// Its KPIs' assessments, in the contract's own KPI order.
    public var kpis: [KPIAssessment]
    /// Its annual assessments.
    public var annual: [AnnualAssessment]
    /// Its published (UK9) assessments beside the returns' ratings.
    public var published: [PublishedComparison] = []
}

/// An assessment cut down to a scope, ready to render.
public struct AssessmentView: Sendable {
    /// The date of the judgements.
    public var asOf: Day
    /// The scope asked for.
    public var scope: AssessmentScope
    /// Missions in scope (with contract-scoped milestones and nodes when a contract is given).
    public var missions: [MissionSummary]
    /// Contracts in scope.
    public var contracts: [ContractAssessmentView]
    /// Watermelons in scope.
    public var watermelons: [Watermelon]
    /// The workspace, for titles and units.
    public var workspace: Workspace
    /// Where each contract id sits in `contracts`.
    var contractIndex: [String: Int] = [:]

    /// Cuts `assessment` down to `scope`. A contract scope keeps only the milestones and nodes it evidences.
    public init(_ assessment: Assessment, workspace: Workspace, scope: AssessmentScope) {
        asOf = assessment.asOf
        self.scope = scope
        self.workspace = workspace
        var missions = assessment.missions
        if let m = scope.mission { missions = missions.filter { $0.mission == m } }
        var contractIDs = workspace.contracts.map(\.id)
        if let c = scope.contract {
            contractIDs = [c]
            missions = missions.filter { $0.contracts.contains(c) }.map { summary in
                var s = summary
                s.milestones = s.milestones.filter { $0.evidence.contains { $0.contract == c } }
                s.nodes = s.nodes.filter { $0.evidence.contains { $0.contract == c } }
                s.watermelons = s.watermelons.filter { $0.contract == c }
                return s
            }
        } else if scope.mission != nil {
            contractIDs = missions.flatMap(\.contracts)
        }
        self.missions = missions
        // Without a scope every contract is in it: no set of every id to build and ask.
        let wanted: Set<String>? = scope.contract == nil && scope.mission == nil ? nil : Set(contractIDs)
        contracts = workspace.contracts.indices.compactMap { i -> ContractAssessmentView? in
            let id = workspace.contracts[i].id
            if let wanted, !wanted.contains(id) { return nil }
            return ContractAssessmentView(
                contract: workspace.contracts[i],
                kpis: workspace.contracts[i].kpis.compactMap { k in assessment.kpiPosition(contract: id, kpi: k.id).map { assessment.kpis[$0] } },
                annual: assessment.annual(contract: id), published: assessment.published(contract: id))
        }
        for (i, c) in contracts.enumerated() where contractIndex[c.contract.id] == nil { contractIndex[c.contract.id] = i }
        let missionIDs = Set(missions.map(\.mission))
        watermelons = assessment.watermelons.filter { missionIDs.contains($0.milestone.mission) && wanted?.contains($0.contract) ?? true }
    }

    /// The milestone's model.
    func milestone(_ ref: OutcomeRef) -> Milestone? { workspace.milestone(ref) }

    /// A KPI's model.
    func kpi(_ contract: String, _ kpi: String) -> KPI? { workspace.contract(contract)?.kpi(kpi) }
}

/// Renders an assessment in one of the `assess` formats.
public enum AssessmentReport {
    /// The assessment, cut to `scope`, as text, JSON, CSV or Markdown.
    public static func render(_ assessment: Assessment, workspace: Workspace, scope: AssessmentScope, format: AssessmentFormat) -> String {
        let view = AssessmentView(assessment, workspace: workspace, scope: scope)
        switch format {
        case .text: return AssessmentText.render(view)
        case .json: return AssessmentJSON.render(view)
        case .csv: return AssessmentCSV.render(view)
        case .markdown: return AssessmentMarkdown.render(view)
        }
    }
}
