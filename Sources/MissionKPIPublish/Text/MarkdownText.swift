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

/// The Mustache content type of the Markdown templates (`{{% CONTENT_TYPE: MARKDOWN}}`): `{{x}}` escapes.
struct MarkdownContentType: MustacheContentType {
    func escapeText(_ text: String) -> String { MarkdownText.escape(text) }
}
