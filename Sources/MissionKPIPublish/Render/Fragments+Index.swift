/// The home page: counts, missions, changes since the last review, watermelons, departments.
extension Fragments {
    /// The home page's content, without its last line break (the layout adds it).
    static func indexBody(_ p: IndexPage) -> String {
        var out = "<h1 class=\"heading-xl\">" + html(p.title) + "</h1>\n<p class=\"lead\">Whether government contracts buy the outcomes "
        out += "the national missions promised, judged as at " + html(p.frame.asOf) + ": a verdict on each mission and contract, who must act, "
        out += "alignment findings, ratings on the reg. 39(5) scale, milestone trajectories and watermelons (contracts rated good while the "
        out += "milestone they serve is off track).</p>\n<ul class=\"counts\">\n"
        for c in p.counts {
            out += "<li><span class=\"counts__value\">" + html(c.value) + "</span> <span class=\"counts__label\">" + html(c.label) + "</span></li>\n"
        }
        out += "</ul>\n\n<h2 id=\"missions\">Missions</h2>\n<p>Each mission answers five questions separately: are its contracts' KPIs "
        out += "the right ones, are they being met, is there current evidence, is the mission on track, and are its contracts managed. The "
        out += "verdict is the worst answer, so it cannot look good while any of them is bad.</p>\n"
        out += p.missionsHTML + "\n" + p.verdictHelpHTML + "\n\n"
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
