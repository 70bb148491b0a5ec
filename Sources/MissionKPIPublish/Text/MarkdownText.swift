import Mustache

/// Escaping for Markdown (CommonMark and GitHub tables): text from the workspace never becomes
/// markup, a link, raw HTML or a table cell break.
///
/// ```swift
/// MarkdownText.escape("<b>*x*</b> | y")   // \<b\>\*x\*\</b\> \| y
/// ```
public enum MarkdownText {
    /// ASCII punctuation that CommonMark or GitHub tables may read as markup anywhere in a line.
    static let active: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~", "&", "!", "{", "}"]

    /// One line of text with Markdown-active characters backslash-escaped; line breaks become spaces,
    /// and a leading list or heading marker (`-`, `+`, `1.`, `1)`) is escaped.
    public static func escape(_ text: String) -> String {
        if isPlain(text) { return text }
        let line = text.singleLine
        var out = ""
        out.reserveCapacity(line.utf8.count + 8)
        for c in line {
            if active.contains(c) { out.append("\\") }
            out.append(c)
        }
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

/// The Mustache content type of the Markdown templates (`{{% CONTENT_TYPE: MARKDOWN}}`): `{{x}}` escapes.
struct MarkdownContentType: MustacheContentType {
    func escapeText(_ text: String) -> String { MarkdownText.escape(text) }
}
