/// On the page of a mission served by many contracts: the table of its evidence pages and the poorly
/// aligned KPIs counted by rule, as HTML and Markdown (each without its last line break).
extension Fragments {
    /// Fills in the paging's HTML and Markdown parts from its rows.
    static func missionPaging(_ p: inout MissionPaging) {
        let size = Paging.pageSize
        let intro =
            "\(p.contracts) contracts serve this mission, too many to show their evidence here. The KPIs that measure each "
            + "milestone and node, the contracts contributing to each node and the findings on them are on numbered pages, "
            + "\(size) contracts to a page, in order of contract id."
        var h = "<h2 id=\"evidence\">Evidence, page by page</h2>\n<p>" + html(intro) + "</p>\n"
        h += "<div class=\"table-wrap\" role=\"region\" aria-label=\"Pages of the evidence\" tabindex=\"0\">\n<table class=\"table\">\n"
        h += "<thead><tr><th scope=\"col\">Page</th><th scope=\"col\">Contracts</th><th scope=\"col\" class=\"num\">KPIs as evidence</th>"
        h += "<th scope=\"col\" class=\"num\">Findings on KPIs</th><th scope=\"col\" class=\"num\">Findings on contracts</th></tr></thead>\n<tbody>\n"
        var md = "## Evidence, page by page\n\n" + MarkdownText.escape(intro) + "\n\n"
        md += "| Page | Contracts | KPIs as evidence | Findings on KPIs | Findings on contracts |\n|---|---|---|---|---|\n"
        for r in p.pages {
            let href = p.missionID + "/evidence-\(r.number)"
            h += "<tr><td><a href=\"" + html(href) + ".html\">Page \(r.number)</a></td><td>" + html(r.first) + " to " + html(r.last)
            h += "</td><td class=\"num\">\(r.evidence)</td><td class=\"num\">\(r.poorlyAligned)</td><td class=\"num\">\(r.contractFindings)</td></tr>\n"
            md += "| [Page \(r.number)](" + href + ".md) | " + MarkdownText.escape(r.first) + " to " + MarkdownText.escape(r.last)
            md += " | \(r.evidence) | \(r.poorlyAligned) | \(r.contractFindings) |\n"
        }
        h += "</tbody>\n</table>\n</div>"
        p.pagesHTML = h
        p.pagesMarkdown = String(md.dropLast())

        let onKPIs = p.rules.reduce(0) { $0 + $1.onKPIs }, onContracts = p.rules.reduce(0) { $0 + $1.onContracts }
        guard !p.rules.isEmpty else {
            p.findingsHTML = "<p>None.</p>"
            p.findingsMarkdown = "None."
            return
        }
        let lead =
            "\(Words.count(onKPIs, "finding")) on the KPIs and \(Words.count(onContracts, "finding")) on the contracts, counted by rule "
            + "below; each is listed with its subject, reason and fix on the evidence pages."
        var fh = "<p>" + html(lead) + "</p>\n"
        fh += "<div class=\"table-wrap\" role=\"region\" aria-label=\"Poorly aligned KPIs by rule\" tabindex=\"0\">\n<table class=\"table\">\n"
        fh += "<thead><tr><th scope=\"col\">Severity</th><th scope=\"col\">Rule</th><th scope=\"col\" class=\"num\">On KPIs</th>"
        fh += "<th scope=\"col\" class=\"num\">On contracts</th></tr></thead>\n<tbody>\n"
        var fm = MarkdownText.escape(lead) + "\n\n| Severity | Rule | On KPIs | On contracts |\n|---|---|---|---|\n"
        for r in p.rules {
            fh += "<tr><td>"
            tag(r.severity, into: &fh)
            fh += "</td><td><a href=\"" + html(r.href) + "\">" + html(r.rule) + "</a><br><span class=\"secondary\">" + html(r.title)
            fh += "</span></td><td class=\"num\">\(r.onKPIs)</td><td class=\"num\">\(r.onContracts)</td></tr>\n"
            fm += "| " + MarkdownText.escape(r.severity.text) + " | " + MarkdownText.escape(r.rule) + ": " + MarkdownText.escape(r.title)
            fm += " | \(r.onKPIs) | \(r.onContracts) |\n"
        }
        fh += "</tbody>\n</table>\n</div>"
        p.findingsHTML = fh
        p.findingsMarkdown = String(fm.dropLast())
    }
}
