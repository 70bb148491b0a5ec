import MissionKPI

/// The mission board alignment report: problem statements, milestones with their paths, the theory
/// of change and its evidence, poorly aligned KPIs, and the contracts to re-procure soon.
struct MissionPage: Sendable {
    /// A cited source; `url` only when it is an http(s) address.
    struct SourceLink: Sendable {
        var title: String
        var url: String?
    }

    struct Problem: Sendable {
        var id: String
        var challenge: String
        var affected: String?
        var evidence: [String]
        var desiredOutcome: String?
    }

    struct PointRow: Sendable {
        var date: String
        var kind: String
        var value: String
    }

    struct EvidenceRow: Sendable {
        var contract: Link
        var kpi: Link
        var kpiTitle: String
        var rating: Tag
        var dataState: Tag
        var via: String
    }

    struct MilestoneBlock: Sendable {
        var id: String
        var title: String
        var indicator: String?
        var status: Tag
        var reason: String
        var baseline: String
        var target: String
        var chart: String
        var points: [PointRow]
        var evidence: [EvidenceRow]
        var evidenceLabel: String
        /// On a paged mission page, what the evidence pages list for this milestone (then `evidence` is empty).
        var evidenceNote: String?
    }

    struct NodeRow: Sendable {
        var id: String
        var level: String
        var statement: String
        var leadsTo: [Link]
        var leadsToText: String
        var assumptions: [String]
        var covered: Tag
        var rating: Tag
        var summary: String
        var evidence: [EvidenceRow]
        var evidenceLabel: String
        var contributors: [Link]
        /// On a paged mission page, what the evidence pages list for this node (then `evidence` and `contributors` are empty).
        var evidenceNote: String?
    }

    struct WatermelonRow: Sendable {
        var contract: Link
        var milestone: Link
        var kpis: String
        var reason: String
    }

    struct EndingRow: Sendable {
        var year: String
        var contract: Link
        var title: String
        var department: String
        var value: String
        var end: String
        var procurementStart: String
        var procurementEstimated: Bool
        var score: String
        var findings: String
    }

    struct ContractRow: Sendable {
        var contract: Link
        var title: String
        var department: Link
        var supplier: String
        var value: String
        var score: String
        var verdict: Tag
        var verdictAbout: String
        var findings: String
    }

    var frame: PageFrame
    var id: String
    var title: String
    var board: String?
    var leadDepartment: String?
    var summary: String?
    var score: String
    /// The verdict panel and who must act, written by `VerdictView` and `ActionsView` (HTML and Markdown).
    var verdictHTML: String
    var verdictMarkdown: String
    var actionsHTML: String
    var actionsMarkdown: String
    /// The printable board pack (`missions/<id>/board-pack.html`), relative to this page.
    var boardPackHref: String
    var sources: [SourceLink]
    var problems: [Problem]
    var milestones: [MilestoneBlock]
    var diagram: String
    var nodes: [NodeRow]
    var watermelons: [WatermelonRow]
    var poorlyAligned: FindingTable?
    var contractFindings: FindingTable?
    var missionFindings: FindingTable?
    var ending: [EndingRow]
    var endingSpan: String
    var contracts: [ContractRow]
    /// For a mission served by more than `Paging.pageSize` contracts: its evidence pages and
    /// the poorly aligned KPIs counted by rule (the evidence and findings themselves are on those pages).
    var paging: MissionPaging?
    /// Changes since the last review that touch this mission, its milestones or the contracts serving it.
    var review: ReviewSection
}
