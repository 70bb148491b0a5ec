/// Escaping for Markdown (CommonMark and GitHub tables), for every Markdown the tool writes (the
/// site's pages and the `--format markdown` reports): text from the workspace never becomes markup, a
/// link, an image, raw HTML or a table cell break. Three contexts, one set of rules:
/// `escape` for text, `code` for text inside a code span, `cell` for Markdown we wrote ourselves that
/// goes into a table cell.
///
/// ```swift
/// MarkdownText.escape("<b>*x*</b> | y")   // \<b\>\*x\*\</b\> \| y
/// "`" + MarkdownText.code("a`b|c") + "`"   // `a'b\|c`
/// MarkdownText.cell("**2** | 3\nx")        // **2** \| 3 x
/// ```
public enum MarkdownText {
    /// ASCII punctuation that CommonMark or GitHub tables may read as markup anywhere in a line, as scalars:
    /// text is escaped scalar by scalar, since a combining mark after `[` or `|` makes one Character that a
    /// Character walk would not match, while a Markdown parser still sees the `[`.
    static let activeScalars: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~", "&", "!", "{", "}"]

    /// One line of text with Markdown-active characters backslash-escaped; line breaks become spaces,
    /// and a leading list or heading marker (`-`, `+`, `1.`, `1)`) is escaped.
    public static func escape(_ text: String) -> String {
        if isPlain(text) { return text }
        let line = text.singleLine
        var scalars = String.UnicodeScalarView()
        for u in line.unicodeScalars {
            if activeScalars.contains(u) { scalars.append("\\") }
            scalars.append(u)
        }
        var out = String(scalars)
        if let f = out.first, f == "-" || f == "+" || f == "=",
            out.dropFirst().first == " " || out.dropFirst().first == nil || out.allSatisfy({ $0 == f })
        {
            out.insert("\\", at: out.startIndex)
        }
        var digits = out.startIndex
        while digits < out.endIndex, out[digits].isASCII, out[digits].isNumber { digits = out.index(after: digits) }
        if digits > out.startIndex, digits < out.endIndex, out[digits] == "." || out[digits] == ")" {
            let after = out.index(after: digits)
            if after == out.endIndex || out[after] == " " { out.insert("\\", at: digits) }
        }
        return out
    }
}

extension MarkdownText {
    /// Text to show inside a code span (`` `…` ``), where backslash escapes do not work: a backtick
    /// (which would end the span) becomes `'`, a pipe is escaped for tables, line breaks become spaces.
    public static func code(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x60 || $0 == 0x7C || $0 == 0x0A || $0 == 0x0D }) else { return text }
        var out = String.UnicodeScalarView()
        var afterCR = false
        for u in text.unicodeScalars {  // scalars: see `activeScalars`
            defer { afterCR = u == "\r" }
            switch u {
            case "`": out.append("'")
            case "|": out.append(contentsOf: "\\|".unicodeScalars)
            case "\n" where afterCR: continue  // \r\n is one break: one space
            case "\n", "\r": out.append(" ")
            default: out.append(u)
            }
        }
        return String(out)
    }

    /// Markdown the tool wrote itself (already escaped where it holds workspace text) made to fit in one
    /// table cell: pipes escaped, line breaks as spaces.
    public static func cell(_ markdown: String) -> String {
        guard markdown.utf8.contains(where: { $0 == 0x7C || $0 == 0x0A || $0 == 0x0D }) else { return markdown }
        var out = String.UnicodeScalarView()
        var afterCR = false
        for u in markdown.unicodeScalars {  // scalars: see `activeScalars`
            defer { afterCR = u == "\r" }
            switch u {
            case "|": out.append(contentsOf: "\\|".unicodeScalars)
            case "\n" where afterCR: continue  // \r\n is one break: one space
            case "\n", "\r": out.append(" ")
            default: out.append(u)
            }
        }
        return String(out)
    }

    /// Whether `text` is printable ASCII with nothing to escape or fold: no active character, no line
    /// break or tab, no space at either end or twice in a row, and not starting with `-`, `+`, `=` or a
    /// digit (the list and heading markers). Such text escapes to itself, so most cells skip the work.
    static func isPlain(_ text: String) -> Bool {
        var previousSpace = true
        for b in text.utf8 {
            guard b >= 0x20, b < 0x7F else { return false }
            switch b {
            case 0x5C, 0x60, 0x2A, 0x5F, 0x5B, 0x5D, 0x3C, 0x3E, 0x7C, 0x23, 0x7E, 0x26, 0x21, 0x7B, 0x7D: return false
            case 0x20: if previousSpace { return false }
            default: break
            }
            previousSpace = b == 0x20
        }
        guard !previousSpace, let first = text.utf8.first else { return false }
        return !(first == 0x2D || first == 0x2B || first == 0x3D || (first >= 0x30 && first <= 0x39))
    }
}
