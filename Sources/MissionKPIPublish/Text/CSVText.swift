import MissionKPI

/// Writing CSV (RFC 4180) that is safe to open in a spreadsheet.
///
/// ```swift
/// CSVText.record(["a", "x, y", "=1+2", "-3.5"])   // a,"x, y",'=1+2,-3.5\r\n
/// ```
public enum CSVText {
    /// Records end with CRLF, as RFC 4180 says.
    public static let lineEnd = "\r\n"

    /// One record: each field neutralised and quoted as needed, joined by commas, ended by CRLF.
    public static func record(_ fields: [String]) -> String {
        var out = ""
        for (i, f) in fields.enumerated() {
            if i > 0 { out += "," }
            out += field(f)
        }
        return out + lineEnd
    }

    /// One field, neutralised, then quoted when it holds a comma, a quote, a line break, or spaces at its ends.
    public static func field(_ text: String) -> String { quoted(neutralised(text)) }

    /// RFC 4180 quoting only: `"…"` with inner quotes doubled, when needed.
    public static func quoted(_ text: String) -> String {
        var needs = false
        for b in text.utf8 where b == 0x2C || b == 0x22 || b == 0x0A || b == 0x0D {
            needs = true
            break
        }
        if let f = text.utf8.first, f == 0x20 { needs = true }
        if let l = text.utf8.last, l == 0x20 { needs = true }
        guard needs else { return text }
        // Quotes doubled byte by byte, not Character by Character: `"` followed by a combining mark is
        // one Character, but still a quote byte that would end the cell.
        var out: [UInt8] = [0x22]
        out.reserveCapacity(text.utf8.count + 8)
        for b in text.utf8 {
            out.append(b)
            if b == 0x22 { out.append(0x22) }
        }
        out.append(0x22)
        return String(decoding: out, as: UTF8.self)
    }

    /// A cell a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or CR) gets a
    /// leading `'`, unless it is a plain number such as `-3.5` (OWASP "CSV injection").
    public static func neutralised(_ text: String) -> String {
        guard let first = text.utf8.first else { return text }
        switch first {
        case 0x3D, 0x40, 0x09, 0x0D: return "'" + text
        case 0x2B, 0x2D: return ReturnsRules.isPlainNumber(text.utf8) ? text : "'" + text
        default: return text
        }
    }
}
