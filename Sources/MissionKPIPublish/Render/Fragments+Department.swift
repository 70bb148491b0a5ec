/// A department's contract KPI review (all its contracts, or one numbered page of them), as HTML and
/// as Markdown, and the main page of a department reviewed on numbered pages.
extension Fragments {
    /// The review's content, without its last line break (the layout adds it).
    static func departmentBody(_ p: DepartmentPage) -> String {
        var out = "<span class=\"caption\">Contract KPI review</span>\n<h1 class=\"heading-xl\">" + html(p.name) + "</h1>\n"
        out += "<p class=\"lead\">" + html(p.figures) + "</p>\n<p>" + html(p.ownership) + " See the <a href=\"" + html(p.frame.root)
        out += "ownership.html\">ownership audit</a>.</p>\n"
        if let pager = p.pager {
            out += "<nav aria-label=\"Pages of the review\"><p>"
            if let prev = pager.previous { out += "<a href=\"" + html(prev.href) + "\" rel=\"prev\">" + html(prev.text) + "</a> · " }
            out += "<a href=\"" + html(pager.index) + "\">All \(pager.total) pages</a>"
            if let next = pager.next { out += " · <a href=\"" + html(next.href) + "\" rel=\"next\">" + html(next.text) + "</a>" }
            out += "</p></nav>\n"
        }
        out += "\n<h2 id=\"summary\">Contracts at a glance</h2>\n"
        out += "<div class=\"table-wrap\" role=\"region\" aria-label=\"Contracts at a glance\" tabindex=\"0\">\n<table class=\"table\">\n"
        out += "<thead><tr><th scope=\"col\">Contract</th><th scope=\"col\" class=\"num\">KPIs</th><th scope=\"col\">Latest ratings</th>"
        out += "<th scope=\"col\">Annual assessment</th><th scope=\"col\">Verdict</th><th scope=\"col\" class=\"num\">Alignment score</th>"
        out += "<th scope=\"col\">Findings</th></tr></thead>\n<tbody>\n"
        for s in p.summary {
            let text = html(s.link.text)
            out += "<tr><td><a href=\"#contract-" + text + "\">" + text + "</a><br><span class=\"secondary\">" + html(s.title) + "</span></td>"
            out += "<td class=\"num\">\(s.kpis)</td><td>" + html(s.ratings) + "</td><td>"
            tag(s.annualStatus, into: &out)
            out += "</td><td>"
            tag(s.verdict, into: &out)
            out += html(s.verdictAbout) + "</td><td class=\"num\">" + html(s.score) + "</td><td>" + html(s.findings) + "</td></tr>\n"
        }
        out += "</tbody>\n</table>\n</div>\n\n<h2 id=\"actions\">Who must act</h2>\n<p>What the senior responsible owners, the contract "
        out += "managers and the department must do, by owner, with the dates the Procurement Act and the returns timetable set.</p>\n"
        out += p.actionsHTML + "\n"
        if let r = p.review { review(r, root: p.frame.root, into: &out) }
        if let f = p.departmentFindings {
            out += "<h2>Findings on the department and its people</h2>\n"
            findings(f, into: &out)
        }
        out += "\n"
        for c in p.contracts { departmentContract(c, into: &out) }
        if !out.isEmpty { out.removeLast() }  // not dropLast: Collection's counts the whole page twice
        return out
    }

    /// One contract's section of the review, ending in a line break.
    static func departmentContract(_ c: DepartmentPage.ContractReview, into out: inout String) {
        let id = html(c.id)
        out += "<section class=\"block block--contract\" id=\"contract-" + id + "\" aria-labelledby=\"contract-" + id + "-h\">\n"
        out += "<h2 id=\"contract-" + id + "-h\">" + html(c.title) + "</h2>\n<p><a href=\"" + html(c.link.href) + "\">Everything about "
        out += id + "</a></p>\n<dl class=\"summary-list summary-list--compact\">\n"
        out += "<div class=\"summary-list__row\"><dt>Supplier</dt><dd>"
        if let href = c.supplierHref { out += "<a href=\"" + html(href) + "\">" + html(c.supplier) + "</a>" } else { out += html(c.supplier) }
        out += "</dd></div>\n<div class=\"summary-list__row\"><dt>Value</dt><dd>" + html(c.value) + " including VAT</dd></div>\n"
        out += "<div class=\"summary-list__row\"><dt>Term</dt><dd>" + html(c.term) + "</dd></div>\n"
        out += "<div class=\"summary-list__row\"><dt>Tier</dt><dd>" + html(c.tier) + "</dd></div>\n"
        out += "<div class=\"summary-list__row\"><dt>Contract manager</dt><dd>" + html(c.manager) + "</dd></div>\n"
        out += "<div class=\"summary-list__row\"><dt>Senior responsible owner</dt><dd>" + html(c.owner) + "</dd></div>\n"
        out += "<div class=\"summary-list__row\"><dt>Annual assessment (s.71)</dt><dd>"
        tag(c.annualStatus, into: &out)
        out += " "
        if let r = c.annualRating { tag(r, into: &out) }
        out += " " + html(c.annualText) + "</dd></div>\n<div class=\"summary-list__row\"><dt>Verdict</dt><dd>"
        tag(c.verdict, into: &out)
        out += html(c.verdictAbout) + " <a href=\"" + html(c.link.href) + "#verdict\">Why</a></dd></div>\n"
        out += "<div class=\"summary-list__row\"><dt>Alignment score</dt><dd>" + html(c.score) + " out of 100</dd></div>\n"
        out += "<div class=\"summary-list__row\"><dt>Missions served</dt><dd>" + links(c.missions) + "</dd></div>\n"
        if let e = c.exemption { out += "<div class=\"summary-list__row\"><dt>KPI exemption</dt><dd>" + html(e) + "</dd></div>" }
        out += "\n</dl>\n"
        if let f = c.contractFindings {
            out += "<p>Findings on the contract: <a href=\"" + html(c.link.href) + "#findings\">" + html(f.words) + "</a> ("
            out += html(f.rules.joined(separator: ", ")) + "), with their reasons, locations and fixes on the contract page.</p>\n"
        }
        out += c.kpiSections + (c.hasKPIs ? "" : "<p>This contract has no KPIs.</p>") + "\n</section>\n"
    }

    /// The review as Markdown.
    static func departmentMarkdown(_ p: DepartmentPage) -> String {
        let md = MarkdownText.escape
        var out = "# " + md(p.name) + ": contract KPI review\n\nAs at " + md(p.frame.asOf) + ". " + md(p.frame.siteTitle) + ".\n\n"
        out += md(p.figures) + "\n\n" + md(p.ownership) + "\n\n"
        if let pager = p.pager {
            if let prev = pager.previous { out += "Previous: [" + md(prev.text) + "](" + md(prev.mdHref) + "). " }
            out += "All " + md("\(pager.total)") + " pages: [" + md(pager.department) + "](" + md(pager.indexMarkdown) + ")."
            if let next = pager.next { out += " Next: [" + md(next.text) + "](" + md(next.mdHref) + ")." }
            out += "\n\n"
        }
        out += "| Contract | KPIs | Latest ratings | Annual assessment | Verdict | Alignment score | Findings |\n|---|---|---|---|---|---|---|\n"
        for s in p.summary {
            out += "| " + md(s.link.text) + ": " + md(s.title) + " | " + md("\(s.kpis)") + " | " + md(s.ratings) + " | "
            out += md(s.annualStatus.text) + " | " + md(s.verdict.text) + md(s.verdictAbout) + " | " + md(s.score) + " | " + md(s.findings) + " |\n"
        }
        out += "\n## Who must act\n\n" + p.actionsMarkdown + "\n\n"
        if let r = p.review { reviewMarkdown(r, into: &out) }
        if let f = p.departmentFindings { out += "## Findings on the department and its people\n\n" + f.markdown + "\n\n" }
        for c in p.contracts {
            out += "## " + md(c.title) + " (" + md(c.id) + ")\n\n- Supplier: " + md(c.supplier) + "\n- Value: " + md(c.value)
            out += " including VAT\n- Term: " + md(c.term) + "\n- Contract manager: " + md(c.manager) + "\n- Senior responsible owner: "
            out += md(c.owner) + "\n- Annual assessment (s.71): " + md(c.annualStatus.text) + (c.annualRating.map { ", " + md($0.text) } ?? "")
            out += ". " + md(c.annualText) + "\n- Verdict: " + md(c.verdict.text) + md(c.verdictAbout) + "\n- Alignment score: " + md(c.score) + " out of 100\n"
            if let e = c.exemption { out += "- KPI exemption: " + md(e) + "\n" }
            out += "\n"
            if c.hasKPIs { out += c.kpiMarkdown + "\n" }
            if let f = c.contractFindings {
                out += "Findings on the contract: " + md(f.words) + " (" + md(f.rules.joined(separator: ", ")) + "); reasons and fixes on the contract page.\n\n"
            }
        }
        return out + footerMarkdown(p.frame)
    }

    /// The main page of a department reviewed on numbered pages, without its last line break.
    static func departmentIndexBody(_ p: DepartmentIndexPage) -> String {
        var out = "<span class=\"caption\">Contract KPI review</span>\n<h1 class=\"heading-xl\">" + html(p.name) + "</h1>\n"
        out += "<p class=\"lead\">" + html(p.figures) + "</p>\n<p>" + html(p.ownership) + " See the <a href=\"" + html(p.frame.root)
        out += "ownership.html\">ownership audit</a>.</p>\n\n<h2 id=\"pages\">The review, \(p.pageSize) contracts to a page</h2>\n"
        out += "<div class=\"table-wrap\" role=\"region\" aria-label=\"Pages of the review\" tabindex=\"0\">\n<table class=\"table\">\n"
        out += "<thead><tr><th scope=\"col\">Page</th><th scope=\"col\">Contracts</th><th scope=\"col\" class=\"num\">KPIs</th>"
        out += "<th scope=\"col\">Findings</th></tr></thead>\n<tbody>\n"
        for r in p.pages {
            out += "<tr><td><a href=\"" + html(r.href) + "\">Page \(r.number)</a></td><td>" + html(r.first) + " to " + html(r.last)
            out += "</td><td class=\"num\">\(r.kpis)</td><td>" + html(r.findings) + "</td></tr>\n"
        }
        out += "</tbody>\n</table>\n</div>\n\n<h2 id=\"actions\">Who must act on the department</h2>\n<p>Actions on each contract, by "
        out += "its senior responsible owner or manager, are on the review pages.</p>\n" + p.actionsHTML + "\n"
        review(p.review, root: p.frame.root, into: &out)
        if let f = p.departmentFindings {
            out += "<h2>Findings on the department and its people</h2>\n"
            findings(f, into: &out)
        }
        if !out.isEmpty { out.removeLast() }  // not dropLast: Collection's counts the whole page twice
        return out
    }

    /// The main page of a department reviewed on numbered pages, as Markdown.
    static func departmentIndexMarkdown(_ p: DepartmentIndexPage) -> String {
        let md = MarkdownText.escape
        var out = "# " + md(p.name) + ": contract KPI review\n\nAs at " + md(p.frame.asOf) + ". " + md(p.frame.siteTitle) + ".\n\n"
        out += md(p.figures) + "\n\n" + md(p.ownership) + "\n\nThe review, " + md("\(p.pageSize)") + " contracts to a page:\n\n"
        out += "| Page | Contracts | KPIs | Findings |\n|---|---|---|---|\n"
        for r in p.pages {
            out += "| [Page " + md("\(r.number)") + "](" + md(r.mdHref) + ") | " + md(r.first) + " to " + md(r.last) + " | "
            out += md("\(r.kpis)") + " | " + md(r.findings) + " |\n"
        }
        out += "\n"
        reviewMarkdown(p.review, into: &out)
        if let f = p.departmentFindings { out += "## Findings on the department and its people\n\n" + f.markdown + "\n\n" }
        return out + footerMarkdown(p.frame)
    }

    /// The last lines of every Markdown page: when, by what, from which inputs.
    static func footerMarkdown(_ f: PageFrame) -> String {
        let md = MarkdownText.escape
        return "---\nJudged as at " + md(f.asOf) + " by MissionKPI " + md(f.version) + "; inputs SHA-256 " + md(f.inputsHash)
            + "; returns SHA-256 " + md(f.returnsHash) + ".\n"
    }
}
