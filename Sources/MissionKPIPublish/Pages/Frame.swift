import MissionKPI

/// What every page carries: the site title, the navigation, the breadcrumbs and the footer's facts.
struct PageFrame: Sendable {
    struct NavItem: Sendable {
        var href: String
        var text: String
        var current: Bool
    }

    var siteTitle: String
    var pageTitle: String
    /// `""` at the root, `"../"` one folder down.
    var root: String
    var asOf: String
    /// The publication date (`publish --published`, else the as-of date).
    var publishedOn: String
    /// Who publishes, with a link to reach them when the contact is a web or email address.
    var publisherName: String?
    var publisherHref: String?
    /// The licence of the site and its data, with its address.
    var licenceName: String
    var licenceHref: String?
    var version: String
    var inputsHash: String
    var returnsHash: String
    var nav: [NavItem]
    var breadcrumbs: [Link]
    /// The page's own Markdown version, when there is one.
    var markdownHref: String?

    /// The sections of the site, in navigation order.
    enum Section: String, CaseIterable {
        case overview, missions, departments, suppliers, ownership, pipeline, review, rules, data
    }

    init(_ report: SiteReport, title: String, path: SitePath, section: Section, breadcrumbs: [Link] = [], markdown: String? = nil) {
        let root = path.rootPrefix
        siteTitle = report.redactor.text(report.workspace.settings.publication.title)
        pageTitle = title
        self.root = root
        asOf = report.asOf.description
        publishedOn = report.publishedOn.description
        let publication = report.workspace.settings.publication
        publisherName = publication.publisher.map { report.redactor.text($0.name) }
        publisherHref = publication.publisher?.contact.flatMap(Self.href)
        licenceName = publication.licence.name
        licenceHref = publication.licence.url.flatMap(Self.href)
        version = MissionKPIVersion.current
        inputsHash = report.inputsHash
        returnsHash = report.returnsHash
        let items: [(Section, String, String)] = [
            (.overview, "index.html", "Overview"),
            (.missions, "index.html#missions", "Missions"),
            (.departments, "index.html#departments", "Departments"),
            (.suppliers, "suppliers.html", "Suppliers"),
            (.ownership, "ownership.html", "Ownership"),
            (.pipeline, "pipeline.html", "Pipeline"),
            (.review, "kpi-review.html", "KPI review"),
            (.rules, "rules.html", "Rules"),
            (.data, "data.html", "Open data"),
        ]
        nav = items.map { NavItem(href: root + $0.1, text: $0.2, current: $0.0 == section) }
        self.breadcrumbs = breadcrumbs.isEmpty ? [] : [Link(href: root + "index.html", text: "Overview")] + breadcrumbs
        markdownHref = markdown
    }
}

extension PageFrame {
    /// A web address as it is, an email address as a `mailto:` link; nil for anything else (shown as text).
    static func href(_ contact: String) -> String? {
        if contact.hasPrefix("https://") || contact.hasPrefix("http://") { return contact }
        let parts = contact.split(separator: "@")
        if parts.count == 2, !parts[0].isEmpty, parts[1].contains(".") { return "mailto:" + contact }
        return nil
    }
}

/// A finding as a table row: the rule (linked to its description), severity, subject, reason and fix.
struct FindingRow: Sendable {
    var rule: String
    var ruleTitle: String
    var ruleHref: String
    var severity: Tag
    var subject: String
    var subjectHref: String?
    var message: String
    var fix: String
    var location: String
    var waiver: String?

    init(_ f: Finding, report: SiteReport, root: String) {
        rule = f.ruleID
        ruleTitle = RuleRegistry.rule(f.ruleID)?.description.title ?? f.ruleID
        ruleHref = Href.rule(f.ruleID, root: root)
        severity = Tag.severity(f.severity)
        subject = f.subject.description
        switch f.subject.kind {
        case .contract: subjectHref = report.workspace.contract(f.subject.owner) != nil ? Href.contract(f.subject.owner, root: root) : nil
        case .kpi:
            subjectHref = report.workspace.contract(f.subject.owner) != nil ? Href.kpi(f.subject.owner, f.subject.item, root: root) : nil
        case .mission:
            let ref = OutcomeRef(mission: f.subject.owner, id: f.subject.item)
            let isMilestone = report.workspace.milestone(ref) != nil
            subjectHref =
                report.workspace.mission(f.subject.owner) == nil
                ? nil
                : f.subject.item.isEmpty
                    ? Href.mission(f.subject.owner, root: root) : Href.outcome(ref, root: root, isMilestone: isMilestone)
        case .department:
            subjectHref = report.workspace.department(f.subject.owner) != nil ? Href.department(f.subject.owner, root: root) : nil
        case .workspace: subjectHref = nil
        }
        message = report.redactor.text(f.message)
        fix = report.redactor.text(f.fix)
        location = f.location.description
        waiver = f.waivedBy.map { w in
            let approver = Self.person(
                w.approvedBy, home: f.subject.contractID.flatMap { report.workspace.contract($0)?.department }, report)
            return report.redactor.text("Waived until \(w.expires) by \(approver): \(w.reason)")
        }
    }

    /// The findings as a table, most severe first; nil when there are none.
    static func table(_ findings: [Finding], _ report: SiteReport, root: String, label: String = "Findings") -> FindingTable? {
        FindingTable.make(rows(findings, report, root: root), label: label)
    }

    static func rows(_ findings: [Finding], _ report: SiteReport, root: String) -> [FindingRow] {
        findings.sorted { a, b in
            a.severity != b.severity ? a.severity > b.severity : (a.ruleID, a.subject, a.key) < (b.ruleID, b.subject, b.key)
        }.map { FindingRow($0, report: report, root: root) }
    }

    /// A person written `dept/id` or `id` (of `home`), shown by name or by role and grade.
    static func person(_ text: String, home: String?, _ report: SiteReport) -> String {
        let parts = text.split(separator: "/").map(String.init)
        let dept = parts.count == 2 ? parts[0] : home ?? ""
        let id = parts.last ?? text
        guard let p = report.workspace.department(dept)?.person(id) else { return text }
        return PersonDisplay.name(p, floor: report.workspace.settings.publication.nameGradeFloor)
    }
}

/// A table of findings with its accessible label; nil when there are none (pages then say so).
/// The HTML table is written once, when the table is made; the Markdown table only when a Markdown page
/// asks for it: the contract page, which holds most tables, has no Markdown twin.
/// Findings counted by severity ("1 warning") with their rules, for a page that links to where their
/// reasons and fixes are (the department review's line per contract and row per KPI).
struct FindingSummary: Sendable {
    var words: String
    var rules: [String]

    /// The summary of `findings`, nil when there are none.
    init?(_ findings: [Finding]) {
        guard !findings.isEmpty else { return nil }
        words = Words.severities(findings)
        rules = findings.map(\.ruleID)
    }
}

struct FindingTable: Sendable {
    var label: String
    var rows: [FindingRow]

    static func make(_ rows: [FindingRow], label: String) -> FindingTable? {
        rows.isEmpty ? nil : FindingTable(label: label, rows: rows)
    }

    /// The HTML table, without its last line break, written on each call.
    var html: String {
        var out = ""
        Fragments.findingsTable(self, into: &out)
        out.removeLast()
        return out
    }

    /// The Markdown table, without its last line break, written on each call.
    var markdown: String {
        var out = ""
        Fragments.findingsMarkdown(self, into: &out)
        out.removeLast()
        return out
    }
}
