/// The contract page's published (UK9) assessments, each beside the rating the returns give.
extension Fragments {
    static func published(_ rows: [ContractPage.PublishedRow], into out: inout String) {
        out += "\n<h2 id=\"published\">Published assessments (contract performance notices, UK9)</h2>\n"
        out += "<p>What the authority published on Find a Tender for each KPI and period, beside the rating the recorded returns "
        out += "give for the same period (the mean of the returns ending in it, rated by the KPI's bands). "
        out += "The published code maps to the reg. 39(5) ratings: met is good, slightlyBelow approaching target, below requires "
        out += "improvement, significantlyBelow inadequate.</p>\n"
        out += "<div class=\"table-wrap\" role=\"region\" aria-label=\"Published assessments\" tabindex=\"0\">\n<table class=\"table\">\n"
        out += "<thead><tr><th scope=\"col\">KPI</th><th scope=\"col\">Period</th><th scope=\"col\">Published</th>"
        out += "<th scope=\"col\">Measure</th><th scope=\"col\">Returns give</th><th scope=\"col\">Agreement</th>"
        out += "<th scope=\"col\">Notice</th></tr></thead>\n<tbody>\n"
        for r in rows {
            out +=
                r.linked ? "<tr><td><a href=\"#kpi-" + html(r.kpi) + "\">" + html(r.kpi) + "</a></td>" : "<tr><td>" + html(r.kpi) + "</td>"
            out += "<td class=\"date\">" + html(r.start) + "<br>to " + html(r.end) + "</td><td>"
            tag(r.published, into: &out)
            out += "<span class=\"secondary\">" + html(r.code) + "</span></td><td>" + html(r.measure) + "</td><td>"
            tag(r.returns, into: &out)
            out += "<br><span class=\"secondary\">" + html(r.returnsDetail) + "</span></td><td>"
            tag(r.agreement, into: &out)
            out += "</td><td class=\"date\">"
            if let href = r.releaseHref {
                out += "<a href=\"" + html(href) + "\">" + html(r.release) + "</a>"
            } else {
                out += html(r.release)
            }
            out += "<br>" + html(r.releaseDate) + "</td></tr>\n"
        }
        out += "</tbody>\n</table>\n</div>\n\n"
    }
}
