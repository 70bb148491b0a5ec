/// A mission's page: problems, milestones with their charts, the theory of change, the evidence (or
/// the table of its numbered pages), watermelons, poorly aligned KPIs and the contracts serving it.
extension Fragments {
    /// The mission page's content, without its last line break (the layout adds it).
    static func missionBody(_ p: MissionPage) -> String {
        var out = "<span class=\"caption\">Mission board alignment report</span>\n<h1 class=\"heading-xl\">" + html(p.title) + "</h1>\n"
        if let s = p.summary { out += "<p>" + html(s) + "</p>" }
        out += "\n<dl class=\"summary-list\">\n"
        if let b = p.board { out += "<div class=\"summary-list__row\"><dt>Mission board</dt><dd>" + html(b) + "</dd></div>" }
        out += "\n"
        if let d = p.leadDepartment { out += "<div class=\"summary-list__row\"><dt>Lead department</dt><dd>" + html(d) + "</dd></div>" }
        out += "\n</dl>\n<h2 id=\"verdict\">Verdict</h2>\n" + p.verdictHTML + "\n<p><a href=\"" + html(p.boardPackHref) + "\">Printable board "
        out += "pack</a>: the verdict, the milestones, who must act and the contracts, one section to a printed page.</p>\n"
        out += "<nav class=\"contents\" aria-label=\"On this page\">\n<h2 class=\"heading-s\">On this page</h2>\n<ol>\n"
        out += "<li><a href=\"#actions\">Who must act</a></li>\n<li><a href=\"#changes\">Changes since the last review</a></li>\n<li><a href=\"#problems\">Problem statements</a></li>\n"
        out += "<li><a href=\"#milestones\">Milestones</a></li>\n<li><a href=\"#theory-of-change\">Theory of change</a></li>\n"
        if p.paging != nil { out += "<li><a href=\"#evidence\">Evidence, page by page</a></li>\n" }
        out += "<li><a href=\"#poorly-aligned\">Poorly aligned KPIs</a></li>\n<li><a href=\"#reprocure\">Contracts ending in "
        out += html(p.endingSpan) + "</a></li>\n<li><a href=\"#contracts\">Contracts serving the mission</a></li>\n</ol>\n</nav>\n\n"
        review(p.review, root: p.frame.root, into: &out)
        out += "\n<h2 id=\"problems\">Problem statements</h2>\n"
        for pr in p.problems { missionProblem(pr, into: &out) }
        if p.problems.isEmpty { out += "<p>The mission states no problem statements.</p>" }
        out += "\n\n<h2 id=\"milestones\">Milestones</h2>\n"
        for m in p.milestones { missionMilestone(m, into: &out) }
        out += "\n<h2 id=\"theory-of-change\">Theory of change</h2>\n<p>How the mission expects activities to lead to outputs, outcomes "
        out += "and the milestones. Each node shows whether a contract KPI gives current evidence for it, and the worst latest rating among "
        out += "that evidence.</p>\n<figure class=\"chart chart--wide\" tabindex=\"0\">\n" + p.diagram + "\n</figure>\n"
        for n in p.nodes { missionNode(n, into: &out) }
        if let paging = p.paging { out += "\n" + paging.pagesHTML + "\n" }
        out += "\n"
        if !p.watermelons.isEmpty {
            out += "<h2 id=\"watermelons\">Watermelons</h2>\n<div class=\"table-wrap\" role=\"region\" aria-label=\"Watermelons\" tabindex=\"0\">\n"
            out += "<table class=\"table\">\n<thead><tr><th scope=\"col\">Contract</th><th scope=\"col\">Milestone off track</th>"
            out += "<th scope=\"col\">KPIs rated good</th><th scope=\"col\">Why</th></tr></thead>\n<tbody>\n"
            for w in p.watermelons {
                out += "<tr><td>" + link(w.contract) + "</td><td>" + link(w.milestone) + "</td><td>" + html(w.kpis) + "</td><td>"
                out += html(w.reason) + "</td></tr>\n"
            }
            out += "</tbody>\n</table>\n</div>\n"
        }
        out += "\n<h2 id=\"actions\">Who must act</h2>\n<p>What the contracts' senior responsible owners and managers, their "
        out += "departments and the mission board must do, by owner, with the dates the Procurement Act and the returns timetable set.</p>\n"
        out += p.actionsHTML + "\n\n<h2 id=\"poorly-aligned\">Poorly aligned KPIs</h2>\n<p>Findings of the alignment rules on the KPIs of the contracts "
        out += "serving this mission: the rule, the reason and the fix.</p>\n"
        if let paging = p.paging {
            out += paging.findingsHTML + "\n"
        } else {
            if let f = p.poorlyAligned { findings(f, into: &out) }
            out += "\n" + (p.poorlyAligned == nil ? "<p>None.</p>" : "") + "\n"
            if let f = p.contractFindings {
                out += "<h3>Findings on those contracts</h3>\n"
                findings(f, into: &out)
            }
        }
        if let f = p.missionFindings {
            out += "<h3>Findings on the mission itself</h3>\n"
            findings(f, into: &out)
        }
        missionEnding(p, into: &out)
        missionContracts(p, into: &out)
        if !p.sources.isEmpty {
            out += "<h2 id=\"sources\">Sources</h2>\n<ul class=\"list\">\n"
            for s in p.sources {
                out += "<li>" + (s.url.map { "<a href=\"" + html($0) + "\">" + html(s.title) + "</a>" } ?? html(s.title)) + "</li>\n"
            }
            out += "</ul>\n"
        }
        if !out.isEmpty { out.removeLast() }  // not dropLast: Collection's counts the whole page twice
        return out
    }

    /// A problem statement's card, ending in a line break.
    static func missionProblem(_ pr: MissionPage.Problem, into out: inout String) {
        out += "<div class=\"card\">\n<h3 class=\"heading-s\">" + html(pr.challenge) + "</h3>\n<dl class=\"summary-list summary-list--compact\">\n"
        if let a = pr.affected { out += "<div class=\"summary-list__row\"><dt>Who it affects</dt><dd>" + html(a) + "</dd></div>" }
        out += "\n"
        if !pr.evidence.isEmpty {
            out += "<div class=\"summary-list__row\"><dt>Evidence</dt><dd><ul class=\"plain\">"
            for e in pr.evidence { out += "<li>" + html(e) + "</li>" }
            out += "</ul></dd></div>"
        }
        out += "\n"
        if let d = pr.desiredOutcome { out += "<div class=\"summary-list__row\"><dt>Desired outcome</dt><dd>" + html(d) + "</dd></div>" }
        out += "\n</dl>\n</div>\n"
    }

    /// A milestone's section: status, figures, chart, the numbers behind it and its direct evidence.
    static func missionMilestone(_ m: MissionPage.MilestoneBlock, into out: inout String) {
        let id = html(m.id)
        out += "<section class=\"block\" id=\"milestone-" + id + "\" aria-labelledby=\"milestone-" + id + "-h\">\n"
        out += "<h3 id=\"milestone-" + id + "-h\">" + html(m.title) + "</h3>\n<p>"
        tag(m.status, into: &out)
        out += " " + html(m.reason) + "</p>\n<dl class=\"summary-list summary-list--compact\">\n"
        if let i = m.indicator { out += "<div class=\"summary-list__row\"><dt>Indicator</dt><dd>" + html(i) + "</dd></div>" }
        out += "\n<div class=\"summary-list__row\"><dt>Baseline</dt><dd>" + html(m.baseline) + "</dd></div>\n"
        out += "<div class=\"summary-list__row\"><dt>Target</dt><dd>" + html(m.target) + "</dd></div>\n</dl>\n"
        out += "<figure class=\"chart\" tabindex=\"0\">\n" + m.chart + "\n</figure>\n<details class=\"details\">\n<summary>The numbers behind the chart</summary>\n"
        out += "<table class=\"table table--compact\">\n<caption class=\"visually-hidden\">Baseline, planned path, target, actuals and "
        out += "projection for " + html(m.title) + "</caption>\n<thead><tr><th scope=\"col\">Date</th><th scope=\"col\">What</th>"
        out += "<th scope=\"col\" class=\"num\">Value</th></tr></thead>\n<tbody>\n"
        for pt in m.points {
            out += "<tr><td>" + html(pt.date) + "</td><td>" + html(pt.kind) + "</td><td class=\"num\">" + html(pt.value) + "</td></tr>\n"
        }
        out += "</tbody>\n</table>\n</details>\n<h4>KPIs measuring this milestone directly</h4>\n"
        if let note = m.evidenceNote {
            out += "<p>" + html(note) + " <a href=\"#evidence\">They are listed on the evidence pages.</a></p>\n"
        } else {
            if !m.evidence.isEmpty { evidenceTable(m.evidence, label: m.evidenceLabel, into: &out) }
            out += "\n" + (m.evidence.isEmpty ? "<p>No contract KPI measures this milestone directly.</p>" : "") + "\n"
        }
        out += "</section>\n"
    }

    /// A theory-of-change node's section: its tags, links, assumptions, contributors and evidence.
    static func missionNode(_ n: MissionPage.NodeRow, into out: inout String) {
        let id = html(n.id)
        out += "<section class=\"block\" id=\"node-" + id + "\" aria-labelledby=\"node-" + id + "-h\">\n"
        out += "<h3 id=\"node-" + id + "-h\" class=\"heading-s\"><span class=\"level\">" + html(n.level) + "</span> " + html(n.statement)
        out += "</h3>\n<p>"
        tag(n.covered, into: &out)
        out += " "
        tag(n.rating, into: &out)
        out += " " + html(n.summary) + "</p>\n"
        if !n.leadsTo.isEmpty {
            out += "<p>Leads to: "
            for l in n.leadsTo { out += link(l) + " " }
            out += "</p>"
        }
        out += "\n"
        if !n.assumptions.isEmpty {
            out += "<p>Assumptions:</p><ul class=\"list\">"
            for a in n.assumptions { out += "<li>" + html(a) + "</li>" }
            out += "</ul>"
        }
        out += "\n"
        if !n.contributors.isEmpty {
            out += "<p>Contracts contributing: "
            for c in n.contributors { out += link(c) + " " }
            out += "</p>"
        }
        out += "\n"
        if let note = n.evidenceNote { out += "<p>" + html(note) + " <a href=\"#evidence\">They are listed on the evidence pages.</a></p>\n" }
        if !n.evidence.isEmpty { evidenceTable(n.evidence, label: n.evidenceLabel, into: &out) }
        out += "\n</section>\n"
    }

    /// The contracts serving the mission that end in the coming years, ending in a blank line.
    static func missionEnding(_ p: MissionPage, into out: inout String) {
        out += "\n<h2 id=\"reprocure\">Contracts ending in " + html(p.endingSpan) + "</h2>\n<p>The moments to re-procure with better KPIs.</p>\n"
        if p.ending.isEmpty {
            out += "<p>No contract serving this mission ends in these years.</p>\n"
        } else {
            out += "<div class=\"table-wrap\" role=\"region\" aria-label=\"Contracts ending\" tabindex=\"0\">\n<table class=\"table\">\n"
            out += "<thead><tr><th scope=\"col\">Financial year</th><th scope=\"col\">Contract</th><th scope=\"col\">Department</th>"
            out += "<th scope=\"col\" class=\"num\">Value</th><th scope=\"col\">Ends</th><th scope=\"col\">Re-procurement starts</th>"
            out += "<th scope=\"col\" class=\"num\">Alignment score</th><th scope=\"col\">Findings</th></tr></thead>\n<tbody>\n"
            for e in p.ending {
                out += "<tr><td>" + html(e.year) + "</td><td>" + link(e.contract) + "<br><span class=\"secondary\">" + html(e.title)
                out += "</span></td><td>" + html(e.department) + "</td><td class=\"num\">" + html(e.value) + "</td><td class=\"date\">"
                out += html(e.end) + "</td><td class=\"date\">" + html(e.procurementStart)
                out += (e.procurementEstimated ? "<br><span class=\"secondary\">estimated</span>" : "") + "</td><td class=\"num\">"
                out += html(e.score) + "</td><td>" + html(e.findings) + "</td></tr>\n"
            }
            out += "</tbody>\n</table>\n</div>\n\n"
        }
        out += "\n"
    }

    /// The contracts serving the mission, ending in a blank line.
    static func missionContracts(_ p: MissionPage, into out: inout String) {
        out += "<h2 id=\"contracts\">Contracts serving the mission</h2>\n"
        if p.contracts.isEmpty {
            out += "<p>No contract contributes to this mission or measures it.</p>\n"
        } else {
            out += "<div class=\"table-wrap\" role=\"region\" aria-label=\"Contracts serving the mission\" tabindex=\"0\">\n<table class=\"table\">\n"
            out += "<thead><tr><th scope=\"col\">Contract</th><th scope=\"col\">Department</th><th scope=\"col\">Supplier</th>"
            out += "<th scope=\"col\" class=\"num\">Value</th><th scope=\"col\">Verdict</th><th scope=\"col\" class=\"num\">Alignment score</th>"
            out += "<th scope=\"col\">Findings</th></tr>"
            out += "</thead>\n<tbody>\n"
            for c in p.contracts {
                out += "<tr><td>" + link(c.contract) + "<br><span class=\"secondary\">" + html(c.title) + "</span></td><td>"
                out += link(c.department) + "</td><td>" + html(c.supplier) + "</td><td class=\"num\">" + html(c.value)
                out += "</td><td>"
                tag(c.verdict, into: &out)
                out += html(c.verdictAbout) + "</td><td class=\"num\">" + html(c.score) + "</td><td>" + html(c.findings) + "</td></tr>\n"
            }
            out += "</tbody>\n</table>\n</div>\n\n"
        }
        out += "\n"
    }
}

extension Fragments {
    /// The mission page as Markdown.
    static func missionMarkdown(_ p: MissionPage) -> String {
        let md = MarkdownText.escape
        var out = "# " + md(p.title) + "\n\nMission board alignment report, as at " + md(p.frame.asOf) + ". " + md(p.frame.siteTitle) + ".\n\n"
        if let s = p.summary { out += md(s) + "\n\n" }
        if let b = p.board { out += "- Mission board: " + md(b) + "\n" }
        if let d = p.leadDepartment { out += "- Lead department: " + md(d) + "\n" }
        out += "\n## Verdict\n\n" + p.verdictMarkdown + "\n\n## Who must act\n\n" + p.actionsMarkdown + "\n"
        reviewMarkdown(p.review, into: &out)
        out += "## Problem statements\n\n"
        for pr in p.problems {
            out += "### " + md(pr.challenge) + "\n\n"
            if let a = pr.affected { out += "- Who it affects: " + md(a) + "\n" }
            for e in pr.evidence { out += "- Evidence: " + md(e) + "\n" }
            if let d = pr.desiredOutcome { out += "- Desired outcome: " + md(d) + "\n" }
            out += "\n"
        }
        out += "## Milestones\n\n"
        for m in p.milestones {
            out += "### " + md(m.title) + "\n\n" + md(m.status.text) + ": " + md(m.reason) + "\n\n| Date | What | Value |\n|---|---|---|\n"
            for pt in m.points { out += "| " + md(pt.date) + " | " + md(pt.kind) + " | " + md(pt.value) + " |\n" }
            out += "\n"
            if !m.evidence.isEmpty {
                out += "KPIs measuring this milestone directly:\n\n"
                evidenceMarkdown(m.evidence, into: &out)
                out += "\n"
            }
            if let note = m.evidenceNote {
                out += "KPIs measuring this milestone directly: " + md(note) + " They are listed on the evidence pages.\n\n"
            }
        }
        out += "## Theory of change\n\n| Node | Level | Statement | Leads to | Evidence | Worst latest rating |\n|---|---|---|---|---|---|\n"
        for n in p.nodes {
            out += "| " + md(n.id) + " | " + md(n.level) + " | " + md(n.statement) + " | " + md(n.leadsToText) + " | " + md(n.covered.text)
            out += ": " + md(n.summary) + " | " + md(n.rating.text) + " |\n"
        }
        out += "\n"
        if let paging = p.paging { out += paging.pagesMarkdown + "\n\n" }
        if !p.watermelons.isEmpty {
            out += "## Watermelons\n\n| Contract | Milestone off track | KPIs rated good | Why |\n|---|---|---|---|\n"
            for w in p.watermelons {
                out += "| " + md(w.contract.text) + " | " + md(w.milestone.text) + " | " + md(w.kpis) + " | " + md(w.reason) + " |\n"
            }
            out += "\n"
        }
        out += "## Poorly aligned KPIs\n\n"
        if let paging = p.paging {
            out += paging.findingsMarkdown + "\n\n"
        } else {
            out += (p.poorlyAligned?.markdown ?? "None.") + "\n\n"
            if let f = p.contractFindings { out += "### Findings on those contracts\n\n" + f.markdown + "\n\n" }
        }
        if let f = p.missionFindings { out += "### Findings on the mission itself\n\n" + f.markdown + "\n\n" }
        out += "## Contracts ending in " + md(p.endingSpan) + "\n\n"
        if p.ending.isEmpty {
            out += "No contract serving this mission ends in these years.\n"
        } else {
            out += "| Financial year | Contract | Department | Value | Ends | Re-procurement starts | Alignment score | Findings |\n"
            out += "|---|---|---|---|---|---|---|---|\n"
            for e in p.ending {
                out += "| " + md(e.year) + " | " + md(e.contract.text) + ": " + md(e.title) + " | " + md(e.department) + " | " + md(e.value)
                out += " | " + md(e.end) + " | " + md(e.procurementStart) + (e.procurementEstimated ? " (estimated)" : "") + " | "
                out += md(e.score) + " | " + md(e.findings) + " |\n"
            }
        }
        out += "\n## Contracts serving the mission\n\n"
        if p.contracts.isEmpty {
            out += "None.\n"
        } else {
            out += "| Contract | Department | Supplier | Value | Verdict | Alignment score | Findings |\n|---|---|---|---|---|---|---|\n"
            for c in p.contracts {
                out += "| " + md(c.contract.text) + ": " + md(c.title) + " | " + md(c.department.text) + " | " + md(c.supplier) + " | "
                out += md(c.value) + " | " + md(c.verdict.text) + md(c.verdictAbout) + " | " + md(c.score) + " | " + md(c.findings) + " |\n"
            }
        }
        return out + "\n" + footerMarkdown(p.frame)
    }
}
