import Foundation
import MissionKPI

/// The main page of a department too large for one review page: its figures, the numbered pages of
/// the review (each `Paging.pageSize` contracts) and the findings on the department itself.
struct DepartmentIndexPage: Sendable {
    struct PageRow: Sendable {
        var number: Int
        var href: String
        var mdHref: String
        var first: String
        var last: String
        var kpis: Int
        var findings: String
    }

    var frame: PageFrame
    var id: String
    var name: String
    var figures: String
    var ownership: String
    var pageSize: Int
    var pages: [PageRow]
    var departmentFindings: FindingTable?
    /// Who must act on the department itself (actions on its contracts are on the review pages).
    var actionsHTML: String
    /// Changes since the last review in this department.
    var review: ReviewSection

    /// `pages`: the department's contracts, page by page.
    init(_ d: Department, report: SiteReport, path: SitePath, pages chunks: [[Contract]]) {
        let root = path.rootPrefix
        let r = report.redactor
        let all = chunks.flatMap { $0 }
        let whole = DepartmentPage.Figures(all, department: d, report: report)
        frame = PageFrame(
            report, title: r.text(d.name), path: path, section: .departments,
            breadcrumbs: [Link(href: root + "index.html#departments", text: "Departments")], markdown: d.id + ".md")
        id = d.id
        name = r.text(d.name)
        figures = whole.figures
        ownership = whole.ownership
        pageSize = Paging.pageSize
        pages = chunks.enumerated().map { i, chunk in
            PageRow(
                number: i + 1, href: d.id + "/page-\(i + 1).html", mdHref: d.id + "/page-\(i + 1).md", first: chunk.first?.id ?? "",
                last: chunk.last?.id ?? "", kpis: chunk.reduce(0) { $0 + $1.kpis.count },
                findings: Words.severities(chunk.flatMap { report.findings(contract: $0.id) }))
        }
        departmentFindings = FindingRow.table(report.findings(department: d.id), report, root: root, label: "Department findings")
        actionsHTML = ActionsView.html(
            report.actions.actions(department: d.id).filter { $0.contract == nil }, report: report, root: root,
            empty: "Nobody needs to act on the department as a whole.")
        review = ReviewSection(report.changes.department(d.id), report: report, root: root)
    }
}
