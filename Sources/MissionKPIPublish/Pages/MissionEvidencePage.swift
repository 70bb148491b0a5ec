import MissionKPI

/// One numbered page of a large mission's evidence (`missions/<id>/evidence-<n>.html` and `.md`): for a
/// run of `Paging.pageSize` of the contracts serving the mission, their KPIs that measure its milestones and
/// theory-of-change nodes, the contracts among them contributing to each node, and their poorly aligned
/// KPIs and contract findings with rule, reason and fix. A mission served by `Paging.pageSize` contracts or
/// fewer shows all of this on its own page and has no evidence pages.
struct MissionEvidencePage: Sendable {
    /// A milestone or node with the evidence this page's contracts give it.
    struct Outcome: Sendable {
        var anchor: String
        var heading: String
        var level: String?
        var link: String
        var contributors: [Link]
        var evidence: [MissionPage.EvidenceRow]
        var label: String
    }

    var frame: PageFrame
    var missionID: String
    var missionTitle: String
    var number: Int
    var total: Int
    var first: String
    var last: String
    var contractCount: Int
    var milestones: [Outcome]
    var nodes: [Outcome]
    var poorlyAligned: FindingTable?
    var contractFindings: FindingTable?

    /// The mission's contracts page by page; empty when they fit the mission's own page.
    static func chunks(_ contracts: [Contract]) -> [[Contract]] { Paging.pages(contracts) }

    /// The page's path, or its Markdown twin's.
    static func path(_ mission: String, _ number: Int, markdown: Bool = false) throws -> SitePath {
        try SitePath("missions", mission, "evidence-\(number)" + (markdown ? ".md" : ".html"))
    }

    /// Page `number` (from 1) of `total`, for `chunk`, one of `all` contracts serving mission `m`.
    init(_ m: Mission, report: SiteReport, path: SitePath, chunk: [Contract], number: Int, total: Int, all: Int) {
        let root = path.rootPrefix
        let r = report.redactor
        let title = r.text(m.title)
        frame = PageFrame(
            report, title: "\(title): evidence, page \(number) of \(total)", path: path, section: .missions,
            breadcrumbs: [
                Link(href: root + "index.html#missions", text: "Missions"), Link(href: Href.mission(m.id, root: root), text: title),
            ], markdown: "evidence-\(number).md")
        missionID = m.id
        missionTitle = title
        self.number = number
        self.total = total
        first = chunk.first?.id ?? ""
        last = chunk.last?.id ?? ""
        contractCount = all
        let ids = Set(chunk.map(\.id))
        milestones = m.milestones.compactMap { ms in
            let ref = OutcomeRef(mission: m.id, id: ms.id)
            let items = (report.assessment.milestone(ref)?.evidence ?? []).filter { $0.direct && ids.contains($0.contract) }
            guard !items.isEmpty else { return nil }
            return Outcome(
                anchor: "milestone-" + ms.id, heading: r.text(ms.title), level: nil,
                link: Href.outcome(ref, root: root, isMilestone: true), contributors: [],
                evidence: MissionPage.evidence(items, report: report, root: root), label: "KPIs measuring \(ms.id)")
        }
        nodes = m.theoryOfChange.compactMap { n in
            let ref = OutcomeRef(mission: m.id, id: n.id)
            let items = (report.assessment.node(ref)?.evidence ?? []).filter { $0.direct && ids.contains($0.contract) }
            let contributors = chunk.filter { c in c.contributesTo.contains { $0.node == ref } }
                .map { Link(href: Href.contract($0.id, root: root), text: $0.id) }
            guard !items.isEmpty || !contributors.isEmpty else { return nil }
            return Outcome(
                anchor: "node-" + n.id, heading: r.text(n.statement).singleLine, level: n.level.rawValue.capitalized,
                link: Href.outcome(ref, root: root, isMilestone: false), contributors: contributors,
                evidence: MissionPage.evidence(items, report: report, root: root), label: "KPIs measuring \(n.id)")
        }
        let found = chunk.map { MissionPage.alignmentFindings($0, mission: m.id, report: report) }
        poorlyAligned = FindingRow.table(found.flatMap(\.kpi), report, root: root, label: "Poorly aligned KPIs")
        contractFindings = FindingRow.table(found.flatMap(\.contract), report, root: root, label: "Findings on those contracts")
    }

    /// The jobs writing a mission's evidence pages (none when its contracts fit its own page).
    static func jobs(_ m: Mission, report: SiteReport) throws -> [Publisher.Job] {
        let all = report.contracts(mission: m.id)
        let chunks = chunks(all)
        return try chunks.enumerated().map { i, chunk in
            let path = try Self.path(m.id, i + 1), markdown = try Self.path(m.id, i + 1, markdown: true)
            return Publisher.page(path, markdown: markdown) {
                MissionEvidencePage(m, report: report, path: path, chunk: chunk, number: i + 1, total: chunks.count, all: all.count)
            }
        }
    }
}
