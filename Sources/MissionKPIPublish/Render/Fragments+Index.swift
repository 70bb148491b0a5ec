/// The home page: counts, missions, changes since the last review, watermelons, departments.
extension Fragments {
    /// The home page's content, without its last line break (the layout adds it).
    static func indexBody(_ p: IndexPage) -> String {
        var out = "<h1 class=\"heading-xl\">" + html(p.title) + "</h1>\n<p class=\"lead\">How well the KPIs of government contracts serve "
        out += "the national missions, judged as at " + html(p.frame.asOf) + ": alignment findings, ratings on the reg. 39(5) scale, "
        out += "milestone trajectories and watermelons (contracts rated good while the milestone they serve is off track).</p>\n"
        out += "<ul class=\"counts\">\n"
        for c in p.counts {
            out += "<li><span class=\"counts__value\">" + html(c.value) + "</span> <span class=\"counts__label\">" + html(c.label) + "</span></li>\n"
        }
        out += "</ul>\n\n<h2 id=\"missions\">Missions</h2>\n<div class=\"table-wrap\" role=\"region\" aria-label=\"Missions\" tabindex=\"0\">\n"
        out += "<table class=\"table\">\n<caption class=\"visually-hidden\">Missions, their alignment scores, evidence coverage, milestones, "
        out += "watermelons and findings</caption>\n<thead>\n<tr><th scope=\"col\">Mission</th><th scope=\"col\" class=\"num\">Alignment "
        out += "score (0–100)</th><th scope=\"col\">Nodes and milestones with evidence</th><th scope=\"col\">Milestones</th>"
        out += "<th scope=\"col\" class=\"num\">Watermelons</th><th scope=\"col\">Findings (mission and its contracts)</th></tr>\n</thead>\n<tbody>\n"
        for m in p.missions {
            out += "<tr>\n<th scope=\"row\">" + link(m.link) + "</th>\n<td class=\"num\">" + html(m.score) + "</td>\n<td>" + html(m.coverage)
            out += "</td>\n<td><ul class=\"plain\">"
            for ms in m.milestones {
                out += "<li>"
                tag(ms.status, into: &out)
                out += " " + html(ms.title) + "</li>"
            }
            out += "</ul></td>\n<td class=\"num\">\(m.watermelons)</td>\n<td>" + html(m.findings) + "</td>\n</tr>\n"
        }
        out += "</tbody>\n</table>\n</div>\n\n"
        review(p.review, root: p.frame.root, into: &out)
        out += "\n<h2 id=\"watermelons\">Watermelons</h2>\n"
        if p.watermelons.isEmpty {
            out += "<p>None: no contract is rated good against a milestone that is off track.</p>\n"
        } else {
            out += "<p>Contracts whose KPIs are all rated good while the milestone they serve is off track: green outside, red inside.</p>\n"
            watermelonTable(p.watermelons.map { ($0.contract, $0.milestone, $0.reason) }, into: &out)
        }
        out += "\n<h2 id=\"departments\">Departments</h2>\n<div class=\"table-wrap\" role=\"region\" aria-label=\"Departments\" tabindex=\"0\">\n"
        out += "<table class=\"table\">\n<caption class=\"visually-hidden\">Departments, their contracts, KPIs, overdue annual assessments "
        out += "and findings</caption>\n<thead>\n<tr><th scope=\"col\">Department (contract KPI review)</th><th scope=\"col\" class=\"num\">"
        out += "Contracts</th><th scope=\"col\" class=\"num\">KPIs</th><th scope=\"col\" class=\"num\">Overdue annual assessments (all years "
        out += "to date)</th><th scope=\"col\">Findings</th></tr>\n</thead>\n<tbody>\n"
        for d in p.departments {
            out += "<tr>\n<th scope=\"row\">" + link(d.link) + "</th>\n<td class=\"num\">\(d.contracts)</td>\n<td class=\"num\">\(d.kpis)</td>\n"
            out += "<td class=\"num\">\(d.overdue)</td>\n<td>" + html(d.findings) + "</td>\n</tr>\n"
        }
        out += "</tbody>\n</table>\n</div>\n"
        if let f = p.settingsFindings {
            out += "<h2>Findings on the settings</h2>\n"
            findings(f, into: &out)
        }
        out += "\n<h2>More</h2>\n<ul class=\"list\">\n<li><a href=\"ownership.html\">Contract management ownership audit</a>: who manages "
        out += "and owns each contract, and how much is in the hands of commercial specialists.</li>\n<li><a href=\"pipeline.html\">Commercial "
        out += "pipeline</a>: contracts ending in the coming financial years, the moments to re-procure with better KPIs.</li>\n"
        out += "<li><a href=\"rules.html\">Rules</a>: what each alignment rule checks and why.</li>\n<li><a href=\"data.html\">Open data</a>: "
        out += "contracts, KPIs, returns, ratings, assessments and findings as CSV and JSON, with a data dictionary.</li>\n</ul>"
        return out
    }
}
