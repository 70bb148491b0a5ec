/// The suppliers index and each supplier's record.
extension Fragments {
    /// The suppliers index's content, without its last line break (the layout adds it).
    static func suppliersBody(_ p: SuppliersPage) -> String {
        var out = "<h1 class=\"heading-xl\">Suppliers</h1>\n<p class=\"lead\">" + html(p.intro) + "</p>\n"
        out += "<p>Each supplier's page shows its contracts across departments, its KPI ratings over time, the s.71 annual assessments of "
        out += "its contracts, its watermelons and the ratings authorities published in contract performance notices (UK9).</p>\n"
        out += "<nav aria-label=\"Order of the table\"><p>Ordered by " + html(p.orderWords) + ". Order by: "
        for o in p.orders {
            out += o.current ? "<strong>" + html(o.text) + "</strong>" : "<a href=\"" + html(o.href) + "\">" + html(o.text) + "</a>"
            out += html(o.separator)
        }
        out += "</p></nav>\n<div class=\"table-wrap\" role=\"region\" aria-label=\"Suppliers\" tabindex=\"0\">\n<table class=\"table\">\n"
        out += "<caption class=\"visually-hidden\">Suppliers ordered by " + html(p.orderWords) + "</caption>\n<thead><tr><th scope=\"col\">"
        out += "Supplier</th><th scope=\"col\">Identifier</th><th scope=\"col\" class=\"num\">Departments</th><th scope=\"col\" class=\"num\">"
        out += "Contracts</th><th scope=\"col\" class=\"num\">Value including VAT</th><th scope=\"col\" class=\"num\">KPIs rated good</th>"
        out += "<th scope=\"col\" class=\"num\">Overdue annual assessments</th><th scope=\"col\" class=\"num\">Watermelons</th>"
        out += "<th scope=\"col\" class=\"num\">Published UK9 ratings</th></tr></thead>\n<tbody>\n"
        for r in p.rows {
            out += "<tr><th scope=\"row\">" + link(r.link) + "</th><td>" + html(r.identifier) + "</td><td class=\"num\">\(r.departments)</td>"
            out += "<td class=\"num\">\(r.contracts)</td><td class=\"num\">" + html(r.value) + "</td><td class=\"num\">" + html(r.shareGood)
            out += " <span class=\"secondary\">(" + html(r.rated) + ")</span></td><td class=\"num\">\(r.overdue)</td><td class=\"num\">"
            out += "\(r.watermelons)</td><td class=\"num\">\(r.published)</td></tr>\n"
        }
        out += "</tbody>\n</table>\n</div>"
        return out
    }

    /// A supplier's record: its contracts, ratings over time, annual assessments, watermelons and UK9 ratings.
    static func supplierBody(_ p: SupplierPage) -> String {
        var out = "<span class=\"caption\">Supplier record</span>\n<h1 class=\"heading-xl\">" + html(p.name) + "</h1>\n"
        out += "<p class=\"lead\">" + html(p.figures) + "</p>\n<dl class=\"summary-list\">\n"
        for f in p.facts { out += "<div class=\"summary-list__row\"><dt>" + html(f.label) + "</dt><dd>" + html(f.value) + "</dd></div>\n" }
        out += "</dl>\n\n<h2 id=\"contracts\">Contracts across departments</h2>\n"
        out += "<div class=\"table-wrap\" role=\"region\" aria-label=\"Contracts\" tabindex=\"0\">\n<table class=\"table\">\n<thead><tr>"
        out += "<th scope=\"col\">Contract</th><th scope=\"col\">Department</th><th scope=\"col\" class=\"num\">Value including VAT</th>"
        out += "<th scope=\"col\">Term</th><th scope=\"col\">Missions</th><th scope=\"col\">Latest KPI ratings</th></tr></thead>\n<tbody>\n"
        for c in p.contracts {
            out += "<tr><td>" + link(c.link) + "<br><span class=\"secondary\">" + html(c.title) + "</span></td><td>" + link(c.department)
            out += "</td><td class=\"num\">" + html(c.value) + "</td><td class=\"date\">" + html(c.term) + "</td><td>" + links(c.missions)
            out += "</td><td>" + html(c.ratings) + "</td></tr>\n"
        }
        out += "</tbody>\n</table>\n</div>\n\n<h2 id=\"ratings\">KPI ratings over time</h2>\n"
        if p.quarters.isEmpty {
            out += "<p>No KPI of these contracts has a rated period yet.</p>\n"
        } else {
            out += "<p>Every rated period of every KPI of these contracts, counted by the calendar quarter the period ends in.</p>\n"
            out += "<div class=\"table-wrap\" role=\"region\" aria-label=\"KPI ratings over time\" tabindex=\"0\">\n<table class=\"table\">\n"
            out += "<thead><tr><th scope=\"col\">Quarter</th><th scope=\"col\" class=\"num\">Good</th><th scope=\"col\" class=\"num\">"
            out += "Approaching target</th><th scope=\"col\" class=\"num\">Requires improvement</th><th scope=\"col\" class=\"num\">Inadequate"
            out += "</th><th scope=\"col\" class=\"num\">Other</th><th scope=\"col\" class=\"num\">Rated good</th></tr></thead>\n<tbody>\n"
            for q in p.quarters {
                out += "<tr><th scope=\"row\">" + html(q.label) + "</th><td class=\"num\">\(q.good)</td><td class=\"num\">\(q.approaching)</td>"
                out += "<td class=\"num\">\(q.requires)</td><td class=\"num\">\(q.inadequate)</td><td class=\"num\">\(q.other)</td>"
                out += "<td class=\"num\">" + html(q.share) + "</td></tr>\n"
            }
            out += "</tbody>\n</table>\n</div>\n"
        }
        if !p.kpis.isEmpty {
            out += "<h3>Each KPI</h3>\n<div class=\"table-wrap\" role=\"region\" aria-label=\"Each KPI\" tabindex=\"0\">\n"
            out += "<table class=\"table table--compact\">\n<thead><tr><th scope=\"col\">KPI</th><th scope=\"col\">Latest rating</th>"
            out += "<th scope=\"col\">The four periods before</th></tr></thead>\n<tbody>\n"
            for k in p.kpis {
                out += "<tr><td>" + link(k.kpi) + "<br><span class=\"secondary\">" + html(k.title) + "</span></td>"
                ratingCell(k.latest, into: &out)
                out += " " + html(k.period) + "</td><td>" + html(k.earlier) + "</td></tr>\n"
            }
            out += "</tbody>\n</table>\n</div>\n"
        }
        out += "\n<h2 id=\"annual\">Annual assessments (Procurement Act 2023 s.71)</h2>\n"
        if p.annual.isEmpty {
            out += "<p>No annual assessment year has begun for these contracts.</p>\n"
        } else {
            out += "<div class=\"table-wrap\" role=\"region\" aria-label=\"Annual assessments\" tabindex=\"0\">\n<table class=\"table\">\n"
            out += "<thead><tr><th scope=\"col\">Contract</th><th scope=\"col\" class=\"num\">Year</th><th scope=\"col\">Period</th>"
            out += "<th scope=\"col\">Due</th><th scope=\"col\">Status</th><th scope=\"col\">Overall</th></tr></thead>\n<tbody>\n"
            for a in p.annual {
                out += "<tr><td>" + link(a.contract) + "</td><td class=\"num\">\(a.year)</td><td class=\"date\">" + html(a.period)
                out += "</td><td class=\"date\">" + html(a.due) + "</td><td>"
                tag(a.status, into: &out)
                out += "</td><td>"
                tag(a.overall, into: &out)
                out += "</td></tr>\n"
            }
            out += "</tbody>\n</table>\n</div>\n"
        }
        out += "\n<h2 id=\"watermelons\">Watermelons</h2>\n"
        if p.watermelons.isEmpty {
            out += "<p>None.</p>\n"
        } else {
            out += "<p>Contracts of this supplier rated good while the milestone they serve is off track.</p>\n"
            watermelonTable(p.watermelons.map { ($0.contract, $0.milestone, $0.reason) }, into: &out)
        }
        out += "\n<h2 id=\"published\">Ratings published in contract performance notices (UK9)</h2>\n"
        if p.published.isEmpty {
            out += "<p>The tracker holds no published UK9 assessment for these contracts.</p>\n"
        } else {
            out += "<p>What the contracting authorities themselves published on Find a Tender, beside the ratings above.</p>\n"
            out += "<div class=\"table-wrap\" role=\"region\" aria-label=\"Published ratings\" tabindex=\"0\">\n<table class=\"table\">\n"
            out += "<thead><tr><th scope=\"col\">KPI</th><th scope=\"col\">Period</th><th scope=\"col\">Measure</th><th scope=\"col\">Rating"
            out += "</th><th scope=\"col\">As published</th><th scope=\"col\">Notice</th></tr></thead>\n<tbody>\n"
            for r in p.published {
                out += "<tr><td>" + link(r.kpi) + "</td><td class=\"date\">" + html(r.period) + "</td><td>" + html(r.measure) + "</td><td>"
                tag(r.rating, into: &out)
                out += "</td><td>" + html(r.description) + "</td><td>" + html(r.release) + " <span class=\"secondary\">(" + html(r.date)
                out += ")</span></td></tr>\n"
            }
            out += "</tbody>\n</table>\n</div>\n"
        }
        if !out.isEmpty { out.removeLast() }  // not dropLast: Collection's counts the whole page twice
        return out
    }

    /// The table of watermelons (contract, milestone, why), as on the index and supplier pages, ending in a line break.
    static func watermelonTable(_ rows: [(contract: Link, milestone: Link, reason: String)], into out: inout String) {
        out += "<div class=\"table-wrap\" role=\"region\" aria-label=\"Watermelons\" tabindex=\"0\">\n<table class=\"table\">\n"
        out += "<thead><tr><th scope=\"col\">Contract</th><th scope=\"col\">Milestone</th><th scope=\"col\">Why</th></tr></thead>\n<tbody>\n"
        for w in rows { out += "<tr><td>" + link(w.contract) + "</td><td>" + link(w.milestone) + "</td><td>" + html(w.reason) + "</td></tr>\n" }
        out += "</tbody>\n</table>\n</div>\n"
    }
}
