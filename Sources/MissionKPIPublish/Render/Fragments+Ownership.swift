/// The ownership audit page: the spread by accreditation, the most loaded managers, each department's
/// contracts with their owners and flags, and the ownership findings.
extension Fragments {
    /// The ownership page's content, without its last line break (the layout adds it).
    static func ownershipBody(_ p: OwnershipPage) -> String {
        var out = "<h1 class=\"heading-xl\">Contract management ownership audit</h1>\n<p class=\"lead\">" + html(p.overall) + "</p>\n"
        out += "<p>Contracts in force as at " + html(p.frame.asOf) + ". People below grade " + html(p.floor)
        out += " are shown by role and grade, not by name. A person in another department is marked with its id in brackets.</p>\n\n"
        out += "<h2 id=\"accreditation\">Managers by accreditation</h2>\n<table class=\"table table--compact\">\n"
        out += "<caption class=\"visually-hidden\">Contract managers, their contracts and value, by Contract Management Professional "
        out += "Standards accreditation</caption>\n<thead><tr><th scope=\"col\">Accreditation</th><th scope=\"col\" class=\"num\">Managers"
        out += "</th><th scope=\"col\" class=\"num\">Contracts</th><th scope=\"col\" class=\"num\">Value</th></tr></thead>\n<tbody>\n"
        for l in p.levels {
            out += "<tr><th scope=\"row\">" + html(l.level) + "</th><td class=\"num\">\(l.managers)</td><td class=\"num\">\(l.contracts)"
            out += "</td><td class=\"num\">" + html(l.value) + "</td></tr>\n"
        }
        out += "</tbody>\n</table>\n\n<h2 id=\"loads\">Most loaded managers</h2>\n"
        if p.loads.isEmpty {
            out += "<p>No contract names a manager.</p>\n"
        } else {
            out += "<table class=\"table table--compact\">\n<thead><tr><th scope=\"col\">Manager</th><th scope=\"col\" class=\"num\">Contracts"
            out += "</th><th scope=\"col\" class=\"num\">Value</th></tr></thead>\n<tbody>\n"
            for l in p.loads {
                out += "<tr><td>" + html(l.manager) + "</td><td class=\"num\">\(l.contracts)</td><td class=\"num\">" + html(l.value) + "</td></tr>\n"
            }
            out += "</tbody>\n</table>\n\n"
        }
        out += "\n"
        for d in p.departments { ownershipDepartment(d, into: &out) }
        out += "\n<h2 id=\"findings\">Ownership findings on contracts</h2>\n"
        if let f = p.findings {
            findings(f, into: &out)
            out += "\n\n"
        } else {
            out += "\n<p>None.</p>\n"
        }
        if let g = p.general {
            out += "<h2>Other ownership findings</h2>\n"
            findings(g, into: &out)
        }
        if !out.isEmpty { out.removeLast() }  // not dropLast: Collection's counts the whole page twice
        return out
    }

    /// One department's block of the ownership page.
    static func ownershipDepartment(_ d: OwnershipPage.DepartmentBlock, into out: inout String) {
        let id = html(d.id)
        out += "<section class=\"block\" id=\"dept-" + id + "\" aria-labelledby=\"dept-" + id + "-h\">\n"
        out += "<h2 id=\"dept-" + id + "-h\">" + html(d.name) + "</h2>\n<p>" + html(d.shares) + " <a href=\"" + html(d.link.href)
        out += "\">Contract KPI review</a>.</p>\n"
        if !d.contracts.isEmpty {
            out += "<div class=\"table-wrap\" role=\"region\" aria-label=\"Owners of the contracts of " + html(d.name) + "\" tabindex=\"0\">\n"
            out += "<table class=\"table\">\n<thead><tr><th scope=\"col\">Contract</th><th scope=\"col\" class=\"num\">Value</th>"
            out += "<th scope=\"col\">Tier</th><th scope=\"col\">Ends</th><th scope=\"col\">Contract manager</th><th scope=\"col\">Commercial "
            out += "specialist</th><th scope=\"col\">Accreditation</th><th scope=\"col\">Senior responsible owner</th><th scope=\"col\">Flags"
            out += "</th></tr></thead>\n<tbody>\n"
            for c in d.contracts {
                out += "<tr><td>" + link(c.link) + "<br><span class=\"secondary\">" + html(c.title) + "</span></td><td class=\"num\">"
                out += html(c.value) + "</td><td>" + html(c.tier) + "</td><td class=\"date\">" + html(c.end) + "</td><td>" + html(c.manager)
                out += "</td><td>"
                if let s = c.specialist { tag(s, into: &out) } else { out += "—" }
                out += "</td><td>" + html(c.accreditation) + "</td><td>" + html(c.owner) + "</td><td>" + links(c.flags) + "</td></tr>\n"
            }
            out += "</tbody>\n</table>\n</div>\n"
        }
        if let f = d.flags {
            out += "<h3>Findings on the department and its people</h3>\n"
            findings(f, into: &out)
        }
        out += "</section>\n"
    }
}
