/// The site's HTML (and its Markdown twins), written in Swift: one builder per page (`Fragments+<Page>.swift`,
/// from the page's view in `Pages/`), the pieces they share (tags, links, findings, evidence and KPI
/// tables) here and in `Fragments+KPI.swift`, and the layout around every page (`Fragments+Layout.swift`).
/// Every value from the workspace goes through `html` (`HTMLText`) or `MarkdownText`; nothing else
/// escapes. Builders append to one string and never build a tree, so a national site renders quickly.
enum Fragments {
    /// `text` escaped for HTML: `HTMLText.escape`.
    @inline(__always) static func html(_ text: String) -> String { HTMLText.escape(text) }

    /// A tag (words, colour class and symbol) and the line break after it.
    static func tag(_ t: Tag, into out: inout String) {
        out += "<strong class=\"tag "
        out += html(t.cls)
        out += "\"><span aria-hidden=\"true\">"
        out += html(t.symbol)
        out += "</span> "
        out += html(t.text)
        out += "</strong>\n"
    }

    /// A rating's (or a returns state's) table cell, left open: the tag's words, its colour from one class on
    /// the cell (`.rt`; the words, not the colour, say it), without the tag's element and symbol, for the long
    /// tables of a national site (a KPI's history is a row per return).
    static func ratingCell(_ t: Tag, into out: inout String) {
        out += "<td class=\"rt "
        out += html(t.cls)
        out += "\">"
        out += html(t.text)
    }

    /// The version rows of the contract page, each ending in a line break; each source is named after
    /// `folder`, the folder of every source that the table's head names once.
    /// `versions`: whether the Version column is shown (a KPI whose every return is its first and current
    /// version has none); `notes`: whether the Note column is.
    static func versionRows(_ rows: [KPIBlock.VersionRow], folder: String, versions: Bool = true, notes: Bool = true) -> String {
        var out = ""
        out.reserveCapacity(rows.count * 130)
        for v in rows {
            out += "<tr><td>"
            out += html(v.period)
            out += "</td><td class=\"num\">"
            out += html(v.value)
            if let r = v.periodRating { out += "</td>"; ratingCell(r, into: &out) } else { out += "</td><td>" }
            out += "</td><td>"
            if versions {
                out += String(v.version)
                out += ": "
                out += html(v.status)
                out += "</td><td>"
            }
            if notes {  // the column is left out when no version of the KPI's returns has a note
                if let note = v.note { out += html(note) }
                out += "</td><td>"
            }
            out += html(String(v.source.dropFirst(folder.count)))
            out += "</td></tr>\n"
        }
        return out
    }

    /// The folder (ending in `/`) that every one of `paths` is in, or "" when they share none.
    static func commonFolder(_ paths: [String]) -> String {
        guard let first = paths.first else { return "" }
        let head = Array(first.utf8)
        var common = head.count  // bytes, not characters: a KPI's history has hundreds of sources
        for p in paths.dropFirst() {
            var i = 0
            for b in p.utf8.prefix(common) {
                guard b == head[i] else { break }
                i += 1
            }
            common = i
        }
        guard let slash = head[..<common].lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(decoding: head[...slash], as: UTF8.self)
    }
}
