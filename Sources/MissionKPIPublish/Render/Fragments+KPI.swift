/// The KPI sections of the contract page and the department review (with the KPI head they share),
/// and the findings table inside them, with their Markdown twins.
extension Fragments {
    /// A findings table (as `FindingTable.make` wrote it), ending in a line break.
    static func findings(_ t: FindingTable, into out: inout String) {
        out += t.html
        out += "\n"
    }

    /// The findings table, ending in a line break.
    static func findingsTable(_ t: FindingTable, into out: inout String) {
        out += "<div class=\"table-wrap\" role=\"region\" aria-label=\"" + html(t.label) + "\" tabindex=\"0\">\n"
        out += "<table class=\"table\">\n<thead>\n"
        out +=
            "<tr><th scope=\"col\">Severity</th><th scope=\"col\">Rule</th><th scope=\"col\">Subject</th><th scope=\"col\">Reason</th><th scope=\"col\">Fix</th></tr>\n"
        out += "</thead>\n<tbody>\n"
        for r in t.rows {
            out += "<tr>\n<td>"
            tag(r.severity, into: &out)
            out += "</td>\n<td><a href=\"" + html(r.ruleHref) + "\">" + html(r.rule) + "</a><br><span class=\"secondary\">"
            out += html(r.ruleTitle) + "</span></td>\n<td>"
            if let href = r.subjectHref {
                out += "<a href=\"" + html(href) + "\">" + html(r.subject) + "</a>"
            } else {
                out += html(r.subject)
            }
            out += "<br><span class=\"secondary\">" + html(r.location) + "</span></td>\n<td>" + html(r.message)
            if let w = r.waiver { out += "<br><span class=\"secondary\">" + html(w) + "</span>" }
            out += "</td>\n<td>" + html(r.fix) + "</td>\n</tr>\n"
        }
        out += "</tbody>\n</table>\n</div>\n"
    }

    /// The findings on one KPI beside it: severity, rule and reason; the subject is the KPI, and the fix
    /// is in the contract page's findings table (`fixesHref`), so neither is written again.
    static func kpiFindings(_ t: FindingTable, fixesHref: String, into out: inout String) {
        out += "<ul class=\"list kpi-findings\">\n"
        for r in t.rows {
            out += "<li>"
            tag(r.severity, into: &out)
            out += "<a href=\"" + html(r.ruleHref) + "\">" + html(r.rule) + "</a>: " + html(r.message)
            if let w = r.waiver { out += " <span class=\"secondary\">" + html(w) + "</span>" }
            out += "</li>\n"
        }
        out += "</ul>\n<p class=\"secondary\"><a href=\"" + html(fixesHref) + "\">How to fix "
        out += t.rows.count == 1 ? "it" : "them"
        out += "</a>: the contract's findings, with the file and line of each.</p>\n"
    }

    /// The findings table as Markdown, ending in a line break.
    static func findingsMarkdown(_ t: FindingTable, into out: inout String) {
        out += "| Severity | Rule | Subject | Reason | Fix |\n|---|---|---|---|---|\n"
        for r in t.rows {
            out += "| " + MarkdownText.escape(r.severity.text) + " | " + MarkdownText.escape(r.rule) + " | "
            out += MarkdownText.escape(r.subject) + " | " + MarkdownText.escape(r.message) + " | " + MarkdownText.escape(r.fix) + " |\n"
        }
    }

    /// A KPI's head: the tags and the summary of the latest judgement.
    static func kpiHead(_ k: KPIBlock, into out: inout String) {
        out += "<p class=\"tags\">"
        tag(k.rating, into: &out)
        out += " "
        tag(k.status, into: &out)
        out += " "
        tag(k.dataState, into: &out)
        if k.mostMaterial { out += " <strong class=\"tag info\"><span aria-hidden=\"true\">★</span> One of the three most material</strong>" }
        if k.isEffort { out += " <strong class=\"tag requires\"><span aria-hidden=\"true\">!</span> Measures effort, not results</strong>" }
        out += "</p>\n<dl class=\"summary-list summary-list--compact\">\n"
        out += "<div class=\"summary-list__row\"><dt>Latest</dt><dd>" + html(k.latestValue)
        if let p = k.latestPeriod { out += " (" + html(p) + ")" }
        out += "</dd></div>\n"
        out += "<div class=\"summary-list__row\"><dt>Baseline</dt><dd>" + html(k.baseline) + "</dd></div>\n"
        out += "<div class=\"summary-list__row\"><dt>Target</dt><dd>" + html(k.target) + "</dd></div>\n"
        out += "<div class=\"summary-list__row\"><dt>Measures</dt><dd>"
        if let m = k.measures { out += "<a href=\"" + html(m.href) + "\">" + html(m.text) + "</a>" } else { out += "Nothing in a mission" }
        out += " (" + html(k.level) + ")</dd></div>\n"
        out += "<div class=\"summary-list__row\"><dt>Trajectory</dt><dd>" + html(k.statusReason) + "</dd></div>\n</dl>\n"
    }

    /// One KPI's section on the contract page.
    static func contractKPI(_ k: KPIBlock, into out: inout String) {
        let id = html(k.id)
        out += "<section class=\"kpi\" id=\"kpi-" + id + "\" aria-labelledby=\"kpi-" + id + "-h\">\n"
        out += "<h3 id=\"kpi-" + id + "-h\">" + html(k.title) + " <span class=\"secondary\">(" + id + ")</span></h3>\n"
        if let d = k.description { out += "<p>" + html(d) + "</p>" }
        out += "\n"
        kpiHead(k, into: &out)
        out += "<dl class=\"summary-list summary-list--compact\">\n"
        out += "<div class=\"summary-list__row\"><dt>Unit</dt><dd>" + html(k.unit) + "</dd></div>\n"
        out += "<div class=\"summary-list__row\"><dt>Direction</dt><dd>" + html(k.direction) + "</dd></div>\n"
        out += "<div class=\"summary-list__row\"><dt>Rating bands</dt><dd>" + html(k.bands) + "</dd></div>\n"
        out += "<div class=\"summary-list__row\"><dt>Frequency</dt><dd>" + html(k.frequency) + "</dd></div>\n"
        out += "<div class=\"summary-list__row\"><dt>Data from</dt><dd>" + html(k.dataSource) + "</dd></div>\n</dl>\n"
        if !k.chart.isEmpty { out += "<figure class=\"chart chart--small\" tabindex=\"0\">\n" + k.chart + "\n</figure>\n" }
        out += "<p><a href=\"" + html(k.reviewHref) + "\">This KPI in the department's KPI review</a>.</p>\n"
        out += "<h4>Returns, ratings" + (k.hasCorrections ? " and corrections" : "") + "</h4>\n"
        if k.hasVersions {
            out += "<details class=\"details\">\n<summary>Every version of every return, newest first (\(k.versionCount))</summary>\n"
            out += "<table class=\"table table--compact\">\n<caption class=\"visually-hidden\">Every version of the returns of " + id
            out += " with the rating of each current value, newest first; the numbers behind the chart</caption>\n"
            out +=
                "<thead><tr><th scope=\"col\">Period</th><th scope=\"col\" class=\"num\">Value</th><th scope=\"col\">Rating</th>" + (k.hasCorrections ? "<th scope=\"col\">Version</th>" : "") + (k.hasNotes ? "<th scope=\"col\">Note</th>" : "") + "<th scope=\"col\">Source (file:row"
            out += k.sourceFolder.isEmpty ? ")</th></tr></thead>\n" : " in <code>" + html(k.sourceFolder) + "</code>)</th></tr></thead>\n"
            out += "<tbody>\n" + k.versionRows + "</tbody>\n</table>\n</details>\n\n"  // the empty line of `{{^hasVersions}}…`
        } else {
            out += "<p>No returns recorded.</p>\n"
        }
        if let f = k.kpiFindings {
            out += "<h4>Findings on this KPI</h4>\n"
            kpiFindings(f, fixesHref: k.findingsHref, into: &out)
        }
        out += "</section>\n"
    }

    /// A contract's KPIs in the department review: a row per KPI with its latest value and rating (and the
    /// two before), a sparkline of recent returns, target, trajectory and findings, each linking to the
    /// contract page, which has the chart, every period and the history of returns. Ends in a line break.
    static func departmentKPIs(_ kpis: [KPIBlock], contract: String, into out: inout String) {
        guard let first = kpis.first else { return }
        out += "<div class=\"table-wrap\" role=\"region\" aria-label=\"KPIs of " + html(contract) + "\" tabindex=\"0\">\n"
        out += "<table class=\"table table--compact kpi-rows\">\n<caption class=\"visually-hidden\">The KPIs of " + html(contract)
        out += ": chart, every period and the history of returns on the contract page</caption>\n<thead><tr><th scope=\"col\">KPI</th>"
        out += "<th scope=\"col\" class=\"num\">Latest</th><th scope=\"col\">Rating</th><th scope=\"col\">Recent returns</th>"
        out += "<th scope=\"col\">Target</th><th scope=\"col\">Trajectory</th><th scope=\"col\">Findings</th></tr></thead>\n<tbody>\n"
        let findingsHref = html(first.findingsHref)
        for k in kpis {
            out += "<tr id=\"" + html(k.anchor) + "\"><td><a href=\"" + html(k.contractHref) + "\">" + html(k.title) + "</a><br><span class=\"secondary\">"
            out += html(k.id)
            if k.mostMaterial { out += " · <span aria-hidden=\"true\">★</span> most material" }
            if k.isEffort { out += " · measures effort" }
            out += "</span></td><td class=\"num\">" + html(k.latestValue)
            if let p = k.latestPeriod { out += "<br><span class=\"secondary\">" + html(p) + "</span>" }
            out += "</td>"
            ratingCell(k.rating, into: &out)
            if k.dataState.cls != "info" { out += "<br><span class=\"secondary\">Returns: " + html(k.dataState.text) + "</span>" }
            if !k.earlierRatings.isEmpty { out += "<br><span class=\"secondary\">Before: " + html(k.earlierRatings) + "</span>" }
            out += "</td><td>" + (k.sparkline.isEmpty ? "—" : k.sparkline) + "</td><td>" + html(k.target) + "</td><td>"
            tag(k.status, into: &out)
            out += "</td><td>"
            if let f = k.findingSummary {
                out += "<a href=\"" + findingsHref + "\">" + html(f.words) + "</a><br><span class=\"secondary\">"
                out += html(f.rules.joined(separator: ", ")) + "</span>"
            } else {
                out += "None"
            }
            out += "</td></tr>\n"
        }
        out += "</tbody>\n</table>\n</div>\n"
    }

    /// A contract's KPIs in the department's Markdown review: a row per KPI, linking to the contract page.
    static func departmentKPIsMarkdown(_ kpis: [KPIBlock]) -> String {
        guard !kpis.isEmpty else { return "" }
        let md = MarkdownText.escape
        var out = "| KPI | Measures | Target | Latest | Rating | Trajectory | Returns | Findings |\n|---|---|---|---|---|---|---|---|\n"
        for k in kpis {
            out += "| [" + md(k.title) + "](" + k.contractHref + ") (" + md(k.id) + ") | "
            out += k.measures.map { md($0.text) } ?? "nothing"
            out += " | " + md(k.target) + " | " + md(k.latestValue) + (k.latestPeriod.map { " (" + md($0) + ")" } ?? "") + " | "
            out += md(k.rating.text) + (k.earlierRatings.isEmpty ? "" : "; before: " + md(k.earlierRatings)) + " | "
            out += md(k.status.text) + " | " + md(k.dataState.text) + " | "
            out += k.findingSummary.map { md($0.words + ": " + $0.rules.joined(separator: ", ")) } ?? "none"
            out += " |\n"
        }
        return out + "\nChart, every period and the history of returns of each KPI: on the contract page.\n\n"
    }
}
