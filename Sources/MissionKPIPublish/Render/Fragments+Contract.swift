/// The contract page's content written in Swift (it is the most numerous page: one per contract),
/// around its KPI sections (`Fragments+KPI.swift`); `Fragments.layout` puts it in the page.
extension Fragments {
    /// The page's content, without its last line break (the template's `{{{body}}}` line adds it).
    static func contractBody(_ p: ContractPage) -> String {
        var out = "<span class=\"caption\">Contract</span>\n<h1 class=\"heading-xl\">" + html(p.title) + "</h1>\n"
        out += "<dl class=\"summary-list\">\n"
        for f in p.facts {
            out += "<div class=\"summary-list__row\"><dt>" + html(f.label) + "</dt><dd>"
            if let href = f.href { out += "<a href=\"" + html(href) + "\">" + html(f.value) + "</a>" } else { out += html(f.value) }
            out += "</dd></div>\n"
        }
        if let e = p.exemption { out += "<div class=\"summary-list__row\"><dt>KPI exemption</dt><dd>" + html(e) + "</dd></div>" }
        out += "\n</dl>\n\n<h2 id=\"verdict\">Verdict</h2>\n" + p.verdictHTML
        out += "\n<h2 id=\"actions\">Who must act</h2>\n" + p.actionsHTML
        out += "\n<h2 id=\"missions\">Missions served</h2>\n"
        if p.contributions.isEmpty {
            out += "<p>The contract names no mission outcome it contributes to.</p>\n"
        } else {
            out += "<ul class=\"list\">\n"
            for c in p.contributions {
                out += "<li><a href=\"" + html(c.node.href) + "\">" + html(c.node.text) + "</a>: " + html(c.statement)
                if let r = c.rationale { out += "<br><span class=\"secondary\">Why: " + html(r) + "</span>" }
                out += "</li>\n"
            }
            out += "</ul>\n\n"
        }
        out += "\n<h2 id=\"score\">Alignment score: " + html(p.score) + " out of 100</h2>\n"
        out += "<p>How well the KPIs are chosen: 100 less 20 points for each error, 10 for each warning and 2 for each info "
        out += "finding of the <a href=\"" + html(p.frame.root) + "rules.html\">alignment rules</a> on the contract and its KPIs. "
        out += "Findings on performance, data, outcomes and management cost no points here: they set the verdict above.</p>\n"
        if p.deductions.isEmpty {
            out += "<p>No finding costs this contract any points.</p>\n"
        } else {
            out += "<table class=\"table table--compact\">\n<caption class=\"visually-hidden\">Points lost, by finding</caption>\n"
            out += "<thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Subject</th><th scope=\"col\" class=\"num\">Points</th></tr></thead>\n<tbody>\n"
            for d in p.deductions {
                out += "<tr><td><a href=\"" + html(d.rule.href) + "\">" + html(d.rule.text) + "</a></td><td>" + html(d.subject)
                out += "</td><td class=\"num\">" + html(d.points) + "</td></tr>\n"
            }
            out += "</tbody>\n</table>\n\n"
        }
        out += "\n<h2 id=\"findings\">Findings</h2>\n"
        if let f = p.findings {
            findings(f, into: &out)
            out += "\n\n"
        } else {
            out += "\n<p>None.</p>\n"
        }
        if let w = p.waived {
            out += "<h3>Waived findings</h3>\n"
            findings(w, into: &out)
        }
        out += "\n<h2 id=\"annual\">Annual assessments (Procurement Act 2023 s.71)</h2>\n"
        if p.annual.isEmpty {
            out += "<p>No assessment period has started.</p>\n"
        } else {
            out += "<div class=\"table-wrap\" role=\"region\" aria-label=\"Annual assessments\" tabindex=\"0\">\n<table class=\"table\">\n"
            out +=
                "<thead><tr><th scope=\"col\">Year</th><th scope=\"col\">Period</th><th scope=\"col\">Due</th><th scope=\"col\">Status</th><th scope=\"col\">Overall</th><th scope=\"col\">Most material KPIs</th></tr></thead>\n<tbody>\n"
            for a in p.annual {
                out += "<tr><td>\(a.year)</td><td>" + html(a.period) + "</td><td>" + html(a.due) + "</td><td>"
                tag(a.status, into: &out)
                out += "</td><td>"
                tag(a.overall, into: &out)
                out += "</td><td>" + html(a.ratings) + "<br><span class=\"secondary\">" + html(a.rationale) + "</span></td></tr>\n"
            }
            out += "</tbody>\n</table>\n</div>\n\n"
        }
        if !p.published.isEmpty { published(p.published, into: &out) }
        out += "\n<h2 id=\"kpis\">KPIs</h2>\n" + p.kpiSections
        if !p.hasKPIs { out += "<p>This contract has no KPIs.</p>" }
        return out
    }
}

/// A page whose content was written in Swift, for the layout template.
struct RenderedPage: Sendable {
    var frame: PageFrame
    var body: String
}
