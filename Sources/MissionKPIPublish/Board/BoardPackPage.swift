import MissionKPI

/// A mission's printable board pack (`missions/<id>/board-pack.html`): the verdict, the milestones with
/// their charts, who must act and by when, the contracts with their verdicts and any watermelons, one
/// section to a printed page (the print stylesheet starts each on a new page and keeps charts, rows and
/// headings whole).
enum BoardPackPage {
    /// The page's path.
    static func path(_ mission: String) throws -> SitePath { try SitePath("missions", mission, "board-pack.html") }

    /// The actions a mission's pages list: all of them for a mission on one page; for a mission with
    /// evidence pages, the mission board's, the overdue and the serious ones, at most 200 (`more` counts
    /// the rest, listed on the contract pages).
    static func actions(_ m: Mission, report: SiteReport) -> (shown: [Action], more: Int) {
        let linked = report.contracts(mission: m.id)
        let all = report.actions.actions(mission: m.id, contracts: linked.map(\.id))
        guard linked.count > Paging.pageSize else { return (all, 0) }
        let urgent = all.filter { $0.owner.role == .missionBoard || $0.overdue || $0.weight >= 2 }.prefix(200)
        return (Array(urgent), all.count - urgent.count)
    }

    /// The whole page.
    static func render(_ m: Mission, report: SiteReport) throws -> String {
        let path = try path(m.id)
        let root = path.rootPrefix, r = report.redactor
        let title = r.text(m.title)
        let frame = PageFrame(
            report, title: "\(title): board pack", path: path, section: .missions,
            breadcrumbs: [Link(href: root + "index.html#missions", text: "Missions"), Link(href: Href.mission(m.id, root: root), text: title)])
        var out = "<div class=\"pack\">\n<span class=\"caption\">Mission board pack, as at " + Fragments.html(report.asOf.description) + "</span>\n"
        out += "<h1 class=\"heading-xl\">" + Fragments.html(title) + "</h1>\n"
        var facts: [String] = []
        if let b = r.text(m.board) { facts.append("Mission board: " + b) }
        if let d = r.text(m.leadDepartment) { facts.append("Lead department: " + d) }
        facts.append("Published \(report.publishedOn) with evidence as at \(report.asOf)")
        out += "<p class=\"secondary\">" + facts.map(Fragments.html).joined(separator: " · ") + "</p>\n"
        out += "<p class=\"no-print\"><a href=\"" + Fragments.html(Href.mission(m.id, root: root)) + "\">The full mission report</a>. "
        out += "Print this page (or save it as PDF) for the board: each section starts on a new page.</p>\n"
        out += "<section class=\"pack-section\" aria-labelledby=\"pack-verdict\">\n<h2 id=\"pack-verdict\">1. Verdict</h2>\n"
        out += VerdictView.html(report.verdicts.mission(m.id), mission: true, redactor: r, id: "verdict") + "</section>\n"
        out += milestones(m, report: report, root: root)
        let acting = actions(m, report: report)
        out += "<section class=\"pack-section\" aria-labelledby=\"pack-actions\">\n<h2 id=\"pack-actions\">3. Who must act</h2>\n"
        out += ActionsView.html(acting.shown, report: report, root: root, empty: "Nobody needs to act.")
        if acting.more > 0 { out += "<p>\(acting.more) more actions, on the contract pages.</p>\n" }
        out += "</section>\n" + contracts(m, report: report, root: root) + "</div>"
        return Fragments.layout(RenderedPage(frame: frame, body: out))
    }

    static func milestones(_ m: Mission, report: SiteReport, root: String) -> String {
        var out = "<section class=\"pack-section\" aria-labelledby=\"pack-milestones\">\n<h2 id=\"pack-milestones\">2. Milestones</h2>\n"
        if m.milestones.isEmpty { out += "<p>The mission has no milestones.</p>\n" }
        for ms in m.milestones {
            let t = report.assessment.milestone(OutcomeRef(mission: m.id, id: ms.id))?.trajectory
            out += "<div class=\"block\">\n<h3>" + Fragments.html(report.redactor.text(ms.title)) + "</h3>\n<p>"
            Fragments.tag(Tag.status(t?.status ?? .noData), into: &out)
            out.removeLast()
            out += " " + Fragments.html(report.redactor.text(t?.reason ?? "No assessment.")) + "</p>\n"
            out += "<figure class=\"chart\" tabindex=\"0\">\n" + ChartBridge.milestone(ms, mission: m, report: report) + "\n</figure>\n</div>\n"
        }
        return out + "</section>\n"
    }

    static func contracts(_ m: Mission, report: SiteReport, root: String) -> String {
        let linked = report.contracts(mission: m.id)
        var out = "<section class=\"pack-section\" aria-labelledby=\"pack-contracts\">\n<h2 id=\"pack-contracts\">4. Contracts serving the mission</h2>\n"
        guard !linked.isEmpty else { return out + "<p>No contract serves this mission.</p>\n</section>\n" }
        out += "<div class=\"table-wrap table-wrap--stack\" role=\"region\" aria-label=\"Contracts serving the mission\" tabindex=\"0\">\n<table class=\"table table--stack\">\n"
        out += "<thead><tr><th scope=\"col\">Contract</th><th scope=\"col\">Supplier</th><th scope=\"col\" class=\"num\">Value</th>"
        out += "<th scope=\"col\">Verdict</th><th scope=\"col\" class=\"num\">Alignment score</th></tr></thead>\n<tbody>\n"
        for c in linked {
            let v = report.verdicts.contract(c.id)
            out += "<tr><td data-label=\"Contract\"><a href=\"" + Fragments.html(Href.contract(c.id, root: root)) + "\">" + Fragments.html(c.id)
            out += "</a><br><span class=\"secondary\">" + Fragments.html(report.redactor.text(c.title)) + "</span></td>"
            out += "<td data-label=\"Supplier\">" + Fragments.html(report.redactor.text(c.supplier.name)) + "</td>"
            out += "<td data-label=\"Value\" class=\"num\">" + Fragments.html(Words.shortMoney(c.value.grossAmount)) + "</td><td data-label=\"Verdict\">"
            Fragments.tag(VerdictView.tag(v?.overall ?? .notKnown), into: &out)
            out.removeLast()
            out += Fragments.html(v.map(VerdictView.about) ?? "") + "</td><td data-label=\"Alignment score\" class=\"num\">"
            out += Fragments.html(Words.score(report.score(contract: c.id)?.score)) + "</td></tr>\n"
        }
        out += "</tbody>\n</table>\n</div>\n"
        let melons = report.assessment.watermelons.filter { $0.milestone.mission == m.id }
        if !melons.isEmpty {
            out += "<h3>Watermelons</h3>\n<ul class=\"list\">\n"
            for w in melons { out += "<li>" + Fragments.html(report.redactor.text(w.reason)) + "</li>\n" }
            out += "</ul>\n"
        }
        return out + "</section>\n"
    }
}
