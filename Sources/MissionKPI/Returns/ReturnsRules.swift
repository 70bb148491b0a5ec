/// The small rules a returns row must follow: value syntax, period fit for a KPI's frequency.
public enum ReturnsRules {
    /// A decimal number as people write it (`72.5`, `-3`, `.5`, `1e3`); nil for anything else,
    /// including `NaN`, `inf`, hex, thousands separators and units. Surrounding spaces are allowed.
    public static func number(_ text: String) -> Double? {
        if let f = text.utf8.first, let l = text.utf8.last, f != 0x20, f != 0x09, l != 0x20, l != 0x09 {
            guard isPlainNumber(text.utf8), let v = Double(text), v.isFinite else { return nil }
            return v
        }
        var t = Substring(text)
        while t.first == " " || t.first == "\t" { t.removeFirst() }
        while t.last == " " || t.last == "\t" { t.removeLast() }
        guard isPlainNumber(t.utf8), let v = Double(t), v.isFinite else { return nil }
        return v
    }

    /// Whether the bytes are `[+-]?(digits[.digits?] | .digits)([eE][+-]?digits)?`.
    public static func isPlainNumber(_ u: some Collection<UInt8>) -> Bool {
        var it = u.makeIterator()
        var c = it.next()
        if c == 0x2B || c == 0x2D { c = it.next() }
        var digits = 0
        while let d = c, d >= 0x30, d <= 0x39 {
            digits += 1
            c = it.next()
        }
        if c == 0x2E {
            c = it.next()
            while let d = c, d >= 0x30, d <= 0x39 {
                digits += 1
                c = it.next()
            }
        }
        guard digits > 0 else { return false }
        if c == 0x65 || c == 0x45 {
            c = it.next()
            if c == 0x2B || c == 0x2D { c = it.next() }
            var exponent = 0
            while let d = c, d >= 0x30, d <= 0x39 {
                exponent += 1
                c = it.next()
            }
            guard exponent > 0 else { return false }
        }
        return c == nil
    }

    /// Whether `period` suits a KPI reported at `frequency`: a month (or a range one month long) for
    /// monthly, a quarter (or a range three months long) for quarterly, a financial year (or a range a
    /// year long) for annually, a range that many months long for `every N months`. A KPI without a
    /// frequency takes any period.
    public static func fits(_ period: Period, _ frequency: Frequency?) -> Bool {
        guard let frequency else { return true }
        switch (frequency.months, period.kind) {
        case (1, .month), (3, .quarter), (12, .financialYear): return true
        case (_, .range): return period.end == period.start.adding(months: frequency.months).adding(days: -1)
        default: return false
        }
    }

    /// What to write instead, for a message: "a month such as 2025-04 (or a date range of one whole month)".
    public static func expected(_ frequency: Frequency, example: Day) -> String {
        switch frequency.months {
        case 1:
            let p = "\(example.description.prefix(7))"
            return "a month such as \(p) (or a date range one month long)"
        case 3:
            return "a calendar quarter such as \(example.year)-Q\((example.month - 1) / 3 + 1) (or a date range three months long)"
        case 12:
            return "a financial year such as \(MonthDay.label(startYear: example.year)) (or a date range one year long)"
        default:
            return "a date range \(frequency.months) months long such as \(example)/\(example.adding(months: frequency.months).adding(days: -1))"
        }
    }

    /// Words for a period's kind: "a month", "a quarter", ….
    public static func describe(_ kind: Period.Kind) -> String {
        switch kind {
        case .month: "a month"
        case .quarter: "a quarter"
        case .financialYear: "a financial year"
        case .range: "a date range"
        }
    }
}
