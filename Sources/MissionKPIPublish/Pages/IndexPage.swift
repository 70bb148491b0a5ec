import MissionKPI

/// The home page: the missions with their scores, watermelons and findings, the departments, and
/// what changed since the previous publish.
struct IndexPage: Sendable {
    struct DepartmentRow: Sendable {
        var link: Link
        var contracts: Int
        var kpis: Int
        var overdue: Int
        var findings: String
    }

    struct WatermelonRow: Sendable {
        var contract: Link
        var milestone: Link
        var reason: String
    }

    struct Count: Sendable {
        var label: String
        var value: String
    }

    var frame: PageFrame
    var title: String
    var counts: [Count]
    /// The missions as cards, each with its verdict (`MissionVerdictTable`), and how a verdict is reached.
    var missionsHTML: String
    var verdictHelpHTML: String
    var departments: [DepartmentRow]
    var watermelons: [WatermelonRow]
    /// Changes since the last review: every mission's and department's share, each list cut to 50 rows.
    var review: ReviewSection
    var settingsFindings: FindingTable?

    init(report: SiteReport, path: SitePath) {
        let root = path.rootPrefix
        let r = report.redactor
        let ws = report.workspace
        let a = report.assessment
        title = r.text(ws.settings.publication.title)
        frame = PageFrame(report, title: "Overview", path: path, section: .overview)
        let all = report.allFindings
        let overdue = a.annual.filter(\.isOverdue).count
        counts = [
            Count(label: "Missions", value: String(ws.missions.count)),
            Count(label: "Contracts", value: String(ws.contracts.count)),
            Count(label: "KPIs", value: String(ws.contracts.reduce(0) { $0 + $1.kpis.count })),
            Count(label: "Findings", value: String(all.count)),
            Count(label: "Watermelons", value: String(a.watermelons.count)),
            Count(label: "Overdue annual assessments (all years to date)", value: String(overdue)),
        ]
        missionsHTML = MissionVerdictTable.html(report, root: root)
        verdictHelpHTML = VerdictView.helpHTML(mission: true)
        departments = ws.departments.map { d in
            let own = ws.contracts.filter { $0.department == d.id }
            let ids = Set(own.map(\.id))
            return DepartmentRow(
                link: Link(href: Href.department(d.id, root: root), text: r.text(d.name)), contracts: own.count,
                kpis: own.reduce(0) { $0 + $1.kpis.count }, overdue: a.annual.filter { $0.isOverdue && ids.contains($0.contract) }.count,
                findings: Words.severities(own.flatMap { report.findings(contract: $0.id) } + report.findings(department: d.id)))
        }
        watermelons = a.watermelons.map { w in
            WatermelonRow(
                contract: Link(href: Href.contract(w.contract, root: root), text: w.contract),
                milestone: Link(
                    href: Href.outcome(w.milestone, root: root, isMilestone: true),
                    text: r.text(ws.milestone(w.milestone)?.title ?? w.milestone.id)),
                reason: r.text(w.reason))
        }
        review = ReviewSection(report.changes, report: report, root: root, limit: 50, scopes: true)
        settingsFindings = FindingRow.table(report.workspaceFindings, report, root: root, label: "Settings findings")
    }
}
