/// "Changes since the last review" (index, mission and department pages), as HTML and as Markdown.
extension Fragments {
    /// The section as HTML, ending in a line break; `root` leads to the site's root.
    static func review(_ r: ReviewSection, root: String, into out: inout String) {
        out += "<h2 id=\"changes\">Changes since the last review</h2>\n"
        if r.firstPublish {
            out += "<p>This is the first publish into this folder, so there is nothing to compare with. The next publish (or one with "
            out += "<code>--since</code> a git revision) will list the goalposts moved, the findings new and resolved, and the ratings "
            out += "improved and worsened.</p>\n"
        }
        if let since = r.since {
            out += "<p>Compared with " + html(since) + (r.previousAsOf.map { ", judged as at " + html($0) } ?? "") + ": " + html(r.summary) + ".</p>\n"
        }
        if r.noChanges { out += "<p>No goalpost moved, no finding is new or resolved, and no rating changed.</p>\n" }
        if !r.scopes.isEmpty {
            out += "<div class=\"table-wrap\" role=\"region\" aria-label=\"Changes by mission and department\" tabindex=\"0\">\n"
            out += "<table class=\"table\">\n<thead><tr><th scope=\"col\">Mission or department</th><th scope=\"col\">Its changes</th></tr>"
            out += "</thead>\n<tbody>\n"
            for s in r.scopes { out += "<tr><td>" + link(s.link) + "</td><td>" + html(s.counts) + "</td></tr>\n" }
            out += "</tbody>\n</table>\n</div>\n"
        }
        if let cut = r.cut { out += "<p>" + html(cut) + "</p>" }
        out += "\n"
        if let g = r.goalposts {
            out += "<h3>" + html(g.label) + "</h3>\n<p>Targets, dates, bands, baselines, KPIs, links and waivers that changed in the "
            out += "workspace, found by the changes rules (see <a href=\"" + html(root) + "rules.html\">the rules</a>).</p>\n"
            reviewFindings(g, into: &out)
        }
        for list in [r.newFindings, r.resolvedFindings].compactMap({ $0 }) {
            out += "<h3>" + html(list.label) + "</h3>\n"
            reviewFindings(list, into: &out)
        }
        for list in [r.improved, r.worsened].compactMap({ $0 }) {
            out += "<h3>" + html(list.label) + "</h3>\n"
            reviewRatings(list, into: &out)
        }
    }

    /// A table of findings new, resolved or moved, ending in a line break.
    static func reviewFindings(_ list: ReviewSection.FindingList, into out: inout String) {
        out += "<div class=\"table-wrap\" role=\"region\" aria-label=\"" + html(list.label) + "\" tabindex=\"0\">\n<table class=\"table\">\n"
        out += "<thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Severity</th><th scope=\"col\">Subject</th><th scope=\"col\">"
        out += "Finding</th></tr></thead>\n<tbody>\n"
        for r in list.rows {
            out += "<tr><td>" + link(r.rule) + "</td><td>"
            tag(r.severity, into: &out)
            out += "</td><td>"
            if let href = r.subjectHref { out += "<a href=\"" + html(href) + "\">" + html(r.subject) + "</a>" } else { out += html(r.subject) }
            out += "</td><td>" + html(r.message) + "</td></tr>\n"
        }
        out += "</tbody>\n</table>\n</div>\n"
    }

    /// A table of ratings improved or worsened, ending in a line break.
    static func reviewRatings(_ list: ReviewSection.RatingList, into out: inout String) {
        out += "<div class=\"table-wrap\" role=\"region\" aria-label=\"" + html(list.label) + "\" tabindex=\"0\">\n<table class=\"table\">\n"
        out += "<thead><tr><th scope=\"col\">KPI</th><th scope=\"col\">At the last review</th><th scope=\"col\">Now</th></tr></thead>\n<tbody>\n"
        for r in list.rows {
            out += "<tr><td>"
            if let href = r.kpiHref { out += "<a href=\"" + html(href) + "\">" + html(r.kpi) + "</a>" } else { out += html(r.kpi) }
            out += "</td><td>"
            tag(r.before, into: &out)
            out += " " + html(r.beforePeriod) + "</td><td>"
            tag(r.after, into: &out)
            out += " " + html(r.afterPeriod) + "</td></tr>\n"
        }
        out += "</tbody>\n</table>\n</div>\n"
    }

    /// The section as Markdown, ending in a blank line.
    static func reviewMarkdown(_ r: ReviewSection, into out: inout String) {
        let md = MarkdownText.escape
        out += "## Changes since the last review\n\n"
        if r.firstPublish { out += "This is the first publish into this folder, so there is nothing to compare with.\n\n" }
        if let since = r.since {
            out += "Compared with " + md(since) + (r.previousAsOf.map { ", judged as at " + md($0) } ?? "") + ": " + md(r.summary) + ".\n\n"
        }
        if r.noChanges { out += "No goalpost moved, no finding is new or resolved, and no rating changed.\n\n" }
        for list in [r.goalposts, r.newFindings, r.resolvedFindings].compactMap({ $0 }) {
            out += "### " + md(list.label) + "\n\n| Rule | Severity | Subject | Finding |\n|---|---|---|---|\n"
            for row in list.rows {
                out += "| " + md(row.rule.text) + " | " + md(row.severity.text) + " | " + md(row.subject) + " | " + md(row.message) + " |\n"
            }
            out += "\n"
        }
        for list in [r.improved, r.worsened].compactMap({ $0 }) {
            out += "### " + md(list.label) + "\n\n| KPI | At the last review | Now |\n|---|---|---|\n"
            for row in list.rows {
                out += "| " + md(row.kpi) + " | " + md(row.before.text) + " " + md(row.beforePeriod) + " | " + md(row.after.text) + " "
                out += md(row.afterPeriod) + " |\n"
            }
            out += "\n"
        }
    }
}
