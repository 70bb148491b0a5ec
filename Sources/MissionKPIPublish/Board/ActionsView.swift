import MissionKPI

/// Who must act, on a page: the actions grouped by owner, each with its contract, what to do, why and
/// its date. It lists the core's `ActionPlan`; it decides nothing.
enum ActionsView {
    /// "Senior responsible owner: Alex Director, Department for Transport" (people below the grade
    /// floor by role and grade).
    static func owner(_ o: ActionOwner, report: SiteReport) -> String {
        let ws = report.workspace
        let dept = o.department.map { ws.department($0)?.name ?? $0 }
        switch o.role {
        case .missionBoard:
            let m = o.mission.flatMap { ws.mission($0) }
            return report.redactor.text(m?.board ?? "The board of " + (m?.title ?? o.mission ?? "the mission"))
        case .department:
            return report.redactor.text("Department: " + (dept ?? "not named"))
        case .seniorResponsibleOwner, .contractManager:
            let who = o.person.map { PersonDisplay.name($0, in: ws) } ?? "not named"
            return report.redactor.text(o.role.label + ": " + who + (dept.map { ", " + $0 } ?? ""))
        }
    }

    /// The date as a tag: red when overdue, blue when due, grey for "before re-procurement".
    static func dateTag(_ a: Action) -> Tag? {
        guard let text = a.dueText else { return nil }
        let words = text.prefix(1).uppercased() + text.dropFirst()
        if a.overdue { return Tag(text: words, cls: "inadequate", symbol: "✕") }
        return a.dueText?.hasPrefix("due") == true ? Tag(text: words, cls: "info", symbol: "…") : Tag(text: words, cls: "other", symbol: "–")
    }

    /// What the action is about, linked: the contract (and KPI), or the mission.
    static func subject(_ a: Action, root: String) -> (href: String, text: String)? {
        if let c = a.contract {
            if let k = a.kpi { return (Href.kpi(c, k, root: root), c + " · " + k) }
            return (Href.contract(c, root: root), c)
        }
        if let m = a.mission { return (Href.mission(m, root: root), m) }
        return nil
    }

    /// The actions by owner as HTML, owners as headings of `level`; `empty` when there are none.
    static func html(_ list: [Action], report: SiteReport, root: String, level: Int = 3, empty: String) -> String {
        guard !list.isEmpty else { return "<p>" + Fragments.html(empty) + "</p>\n" }
        var out = "<div class=\"actions\">\n"
        for (owner, actions) in ActionPlan.byOwner(list) {
            out += "<section class=\"actions__owner\">\n<h\(level) class=\"heading-s\">" + Fragments.html(self.owner(owner, report: report))
            out += " <span class=\"secondary\">(" + Words.count(actions.count, "action") + ")</span></h\(level)>\n<ul class=\"actions__list\">\n"
            for a in actions {
                out += "<li>"
                if let t = dateTag(a) {
                    Fragments.tag(t, into: &out)
                    out.removeLast()
                    out += " "
                }
                if let s = subject(a, root: root) { out += "<a href=\"" + Fragments.html(s.href) + "\">" + Fragments.html(s.text) + "</a>: " }
                out += "<strong>" + Fragments.html(report.redactor.text(a.what)) + "</strong> "
                out += "<span class=\"secondary\">" + Fragments.html(report.redactor.text(a.why)) + "</span></li>\n"
            }
            out += "</ul>\n</section>\n"
        }
        return out + "</div>\n"
    }

    /// The actions by owner as Markdown: a heading of `level` per owner, a list of actions.
    static func markdown(_ list: [Action], report: SiteReport, level: Int = 3, empty: String) -> String {
        guard !list.isEmpty else { return empty + "\n" }
        var out = ""
        for (owner, actions) in ActionPlan.byOwner(list) {
            out += String(repeating: "#", count: level) + " " + MarkdownText.escape(self.owner(owner, report: report)) + "\n\n"
            for a in actions {
                var line = "- "
                if let d = a.dueText { line += "**" + MarkdownText.escape(d.prefix(1).uppercased() + d.dropFirst()) + "**: " }
                if let s = subject(a, root: "") { line += MarkdownText.escape(s.text) + ": " }
                line += MarkdownText.escape(report.redactor.text(a.what)) + " " + MarkdownText.escape(report.redactor.text(a.why))
                out += line + "\n"
            }
            out += "\n"
        }
        return out
    }
}
