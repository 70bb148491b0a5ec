/// Texts written into YAML files (the generator's and the importer's), so that the loader reads back
/// exactly the same text: plain when that is safe, otherwise double-quoted with every character YAML
/// would not keep as it is escaped.
///
/// ```swift
/// YAMLText.scalar("Job Outcome Rate")        // Job Outcome Rate
/// YAMLText.scalar("% of participants: all")  // "% of participants: all"
/// YAMLText.scalar("1")                        // "1"
/// ```
public enum YAMLText {
    static let reserved: Set<String> = [
        "", "~", "null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE", "yes", "Yes", "YES", "no",
        "No", "NO", "on", "On", "ON", "off", "Off", "OFF", "y", "Y", "n", "N",
    ]

    /// `text` as a YAML scalar; `flow` is true inside `{…}` or `[…]`, where `,[]{}` also need quotes.
    public static func scalar(_ text: String, flow: Bool = false) -> String {
        isPlainSafe(text, flow: flow) ? text : quoted(text)
    }

    /// Whether `text` reads back unchanged (as a text, not a number, boolean or null) when written plain.
    public static func isPlainSafe(_ text: String, flow: Bool) -> Bool {
        let u = text.utf8
        guard let first = u.first, let last = u.last, !reserved.contains(text) else { return false }
        // Indicators that cannot start a plain scalar, and spaces at either end.
        if "-?:,[]{}#&*!|>'\"%@`".utf8.contains(first) || first == 0x20 || last == 0x20 || last == 0x3A { return false }
        // Anything that looks like a number (or a date, which is still read back as its text, but keep it simple).
        if (first >= 0x30 && first <= 0x39) || first == 0x2E || first == 0x2B { return false }
        var previous: UInt8 = 0
        for b in u {
            if b < 0x20 || b == 0x7F { return false }
            if b == 0x20 && previous == 0x3A { return false }  // ": "
            if b == 0x23 && previous == 0x20 { return false }  // " #"
            if flow && (b == 0x2C || b == 0x5B || b == 0x5D || b == 0x7B || b == 0x7D) { return false }
            previous = b
        }
        // Characters YAML reads as line breaks or does not allow as they are (C1 controls, NEL, the line
        // and paragraph separators, the byte order mark, non-characters) need quoting and escapes.
        if u.contains(where: { $0 >= 0x80 }), text.unicodeScalars.contains(where: needsEscape) { return false }
        return true
    }

    /// Whether a character (not ASCII) must be escaped in a double-quoted scalar.
    static func needsEscape(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x80...0x9F).contains(v) || v == 0x2028 || v == 0x2029 || v == 0xFEFF || v == 0xFFFE || v == 0xFFFF
    }

    /// `text` double-quoted, with `\\`, `\"` and every character YAML would not keep escaped.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for s in text.unicodeScalars {
            switch s.value {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x09: out += "\\t"
            case 0x0D: out += "\\r"
            case 0x00: out += "\\0"
            case 0x85: out += "\\N"
            case 0x2028: out += "\\L"
            case 0x2029: out += "\\P"
            case 0x01...0x1F, 0x7F, 0x80...0x9F: out += "\\x" + hex(s.value, 2)
            case 0xFEFF, 0xFFFE, 0xFFFF: out += "\\u" + hex(s.value, 4)
            default: out.unicodeScalars.append(s)
            }
        }
        return out + "\""
    }

    static func hex(_ v: UInt32, _ width: Int) -> String {
        let digits = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
