/// The most repeated rows of the KPI tables, written in Swift rather than by Mustache (a contract's
/// history can run to hundreds of rows, and rendering them through the template engine dominated
/// large publishes). The bytes are exactly what the templates gave: every value HTML-escaped as
/// Mustache escapes it, or Markdown-escaped with `MarkdownText`; the tag as `tag.mustache` writes it.
enum Fragments {
    /// `text` escaped for HTML: `HTMLText.escape` (as Mustache's HTML content type escapes).
    @inline(__always) static func html(_ text: String) -> String { HTMLText.escape(text) }

    /// `tag.mustache`: the tag and the line break after it.
    static func tag(_ t: Tag, into out: inout String) {
        out += "<strong class=\"tag "
        out += html(t.cls)
        out += "\"><span aria-hidden=\"true\">"
        out += html(t.symbol)
        out += "</span> "
        out += html(t.text)
        out += "</strong>\n"
    }

    /// The period rows of a KPI section (HTML), each ending in a line break.
    static func periodRows(_ rows: [KPIBlock.PeriodRow]) -> String {
        var out = ""
        out.reserveCapacity(rows.count * 160)
        for p in rows {
            out += "<tr><td>"
            out += html(p.period)
            out += "</td><td class=\"num\">"
            out += html(p.value)
            out += "</td><td>"
            tag(p.rating, into: &out)
            if let corrected = p.corrected {
                out += " <span class=\"secondary\">("
                out += html(corrected)
                out += ")</span>"
            }
            out += "</td></tr>\n"
        }
        return out
    }

    /// The period rows of `department-md.mustache`, each ending in a line break.
    static func periodRowsMarkdown(_ rows: [KPIBlock.PeriodRow]) -> String {
        var out = ""
        out.reserveCapacity(rows.count * 40)
        for p in rows {
            out += "| "
            out += MarkdownText.escape(p.period)
            out += " | "
            out += MarkdownText.escape(p.value)
            out += " | "
            out += MarkdownText.escape(p.rating.text)
            out += " |\n"
        }
        return out
    }

    /// The version rows of `contract.mustache`, each ending in a line break.
    static func versionRows(_ rows: [KPIBlock.VersionRow]) -> String {
        var out = ""
        out.reserveCapacity(rows.count * 260)
        for v in rows {
            out += "<tr><td>"
            out += html(v.period)
            out += "</td><td class=\"num\">"
            out += html(v.value)
            out += "</td><td>"
            if let r = v.periodRating { tag(r, into: &out) }
            out += "</td><td>"
            out += String(v.version)
            out += ": "
            out += html(v.status)
            out += "</td><td>"
            if let note = v.note { out += html(note) }
            out += "</td><td><code>"
            out += html(v.source)
            out += "</code></td></tr>\n"
        }
        return out
    }
}
