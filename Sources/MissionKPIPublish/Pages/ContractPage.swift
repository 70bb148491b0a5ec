import MissionKPI

/// Everything about one contract: its details and owners, mission links, score, findings, waivers,
/// annual assessments, and each KPI with its full history.
struct ContractPage: Sendable {
    struct Fact: Sendable {
        var label: String
        var value: String
        var href: String?
    }

    struct ContributionRow: Sendable {
        var node: Link
        var statement: String
        var rationale: String?
    }

    struct AnnualRow: Sendable {
        var year: Int
        var period: String
        var due: String
        var status: Tag
        var overall: Tag
        var ratings: String
        var rationale: String
    }

    struct DeductionRow: Sendable {
        var rule: Link
        var subject: String
        var points: String
    }

    var frame: PageFrame
    var id: String
    var title: String
    var facts: [Fact]
    var contributions: [ContributionRow]
    var score: String
    /// The verdict panel and who must act, written by `VerdictView` and `ActionsView`.
    var verdictHTML: String
    var actionsHTML: String
    var deductions: [DeductionRow]
    var findings: FindingTable?
    var waived: FindingTable?
    var annual: [AnnualRow]
    /// The published (UK9) assessments beside the returns' ratings.
    var published: [PublishedRow]
    /// The KPI sections, written by `Fragments`.
    var kpiSections: String
    var hasKPIs: Bool
    var exemption: String?

    init(_ c: Contract, report: SiteReport, path: SitePath) {
        let root = path.rootPrefix
        let r = report.redactor
        let ws = report.workspace
        let dept = ws.department(c.department)
        frame = PageFrame(
            report, title: r.text(c.title), path: path, section: .departments,
            breadcrumbs: [
                Link(href: Href.department(c.department, root: root), text: r.text(dept?.name ?? c.department))
            ])
        id = c.id
        title = r.text(c.title)
        let person = { (ref: PersonRef?) in ref.map { PersonDisplay.name($0, in: ws) } ?? "Not named" }
        var facts: [Fact] = [
            Fact(label: "Contract id", value: c.id),
            Fact(label: "Department", value: r.text(dept?.name ?? c.department), href: Href.department(c.department, root: root)),
            Fact(
                label: "Supplier", value: r.text(c.supplier.name) + Self.supplierTags(c.supplier),
                href: report.suppliers.slug(ofContract: c.id).map { Href.supplier($0, root: root) }),
            Fact(
                label: "Value",
                value: Words.money(c.value.amount)
                    + (c.value.includesVAT ? " including VAT" : " excluding VAT (\(Words.money(c.value.grossAmount)) with VAT)")),
            Fact(label: "Term", value: "\(c.start) to \(c.end)"),
            Fact(label: "Procedure", value: c.procedure?.rawValue.replacing("_", with: " ") ?? "Not given"),
            Fact(label: "Tier", value: r.text(c.tier) ?? "Not given"),
            Fact(label: "Contract manager", value: person(c.manager)),
            Fact(label: "Senior responsible owner", value: person(c.seniorResponsibleOwner)),
        ]
        if let ocid = c.ocid ?? c.source?.ocid {
            facts.insert(Fact(label: "OCDS id", value: r.text(ocid)), at: 1)
            if let url = FindATender.procurementURL(ocid: ocid) {
                facts.insert(Fact(label: "Find a Tender", value: "The procurement's notices on Find a Tender", href: url), at: 2)
            }
        }
        if let source = c.source, let fact = Self.importedFrom(source) { facts.insert(fact, at: 1) }
        if let p = c.procurementStart { facts.append(Fact(label: "Re-procurement starts", value: p.description)) }
        self.facts = facts
        exemption = c.kpiExemption.map { r.text($0.reason ?? "No reason given") }
        contributions = c.contributesTo.map { con in
            let isMilestone = ws.milestone(con.node) != nil
            let statement = ws.node(con.node)?.statement ?? ws.milestone(con.node)?.title ?? ""
            return ContributionRow(
                node: Link(href: Href.outcome(con.node, root: root, isMilestone: isMilestone), text: con.node.description),
                statement: r.text(statement).singleLine, rationale: r.text(con.rationale).map(\.singleLine))
        }
        let s = report.score(contract: c.id)
        score = Words.score(s?.score)
        verdictHTML = VerdictView.html(report.verdicts.contract(c.id), mission: false, redactor: r, helpRoot: root)
        actionsHTML = ActionsView.html(
            report.actions.actions(contract: c.id), report: report, root: root,
            empty: "Nobody needs to act on this contract: no finding, overdue return or assessment, or rating below target calls for it.")
        deductions = (s?.deductions ?? []).map {
            DeductionRow(
                rule: Link(href: Href.rule($0.ruleID, root: root), text: $0.ruleID), subject: $0.subject,
                points: "−" + ValueText.number($0.points))
        }
        findings = FindingRow.table(report.findings(contract: c.id), report, root: root)
        waived = FindingRow.table(report.waived(contract: c.id), report, root: root, label: "Waived findings")
        annual = report.assessment.annual(contract: c.id).map { a in
            AnnualRow(
                year: a.year, period: "\(a.start) to \(a.end)", due: a.due.description, status: Tag.annual(a, asOf: report.asOf),
                overall: Tag.rating(a.overall),
                ratings: a.kpiRatings.map { "\($0.kpi): \($0.rating.label)" + ($0.mean.map { " (mean \(ValueText.number($0)))" } ?? "") }
                    .joined(separator: "; "),
                rationale: r.text(a.rationale))
        }
        published = PublishedRow.rows(c, report: report)
        var sections = ""
        for k in c.kpis { Fragments.contractKPI(KPIBlock(k, contract: c, report: report, root: root, page: .contract), into: &sections) }
        kpiSections = sections
        hasKPIs = !c.kpis.isEmpty
    }

    /// "UK7 notice 076141-2026 of 2026-08-11", linked to the notice on Find a Tender when the release id
    /// ends with a Find a Tender notice number.
    static func importedFrom(_ s: ContractSource) -> Fact? {
        guard let release = s.release else { return nil }
        let notice = FindATender.noticeID(release: release)
        var text = (s.notice.map { "\($0) notice " } ?? "Release ") + (notice ?? release)
        if let d = s.date { text += " of \(d)" }
        return Fact(label: "Imported from", value: text, href: notice.flatMap { FindATender.noticeURL(noticeID: $0) })
    }

    static func supplierTags(_ s: Supplier) -> String {
        var tags: [String] = []
        if s.sme == true { tags.append("SME") }
        if s.vcse == true { tags.append("VCSE") }
        return tags.isEmpty ? "" : " (" + tags.joined(separator: ", ") + ")"
    }
}
