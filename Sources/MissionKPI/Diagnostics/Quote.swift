/// Input echoed in a message, the one way every diagnostic quotes what it read: in single quotes, at
/// most `Quote.limit` characters (Unicode scalars, so one huge grapheme cannot slip through) with an
/// ellipsis when cut, and control characters written as escapes so that a value can neither break the
/// one-line `path:line:col: error: …` form nor drive the terminal.
///
/// ```swift
/// Quote.quoted("c-1")                                        // 'c-1'
/// Quote.quoted(String(repeating: "x", count: 10_000_000))    // 'xxx…x…' (80 x's, then …)
/// "unknown contract \(quoted: id)"                           // the same, in an interpolation
/// ```
public enum Quote {
    /// The most characters of an input shown in one place of a message.
    public static let limit = 80

    /// `'text'`, cut to `limit` characters with `…`, control characters escaped.
    public static func quoted(_ text: some StringProtocol, limit: Int = Quote.limit) -> String { "'" + clipped(text, limit: limit) + "'" }

    /// The text as `quoted` shows it, without the quotes.
    public static func clipped(_ text: some StringProtocol, limit: Int = Quote.limit) -> String {
        // The common case: short printable ASCII, shown as is.
        let utf8 = text.utf8
        if utf8.count <= limit, utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return String(text) }
        var out = ""
        var shown = 0
        for scalar in text.unicodeScalars {
            if shown == limit {
                out += "…"
                return out
            }
            out += visible(scalar)
            shown += 1
        }
        return out
    }

    /// A scalar as shown: itself, or an escape for a control or direction-changing character.
    static func visible(_ s: Unicode.Scalar) -> String {
        switch s.value {
        case 0x09: "\\t"
        case 0x0A: "\\n"
        case 0x0D: "\\r"
        case 0x00..<0x20, 0x7F..<0xA0, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF:
            "\\u{" + String(s.value, radix: 16, uppercase: true) + "}"
        default: String(s)
        }
    }
}

extension DefaultStringInterpolation {
    /// Input quoted for a message (`Quote.quoted`): `'text'`, at most `Quote.limit` characters.
    public mutating func appendInterpolation(quoted text: some StringProtocol) {
        appendLiteral(Quote.quoted(text))
    }

    /// Input for a message without quotes around it (`Quote.clipped`), for a place that quotes it otherwise.
    public mutating func appendInterpolation(clipped text: some StringProtocol) {
        appendLiteral(Quote.clipped(text))
    }
}
