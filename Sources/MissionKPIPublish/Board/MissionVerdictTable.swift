import MissionKPI

/// The index page's missions: one row each with the verdict and every aspect's answer in a few words,
/// and links to the report, who must act and the board pack. On a phone each row becomes a block of
/// labelled lines (`table--stack`).
enum MissionVerdictTable {
    static func html(_ report: SiteReport, root: String) -> String {
        let ws = report.workspace, r = report.redactor
        var out = "<div class=\"table-wrap table-wrap--stack\" role=\"region\" aria-label=\"Missions and their verdicts\" tabindex=\"0\">\n"
        out += "<table class=\"table table--stack table--verdicts\">\n<caption class=\"visually-hidden\">Missions, their verdicts and the "
        out += "answer to each question</caption>\n<thead><tr><th scope=\"col\">Mission</th><th scope=\"col\">Verdict</th>"
        for a in VerdictAspect.allCases {
            out += "<th scope=\"col\">" + Fragments.html(a.title) + "<br><span class=\"secondary\">"
            out += Fragments.html(a.question(mission: true)) + "</span></th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for m in ws.missions {
            let v = report.verdicts.mission(m.id)
            out += "<tr><th scope=\"row\" data-label=\"Mission\"><a href=\"" + Fragments.html(Href.mission(m.id, root: root)) + "\">"
            out += Fragments.html(r.text(m.title)) + "</a><br>"
            out += "<span class=\"secondary\"><a href=\"" + Fragments.html(Href.mission(m.id, root: root)) + "#actions\">Who must act</a> · <a href=\""
            out += Fragments.html(root + "missions/" + m.id + "/board-pack.html") + "\">Board pack</a></span></th>"
            out += "<td data-label=\"Verdict\">"
            tag(v?.overall ?? .notKnown, into: &out)
            out += Fragments.html(v.map(VerdictView.about) ?? "") + "</td>"
            for a in VerdictAspect.allCases {
                out += "<td data-label=\"" + Fragments.html(a.title) + "\">"
                if let answer = v?.aspect(a) {
                    tag(answer.level, into: &out)
                    out += "<br><span class=\"secondary\">" + Fragments.html(r.text(answer.short)) + "</span>"
                }
                out += "</td>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>\n</div>\n"
    }

    static func tag(_ level: VerdictLevel, into out: inout String) {
        Fragments.tag(VerdictView.tag(level), into: &out)
        out.removeLast()
    }
}
