/// The review of imported KPIs: figures overall and by buyer, the best examples, contracts with only
/// input or activity KPIs and placeholders, as HTML and as Markdown.
extension Fragments {
    /// The review's content, without its last line break (the layout adds it).
    static func kpiReviewBody(_ p: KPIReviewPage) -> String {
        var out = "<h1 class=\"heading-xl\">Imported KPIs reviewed</h1>\n<p class=\"lead\">" + html(p.intro) + "</p>\n"
        out += "<p>Whether a KPI names a quantity, states a target, and measures inputs, activities, outputs or outcomes is the first "
        out += "thing a reviewer judges: the Institute for Government asks departments to review existing contracts' KPIs for poor "
        out += "alignment with missions and outcomes. The same figures are in <a href=\"data/kpi-review.md\">Markdown</a> and "
        out += "<a href=\"data/kpi-review.csv\">CSV</a>.</p>\n"
        // The template left a line break after its `{{/hasImported}}` line, shown or not: kept, for the same bytes.
        guard p.hasImported else { return out }
        out += "<h2 id=\"figures\">Overall and by buyer</h2>\n<div class=\"table-wrap\" role=\"region\" aria-label=\"KPIs by buyer\" "
        out += "tabindex=\"0\">\n<table class=\"table\">\n<thead><tr><th scope=\"col\">Buyer</th>"
        for h in [
            "Contracts", "Without KPIs", "KPIs", "Name a quantity", "State a target", "Input", "Activity", "Output", "Outcome",
            "Level unknown", "Only input or activity KPIs", "Placeholders", "Bare topics",
        ] { out += "<th scope=\"col\" class=\"num\">" + h + "</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for b in p.buyers { kpiReviewRow(b, head: b.buyer.map(link) ?? "", into: &out) }
        kpiReviewRow(p.overall, head: html(p.overall.label), into: &out)
        out += "</tbody>\n</table>\n</div>\n<h2 id=\"best\">Best examples: outcome KPIs with a target</h2>\n"
        out += "<p>What good looks like, in buyers' own words.</p>\n"
        if p.bestExamples.isEmpty {
            out += "<p>None: no imported KPI both measures an outcome and states a target.</p>\n"
        } else {
            out += "<ul>\n"
            for k in p.bestExamples {
                out += "<li>" + link(k.contract) + " (" + html(k.buyer) + "): " + html(k.words) + ". Target: " + html(k.target ?? "") + ".</li>\n"
            }
            out += "</ul>\n\n"
        }
        out += "<h2 id=\"effort-only\">Contracts with only input or activity KPIs</h2>\n"
        if p.effortOnly.isEmpty {
            out += "<p>None.</p>\n"
        } else {
            out += "<ul>\n"
            for c in p.effortOnly { out += "<li>" + link(c.contract) + " (" + html(c.buyer) + "): " + html(c.title) + "</li>\n" }
            out += "</ul>\n\n"
        }
        out += "<h2 id=\"placeholders\">Placeholders</h2>\n"
        if p.placeholders.isEmpty {
            out += "<p>None.</p>\n"
        } else {
            out += "<ul>\n"
            for k in p.placeholders {
                out += "<li>" + link(k.contract) + " KPI " + html(k.kpi) + " (" + html(k.buyer) + "): " + html(k.words) + "</li>\n"
            }
            out += "</ul>\n\n"
        }
        for m in p.more { out += "<p class=\"secondary\">" + html(m) + "</p>\n" }
        return out
    }

    /// One row of the figures table, ending in a line break.
    static func kpiReviewRow(_ r: KPIReviewPage.Row, head: String, into out: inout String) {
        out += "<tr><th scope=\"row\">" + head + "</th><td class=\"num\">\(r.contracts)</td><td class=\"num\">\(r.withoutKPIs)</td>"
        out += "<td class=\"num\">\(r.kpis)</td><td class=\"num\">" + html(r.quantity) + "</td><td class=\"num\">" + html(r.target) + "</td>"
        out += "<td class=\"num\">\(r.input)</td><td class=\"num\">\(r.activity)</td><td class=\"num\">\(r.output)</td><td class=\"num\">"
        out += "\(r.outcome)</td><td class=\"num\">\(r.unknown)</td><td class=\"num\">\(r.effortOnly)</td><td class=\"num\">"
        out += "\(r.placeholders)</td><td class=\"num\">\(r.bareTopics)</td></tr>\n"
    }

    /// The review as Markdown (`data/kpi-review.md`).
    static func kpiReviewMarkdown(_ p: KPIReviewPage) -> String {
        let md = MarkdownText.escape
        var out = "# Imported KPIs reviewed\n\nAs at " + md(p.frame.asOf) + ". " + md(p.frame.siteTitle) + ".\n\n" + md(p.intro) + "\n\n"
        guard p.hasImported else { return out }
        out += "## Overall and by buyer\n\n| Buyer | Contracts | Without KPIs | KPIs | Name a quantity | State a target | Input | Activity | "
        out += "Output | Outcome | Level unknown | Only input or activity KPIs | Placeholders | Bare topics |\n"
        out += "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n"
        for r in p.buyers + [p.overall] {
            let cells = [
                r.label, "\(r.contracts)", "\(r.withoutKPIs)", "\(r.kpis)", r.quantity, r.target, "\(r.input)", "\(r.activity)",
                "\(r.output)", "\(r.outcome)", "\(r.unknown)", "\(r.effortOnly)", "\(r.placeholders)", "\(r.bareTopics)",
            ]
            out += "| " + cells.map(md).joined(separator: " | ") + " |\n"
        }
        out += "\n## Best examples: outcome KPIs with a target\n\n"
        for k in p.bestExamples {
            out += "- " + md(k.contract.text) + " (" + md(k.buyer) + "): " + md(k.words) + ". Target: " + md(k.target ?? "") + ".\n"
        }
        out += (p.bestExamples.isEmpty ? "None: no imported KPI both measures an outcome and states a target." : "") + "\n"
        out += "\n## Contracts with only input or activity KPIs\n\n"
        for c in p.effortOnly { out += "- " + md(c.contract.text) + " (" + md(c.buyer) + "): " + md(c.title) + "\n" }
        out += (p.effortOnly.isEmpty ? "None." : "") + "\n\n## Placeholders\n\n"
        for k in p.placeholders { out += "- " + md(k.contract.text) + " KPI " + md(k.kpi) + " (" + md(k.buyer) + "): " + md(k.words) + "\n" }
        out += (p.placeholders.isEmpty ? "None." : "") + "\n"
        for m in p.more { out += "\n" + md(m) + "\n" }
        return out
    }
}
