/// The rules page: each family's rules with their words, severity and count of findings.
extension Fragments {
    /// The rules page's content, without its last line break (the layout adds it).
    static func rulesBody(_ p: RulesPage) -> String {
        var out = "<h1 class=\"heading-xl\">Alignment rules</h1>\n<p class=\"lead\">What each rule checks, why, and how many findings it "
        out += "has in this publish. The severity is the one this workspace uses.</p>\n"
        for f in p.families {
            out += "<h2>" + html(f.title) + "</h2>\n"
            for r in f.rules {
                let id = html(r.id)
                out += "<section class=\"rule\" id=\"rule-" + id + "\" aria-labelledby=\"rule-" + id + "-h\">\n"
                out += "<h3 id=\"rule-" + id + "-h\"><code>" + id + "</code> " + html(r.title) + "</h3>\n"
                out += "<p>" + html(r.summary) + "</p>\n<p class=\"secondary\">" + html(r.rationale) + "</p>\n"
                out += "<p>Severity: " + html(r.severity) + ". Findings in this publish: \(r.findings).</p>\n</section>\n"
            }
        }
        for mission in [false, true] {
            let anchor = VerdictView.helpAnchor(mission: mission)
            out += "<section class=\"block\" id=\"" + anchor + "\" aria-labelledby=\"" + anchor + "-h\">\n<h2 id=\"" + anchor + "-h\">How a "
            out += mission ? "mission's" : "contract's"
            out += " verdict is reached</h2>\n" + VerdictView.helpBody(mission: mission) + "</section>\n"
        }
        if !out.isEmpty { out.removeLast() }  // not dropLast: Collection's counts the whole page twice
        return out
    }
}
