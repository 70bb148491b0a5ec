import MissionKPI

/// A contract's or mission's verdict on a page: the overall answer, each aspect with its question,
/// answer, figure and reasons, and how each is judged. It shows the core's `Verdict`; it judges nothing.
enum VerdictView {
    /// The verdict's tag: green only for no concerns, red for serious concerns, never colour alone.
    static func tag(_ level: VerdictLevel) -> Tag {
        switch level {
        case .noConcerns: Tag(text: level.label, cls: "good", symbol: "✓")
        case .someConcerns: Tag(text: level.label, cls: "requires", symbol: "!")
        case .seriousConcerns: Tag(text: level.label, cls: "inadequate", symbol: "✕")
        case .notKnown: Tag(text: level.label, cls: "other", symbol: "?")
        case .notYetDue, .notApplicable: Tag(text: level.label, cls: "other", symbol: "–")
        }
    }

    /// ` about performance and outcomes.` after the overall tag, or `.`.
    static func about(_ v: Verdict) -> String {
        let names = v.decidedBy.map { $0.aspect.title.lowercased() }
        guard !names.isEmpty else { return "." }
        return " about " + (names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " and " + names.last!) + "."
    }

    /// The panel: the overall tag and sentence, then one row per aspect; `help` adds how each is judged,
    /// folded away, or with `helpRoot` (the page's path to the site root) a link to the rules page, which
    /// says it once for the 10,000 contract pages of a national site.
    static func html(
        _ v: Verdict?, mission: Bool, redactor r: Redactor, id: String = "verdict-answers", help: Bool = true, helpRoot: String? = nil,
        reasons: Bool = true
    ) -> String {
        guard let v else { return "<p>No verdict.</p>\n" }
        var out = "<div class=\"verdict\" id=\"" + Fragments.html(id) + "\">\n<p class=\"verdict__overall\">"
        Fragments.tag(tag(v.overall), into: &out)
        out.removeLast()
        out += Fragments.html(about(v)) + "</p>\n<dl class=\"summary-list verdict__aspects\">\n"
        for a in v.aspects {
            out += "<div class=\"summary-list__row\"><dt>" + Fragments.html(a.aspect.title)
            out += "<br><span class=\"secondary\">" + Fragments.html(a.aspect.question(mission: mission)) + "</span></dt><dd>"
            Fragments.tag(tag(a.level), into: &out)
            out.removeLast()
            out += " " + Fragments.html(r.text(a.figure))
            if reasons && !a.reasons.isEmpty {
                out += "\n<ul class=\"verdict__reasons\">"
                for reason in a.reasons { out += "<li>" + Fragments.html(r.text(reason)) + "</li>" }
                out += "</ul>"
            }
            out += "</dd></div>\n"
        }
        out += "</dl>\n"
        if let root = helpRoot {
            out += "<p class=\"secondary\"><a href=\"" + Fragments.html(root) + "rules.html#" + helpAnchor(mission: mission) + "\">How this verdict is reached</a>: "
            out += "each question and what makes its answer.</p>\n"
        } else if help {
            out += helpHTML(mission: mission)
        }
        return out + "</div>\n"
    }

    /// The rules page's section on how a contract's (or a mission's) verdict is reached.
    static func helpAnchor(mission: Bool) -> String { mission ? "verdict-mission" : "verdict-contract" }

    /// How the verdict is reached, folded away.
    static func helpHTML(mission: Bool) -> String {
        "<details class=\"details\">\n<summary>How this verdict is reached</summary>\n<div class=\"details__text\">\n" + helpBody(mission: mission)
            + "</div>\n</details>\n"
    }

    /// How the verdict is reached: the rule of the worst answer, then what makes each answer.
    static func helpBody(mission: Bool) -> String {
        var out = "<p>Each question is answered on its own evidence. The verdict is the worst answer: it cannot say "
        out += "&#8220;No concerns&#8221; while any answer has concerns or is not known; &#8220;Not yet due&#8221; and "
        out += "&#8220;Not applicable&#8221; leave it alone.</p>\n<dl class=\"summary-list summary-list--compact\">\n"
        for a in VerdictAspect.allCases {
            out += "<div class=\"summary-list__row\"><dt>" + Fragments.html(a.title) + "</dt><dd>"
            out += Fragments.html(a.criteria(mission: mission)) + "</dd></div>\n"
        }
        return out + "</dl>\n"
    }

    /// The verdict in Markdown: the overall line, then a table of the aspects.
    static func markdown(_ v: Verdict?, mission: Bool, redactor r: Redactor) -> String {
        guard let v else { return "No verdict.\n" }
        var out = "**" + MarkdownText.escape(v.overall.label) + "**" + MarkdownText.escape(about(v)) + "\n\n"
        out += "| Question | Answer | Evidence |\n|---|---|---|\n"
        for a in v.aspects {
            let why = ([r.text(a.figure)] + a.reasons.map { r.text($0) }).map(MarkdownText.escape).joined(separator: " ")
            out += "| " + MarkdownText.escape(a.aspect.title + ": " + a.aspect.question(mission: mission)) + " | "
            out += MarkdownText.escape(a.level.label) + " | " + why + " |\n"
        }
        out += "\nHow each answer is reached:\n\n"
        for a in VerdictAspect.allCases { out += "- **" + a.title + "**: " + MarkdownText.escape(a.criteria(mission: mission)) + "\n" }
        return out
    }
}
