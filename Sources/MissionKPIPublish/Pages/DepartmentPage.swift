import Foundation
import MissionKPI

/// The contract KPI review of one department: each contract with its KPIs, ratings per period,
/// charts, findings, owner and annual assessment status.
struct DepartmentPage: Sendable {
    struct ContractReview: Sendable {
        var id: String
        var link: Link
        var title: String
        var supplier: String
        var supplierHref: String?
        var value: String
        var term: String
        var tier: String
        var manager: String
        var owner: String
        var score: String
        var verdict: Tag
        var verdictAbout: String
        var annualStatus: Tag
        var annualText: String
        var annualRating: Tag?
        var missions: [Link]
        var kpiCount: Int
        var hasKPIs: Bool
        /// The KPI parts as HTML and as Markdown (without its last line break), written by `Fragments`.
        var kpiSections: String
        var kpiMarkdown: String
        /// The findings on the contract itself, counted and named (the contract page has their reasons and fixes).
        var contractFindings: FindingSummary?
        var exemption: String?
    }

    struct SummaryRow: Sendable {
        var link: Link
        var title: String
        var kpis: Int
        var ratings: String
        var annualStatus: Tag
        var score: String
        var verdict: Tag
        var verdictAbout: String
        var findings: String
    }

    /// Links between the numbered pages of a large department's review.
    struct Pager: Sendable {
        struct PageLink: Sendable {
            var href: String
            var mdHref: String
            var text: String
        }
        var previous: PageLink?
        var next: PageLink?
        /// The department's main page, as HTML and Markdown links, and its name.
        var index: String
        var indexMarkdown: String
        var department: String
        var total: Int
    }

    var frame: PageFrame
    var id: String
    var name: String
    var figures: String
    var ownership: String
    var summary: [SummaryRow]
    var contracts: [ContractReview]
    var departmentFindings: FindingTable?
    var pager: Pager?
    /// Who must act on these contracts (and, on an unpaged review, on the department), by `ActionsView`.
    var actionsHTML: String
    var actionsMarkdown: String
    /// Changes since the last review in this department (on its main page, not on numbered pages).
    var review: ReviewSection?

    /// The review of `contracts` (all of the department's, or one page of them with `page` = (number, total)).
    init(_ d: Department, report: SiteReport, path: SitePath, contracts own: [Contract], page: (number: Int, total: Int)? = nil) {
        let root = path.rootPrefix
        let r = report.redactor
        let ws = report.workspace
        if let page {
            let title = r.text(d.name) + " (page \(page.number) of \(page.total))"
            let main = Link(href: Href.department(d.id, root: root), text: r.text(d.name))
            frame = PageFrame(
                report, title: title, path: path, section: .departments,
                breadcrumbs: [Link(href: root + "index.html#departments", text: "Departments"), main],
                markdown: "page-\(page.number).md")
            name = title
            let link = { (n: Int) in
                Pager.PageLink(href: "page-\(n).html", mdHref: "page-\(n).md", text: "Page \(n)")
            }
            pager = Pager(
                previous: page.number > 1 ? link(page.number - 1) : nil, next: page.number < page.total ? link(page.number + 1) : nil,
                index: main.href, indexMarkdown: "../" + d.id + ".md", department: main.text, total: page.total)
        } else {
            frame = PageFrame(
                report, title: r.text(d.name), path: path, section: .departments,
                breadcrumbs: [Link(href: root + "index.html#departments", text: "Departments")], markdown: d.id + ".md")
            name = r.text(d.name)
        }
        id = d.id
        review = page == nil ? ReviewSection(report.changes.department(d.id), report: report, root: root) : nil
        let whole = Figures(own, department: d, report: report)
        figures = whole.figures
        ownership = whole.ownership
        contracts = own.map { c in
            let annual = report.assessment.annual(contract: c.id)
            // An overdue assessment first, else the latest period that has ended, else the one in progress.
            let latest = annual.first(where: \.isOverdue) ?? annual.last { $0.end < report.asOf } ?? annual.last { $0.start <= report.asOf }
            let missions = Set(c.contributesTo.map(\.node.mission) + c.kpis.compactMap { $0.measures?.mission }).sorted()
            let kpis = c.kpis.map { KPIBlock($0, contract: c, report: report, root: root, page: .department) }
            var sections = ""
            Fragments.departmentKPIs(kpis, contract: c.id, into: &sections)
            return ContractReview(
                id: c.id, link: Link(href: Href.contract(c.id, root: root), text: c.id), title: r.text(c.title),
                supplier: r.text(c.supplier.name), supplierHref: report.suppliers.slug(ofContract: c.id).map { Href.supplier($0, root: root) },
                value: Words.money(c.value.grossAmount), term: "\(c.start) to \(c.end)",
                tier: r.text(c.tier) ?? "—", manager: c.manager.map { PersonDisplay.name($0, in: ws) } ?? "Not named",
                owner: c.seniorResponsibleOwner.map { PersonDisplay.name($0, in: ws) } ?? "Not named",
                score: Words.score(report.score(contract: c.id)?.score),
                verdict: VerdictView.tag(report.verdicts.contract(c.id)?.overall ?? .notKnown),
                verdictAbout: report.verdicts.contract(c.id).map(VerdictView.about) ?? "",
                annualStatus: latest.map { Tag.annual($0, asOf: report.asOf) } ?? Tag(text: "Not yet due", cls: "info", symbol: "…"),
                annualText: latest.map { "Year \($0.year) (\($0.start) to \($0.end)), due \($0.due)" } ?? "The first year has not started.",
                annualRating: latest.map { Tag.rating($0.overall) },
                missions: missions.compactMap { id in
                    ws.mission(id).map { Link(href: Href.mission(id, root: root), text: r.text($0.title)) }
                },
                kpiCount: kpis.count, hasKPIs: !kpis.isEmpty, kpiSections: sections,
                kpiMarkdown: String(Fragments.departmentKPIsMarkdown(kpis).dropLast()),
                contractFindings: FindingSummary(report.findings(contract: c.id).filter { $0.subject.kind == .contract }),
                exemption: c.kpiExemption.map { r.text($0.reason ?? "No reason given") })
        }
        summary = contracts.map { cr in
            var counts: [Rating: Int] = [:]
            for k in report.assessment.kpis(contract: cr.id) { counts[k.latestRating, default: 0] += 1 }
            return SummaryRow(
                link: cr.link, title: cr.title, kpis: cr.kpiCount, ratings: AssessmentWords.counts(counts), annualStatus: cr.annualStatus,
                score: cr.score, verdict: cr.verdict, verdictAbout: cr.verdictAbout,
                findings: Words.severities(report.findings(contract: cr.id)))
        }
        departmentFindings =
            page == nil ? FindingRow.table(report.findings(department: d.id), report, root: root, label: "Department findings") : nil
        let shown = Set(own.map(\.id))
        let acting = report.actions.actions(department: d.id).filter { a in a.contract.map(shown.contains) ?? (page == nil) }
        actionsHTML = ActionsView.html(acting, report: report, root: root, empty: "Nobody needs to act on these contracts.")
        actionsMarkdown = ActionsView.markdown(acting, report: report, empty: "Nobody needs to act on these contracts.")
    }

    /// The figures and ownership sentences of a set of the department's contracts.
    struct Figures {
        var figures: String
        var ownership: String

        init(_ own: [Contract], department d: Department, report: SiteReport) {
            let value = own.reduce(Decimal(0)) { $0 + $1.value.grossAmount }
            let kpiCount = own.reduce(0) { $0 + $1.kpis.count }
            let all = own.flatMap { report.findings(contract: $0.id) }
            figures =
                "\(Words.count(own.count, "contract")) worth \(Words.money(value)) including VAT, with \(Words.count(kpiCount, "KPI")); findings: \(Words.severities(all))."
            ownership =
                report.audit.departments.first { $0.id == d.id }.map { o in
                    let f = o.figures
                    return
                        "Commercial specialists manage \(Words.percent(f.valueShare)) of the value of contracts in force, and \(f.highValueSpecialist) of \(f.highValueContracts) contracts over \(Words.money(report.audit.threshold))."
                } ?? "No contracts in force."
        }
    }
}
