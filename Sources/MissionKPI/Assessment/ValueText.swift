import Foundation

/// Values and differences in words, with their unit: `61.7%`, `3.2 points`, `£1,200`, `4 days`.
public enum ValueText {
    /// A value for reading: short exact values as written (`61.7`, `3.25`); others rounded to one decimal
    /// (two below 1, three when that would show zero).
    public static func number(_ v: Double) -> String {
        guard v.isFinite else { return "n/a" }
        if abs(v * 100 - (v * 100).rounded()) < 1e-9 { return fmt(v == 0 ? 0 : v) }
        let a = abs(v)
        var places: Double = a >= 1 ? 10 : 100
        if (v * places).rounded() == 0 { places = 1000 }
        let r = (v * places).rounded() / places
        return fmt(r == 0 ? 0 : r)
    }

    /// A value with its unit.
    public static func value(_ v: Double, _ unit: Unit?) -> String {
        let n = number(v)
        switch unit {
        case .percent: return n + "%"
        case .gbp: return (v < 0 ? "-£" : "£") + grouped(number(abs(v)))
        case .days: return n + (n == "1" ? " day" : " days")
        case .hours: return n + (n == "1" ? " hour" : " hours")
        case .count: return grouped(n)
        default: return n
        }
    }

    /// A non-negative difference with its unit (`points` for percentages).
    public static func difference(_ v: Double, _ unit: Unit?) -> String {
        let n = number(abs(v))
        switch unit {
        case .percent: return n + (n == "1" ? " point" : " points")
        default: return value(abs(v), unit)
        }
    }

    /// Thousands separators on the integer part of a plain number.
    static func grouped(_ s: String) -> String {
        // Numbers as `number` writes them are ASCII: a comma every three digits, byte by byte.
        if s.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            let bytes = Array(s.utf8)
            let body = bytes.first == 0x2D ? 1 : 0
            let end = bytes[body...].firstIndex(of: 0x2E) ?? bytes.count
            let digits = end - body
            guard digits > 3 else { return s }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + digits / 3)
            out += bytes[..<body]
            for i in 0..<digits {
                if i > 0 && (digits - i) % 3 == 0 { out.append(0x2C) }
                out.append(bytes[body + i])
            }
            out += bytes[end...]
            return String(decoding: out, as: UTF8.self)
        }
        var sign = ""
        var body = Substring(s)
        if body.hasPrefix("-") {
            sign = "-"
            body = body.dropFirst()
        }
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let digits = Array(parts[0])
        guard digits.count > 3 else { return s }
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return sign + out + (parts.count > 1 ? "." + parts[1] : "")
    }
}
