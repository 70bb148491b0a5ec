/// The parts of a large mission's pages written in Swift: its numbered evidence pages (HTML body and
/// Markdown), and, on its own page, the table of those pages and the poorly aligned KPIs counted by rule.
/// Every value is HTML-escaped with `html` or Markdown-escaped with `MarkdownText`.
extension Fragments {
    /// A table of KPIs evidencing a milestone or node, ending in a line break.
    static func evidenceTable(_ rows: [MissionPage.EvidenceRow], label: String, into out: inout String) {
        out += "<div class=\"table-wrap\" role=\"region\" aria-label=\"" + html(label) + "\" tabindex=\"0\">\n"
        out += "<table class=\"table table--compact\">\n<thead><tr><th scope=\"col\">Contract</th><th scope=\"col\">KPI</th>"
        out += "<th scope=\"col\">Latest rating</th><th scope=\"col\">Returns</th></tr></thead>\n<tbody>\n"
        for e in rows {
            out += "<tr>\n<td><a href=\"" + html(e.contract.href) + "\">" + html(e.contract.text) + "</a></td>\n"
            out += "<td><a href=\"" + html(e.kpi.href) + "\">" + html(e.kpi.text) + "</a><br><span class=\"secondary\">"
            out += html(e.kpiTitle) + "</span></td>\n"
            ratingCell(e.rating, into: &out)
            out += "</td>\n"
            ratingCell(e.dataState, into: &out)
            out += "</td>\n</tr>\n"
        }
        out += "</tbody>\n</table>\n</div>\n"
    }

    /// The Markdown table of KPIs evidencing a milestone or node, ending in a line break.
    static func evidenceMarkdown(_ rows: [MissionPage.EvidenceRow], into out: inout String) {
        out += "| Contract | KPI | Latest rating | Returns |\n|---|---|---|---|\n"
        for e in rows {
            out += "| " + MarkdownText.escape(e.contract.text) + " | " + MarkdownText.escape(e.kpi.text) + ": "
            out += MarkdownText.escape(e.kpiTitle) + " | " + MarkdownText.escape(e.rating.text) + " | "
            out += MarkdownText.escape(e.dataState.text) + " |\n"
        }
    }

    /// The links to the previous page, all pages and the next page.
    static func evidencePager(_ p: MissionEvidencePage, markdown: Bool) -> String {
        let ext = markdown ? ".md" : ".html"
        let index = "../" + p.missionID + ext + (markdown ? "" : "#evidence")
        if markdown {
            var out = p.number > 1 ? "Previous: [Page \(p.number - 1)](evidence-\(p.number - 1).md). " : ""
            out += "All \(p.total) pages: [" + MarkdownText.escape(p.missionTitle) + "](" + index + ")."
            if p.number < p.total { out += " Next: [Page \(p.number + 1)](evidence-\(p.number + 1).md)." }
            return out
        }
        var out = "<nav aria-label=\"Pages of the evidence\"><p>"
        if p.number > 1 { out += "<a href=\"evidence-\(p.number - 1).html\" rel=\"prev\">Page \(p.number - 1)</a> · " }
        out += "<a href=\"" + html(index) + "\">All \(p.total) pages</a>"
        if p.number < p.total { out += " · <a href=\"evidence-\(p.number + 1).html\" rel=\"next\">Page \(p.number + 1)</a>" }
        return out + "</p></nav>\n"
    }

    /// What the page is: which contracts it covers.
    static func evidenceLead(_ p: MissionEvidencePage) -> String {
        "Contracts \(p.first) to \(p.last), of the \(p.contractCount) serving the mission: their KPIs that measure its milestones and "
            + "theory-of-change nodes directly, the contracts among them contributing to each node, and the findings on them."
    }

    /// The evidence page's content, without its last line break (the layout adds it).
    static func evidenceBody(_ p: MissionEvidencePage) -> String {
        var out = "<span class=\"caption\">Mission evidence, page \(p.number) of \(p.total)</span>\n"
        out += "<h1 class=\"heading-xl\">" + html(p.missionTitle) + "</h1>\n" + evidencePager(p, markdown: false)
        out += "<p class=\"lead\">" + html(evidenceLead(p)) + "</p>\n\n<h2 id=\"milestones\">Milestones</h2>\n"
        if p.milestones.isEmpty { out += "<p>No KPI of these contracts measures a milestone directly.</p>\n" }
        for o in p.milestones { outcome(o, into: &out) }
        out += "\n<h2 id=\"theory-of-change\">Theory of change</h2>\n"
        if p.nodes.isEmpty { out += "<p>None of these contracts contributes to a node or has a KPI measuring one.</p>\n" }
        for o in p.nodes { outcome(o, into: &out) }
        out += "\n<h2 id=\"poorly-aligned\">Poorly aligned KPIs</h2>\n"
        out += "<p>Findings of the alignment rules on the KPIs of these contracts: the rule, the reason and the fix.</p>\n"
        if let f = p.poorlyAligned { findings(f, into: &out) } else { out += "<p>None.</p>\n" }
        if let f = p.contractFindings {
            out += "<h3>Findings on those contracts</h3>\n"
            findings(f, into: &out)
        }
        out += "\n" + evidencePager(p, markdown: false)
        if !out.isEmpty { out.removeLast() }  // not dropLast: Collection's counts the whole page twice
        return out
    }

    /// A milestone's or node's section on an evidence page.
    static func outcome(_ o: MissionEvidencePage.Outcome, into out: inout String) {
        out += "<section class=\"block\" id=\"" + html(o.anchor) + "\" aria-labelledby=\"" + html(o.anchor) + "-h\">\n"
        out += "<h3 id=\"" + html(o.anchor) + "-h\" class=\"heading-s\">"
        if let level = o.level { out += "<span class=\"level\">" + html(level) + "</span> " }
        out += "<a href=\"" + html(o.link) + "\">" + html(o.heading) + "</a></h3>\n"
        if !o.contributors.isEmpty {
            out += "<p>Contracts contributing: "
            for c in o.contributors { out += "<a href=\"" + html(c.href) + "\">" + html(c.text) + "</a> " }
            out += "</p>\n"
        }
        if !o.evidence.isEmpty { evidenceTable(o.evidence, label: o.label, into: &out) }
        out += "</section>\n"
    }

    /// The evidence page as Markdown.
    static func evidenceMarkdown(_ p: MissionEvidencePage) -> String {
        let f = p.frame
        var out = "# " + MarkdownText.escape(p.missionTitle) + ": evidence, page \(p.number) of \(p.total)\n\n"
        out += "Mission evidence, as at " + f.asOf + ". " + MarkdownText.escape(f.siteTitle) + ".\n\n"
        out += evidencePager(p, markdown: true) + "\n\n" + MarkdownText.escape(evidenceLead(p)) + "\n\n## Milestones\n\n"
        if p.milestones.isEmpty { out += "No KPI of these contracts measures a milestone directly.\n\n" }
        for o in p.milestones { outcomeMarkdown(o, into: &out) }
        out += "## Theory of change\n\n"
        if p.nodes.isEmpty { out += "None of these contracts contributes to a node or has a KPI measuring one.\n\n" }
        for o in p.nodes { outcomeMarkdown(o, into: &out) }
        out += "## Poorly aligned KPIs\n\n"
        if let t = p.poorlyAligned { out += t.markdown + "\n\n" } else { out += "None.\n\n" }
        if let t = p.contractFindings { out += "### Findings on those contracts\n\n" + t.markdown + "\n\n" }
        out += "---\nJudged as at " + f.asOf + " by MissionKPI " + f.version + "; inputs SHA-256 " + f.inputsHash + "; returns SHA-256 "
        return out + f.returnsHash + ".\n"
    }

    /// A milestone's or node's section of the Markdown evidence page.
    static func outcomeMarkdown(_ o: MissionEvidencePage.Outcome, into out: inout String) {
        out += "### " + (o.level.map { MarkdownText.escape($0) + ": " } ?? "") + MarkdownText.escape(o.heading) + "\n\n"
        if !o.contributors.isEmpty {
            out += "Contracts contributing: " + o.contributors.map { MarkdownText.escape($0.text) }.joined(separator: ", ") + "\n\n"
        }
        if !o.evidence.isEmpty {
            evidenceMarkdown(o.evidence, into: &out)
            out += "\n"
        }
    }
}
