/// The commercial pipeline page: each financial year's contracts, then the s.93 view.
extension Fragments {
    /// The pipeline page's content, without its last line break (the layout adds it).
    static func pipelineBody(_ p: PipelinePage) -> String {
        var out = "<h1 class=\"heading-xl\">Commercial pipeline</h1>\n<p class=\"lead\">" + html(p.intro) + "</p>\n"
        out += "<p>Each contract ending is a moment to re-procure with KPIs that serve the missions better; the score and findings "
        out += "show how much there is to fix.</p>\n"
        for y in p.years {
            out += "<h2 id=\"fy-" + html(y.label) + "\">" + html(y.label) + " <span class=\"secondary\">(" + html(y.span) + ")</span></h2>\n"
            out += "<p>Contracts ending in the year: " + html(y.value) + " including VAT.</p>\n"
            pipelineTable(y, into: &out)
        }
        let s = p.s93
        out += "<h2 id=\"s93\">Pipeline notice view, " + html(s.label) + " (Procurement Act 2023 s.93)</h2>\n"
        out += "<p>Contracts over " + html(p.threshold) + " including VAT whose procurement starts in the coming financial year ("
        out += html(s.span) + "): " + html(s.value) + " in all.</p>\n"
        pipelineTable(s, into: &out)
        if !out.isEmpty { out.removeLast() }  // not dropLast: Collection's counts the whole page twice
        return out
    }

    /// One year's contracts (or "No contract."), ending in a line break.
    static func pipelineTable(_ y: PipelinePage.Year, into out: inout String) {
        guard !y.rows.isEmpty else { return out += "<p>No contract.</p>\n" }
        out += "<div class=\"table-wrap\" role=\"region\" aria-label=\"Contracts in " + html(y.label) + "\" tabindex=\"0\">\n<table class=\"table\">\n"
        out += "<thead><tr><th scope=\"col\">Contract</th><th scope=\"col\">Department</th><th scope=\"col\" class=\"num\">Value</th>"
        out += "<th scope=\"col\">Ends</th><th scope=\"col\">Re-procurement starts</th><th scope=\"col\">Started?</th>"
        out += "<th scope=\"col\">Missions</th><th scope=\"col\" class=\"num\">Score</th><th scope=\"col\">Findings</th></tr></thead>\n<tbody>\n"
        for r in y.rows {
            out += "<tr><td>" + link(r.link) + "<br><span class=\"secondary\">" + html(r.title) + "</span></td><td>" + link(r.department)
            out += "</td><td class=\"num\">" + html(r.value) + "</td><td class=\"date\">" + html(r.end) + "</td><td class=\"date\">"
            out += html(r.procurementStart) + (r.procurementEstimated ? "<br><span class=\"secondary\">estimated</span>" : "") + "</td><td>"
            tag(r.due, into: &out)
            out += "</td><td>" + links(r.missions) + "</td><td class=\"num\">" + html(r.score) + "</td><td>" + html(r.findings) + "</td></tr>\n"
        }
        out += "</tbody>\n</table>\n</div>\n\n"
    }

    /// `<a href="…">text</a>`.
    static func link(_ l: Link) -> String { "<a href=\"" + html(l.href) + "\">" + html(l.text) + "</a>" }

    /// Each link followed by `<br>`, or `None`.
    static func links(_ list: [Link]) -> String {
        guard !list.isEmpty else { return "None" }
        var out = ""
        for l in list { out += link(l) + "<br>" }
        return out
    }
}
