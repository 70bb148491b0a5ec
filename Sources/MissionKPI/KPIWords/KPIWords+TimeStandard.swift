extension KPIWords {
    /// A time limit set in the words: "within 12 hours", "every two months", "at least 10 working days in
    /// advance", "by the 5th working day".
    struct TimeStandard: Sendable {
        var value: Double
        var unit: Unit
        var span: ClosedRange<Int>
        /// Whether more time is better ("10 working days in advance").
        var moreIsBetter: Bool
    }

    /// A duration starting at token `i` ("12 hours", "thirteen (13) calendar days", "an hour"): its value in
    /// hours (minutes, hours), days (days, weeks) or as written (months, years, seconds: unit other).
    static func duration(_ text: KPIText, at i: Int) -> (value: Double, unit: Unit, end: Int)? {
        guard i < text.tokens.count else { return nil }
        var value: Double
        if let v = text.tokens[i].value, text.tokens[i].kind == .number {
            value = v
        } else if text.isWord(i, "a") || text.isWord(i, "an") {
            value = 1
        } else {
            return nil
        }
        var k = i + 1
        // "thirteen (13)": the figure repeats the word.
        if text.isSymbol(k, "("), k + 2 < text.tokens.count, text.tokens[k + 1].kind == .number, text.isSymbol(k + 2, ")") { k += 3 }
        if text.isSymbol(k, "-") { k += 1 }
        while ["working", "calendar", "business", "clock", "consecutive", "full"].contains(where: { text.isWord(k, $0) }) { k += 1 }
        guard k < text.tokens.count, text.tokens[k].kind == .word else { return nil }
        switch text.tokens[k].text {
        case "minute", "minutes", "mins", "min": value /= 60; return (value, .hours, k)
        case "hour", "hours", "hrs", "hr": return (value, .hours, k)
        case "day", "days": return (value, .days, k)
        case "week", "weeks": return (value * 7, .days, k)
        case "month", "months", "year", "years", "second", "seconds", "secs": return (value, .other, k)
        default: return nil
        }
    }

    /// Every time limit the words set, in text order.
    static func timeStandards(_ text: KPIText) -> [TimeStandard] {
        var out: [TimeStandard] = []
        for i in text.tokens.indices {
            if text.isWord(i, "within") || text.isWord(i, "every") || (text.isWord(i, "than") && text.isWord(i - 1, "later")) {
                var k = i + 1
                // "within a maximum of 5 days", "within no more than 2 hours".
                for skip in [["a", "maximum", "of"], ["no", "more", "than"], ["the", "first"]]
                where skip.enumerated().allSatisfy({ text.isWord(k + $0.offset, $0.element) }) {
                    k += skip.count
                }
                if let d = duration(text, at: k) {
                    let words = text.isWord(i, "than") ? i - 2 : i
                    out.append(TimeStandard(value: d.value, unit: d.unit, span: words...d.end, moreIsBetter: false))
                }
            } else if let d = duration(text, at: i), d.unit == .days,
                ["advance", "before", "prior", "ahead"].contains(where: { text.isWord(d.end + 1, $0) || text.isWord(d.end + 2, $0) })
            {
                let start = text.isWord(i - 1, "least") ? i - 2 : i
                out.append(TimeStandard(value: d.value, unit: .days, span: start...(d.end + 1), moreIsBetter: true))
            } else if text.isWord(i, "by"), text.isWord(i + 1, "the"), i + 2 < text.tokens.count,
                text.tokens[i + 2].kind == .number, let v = text.tokens[i + 2].value,
                ["th", "st", "nd", "rd"].contains(where: { text.isWord(i + 3, $0) }),
                text.isWord(i + 4, "working") || text.isWord(i + 4, "day"),
                let dayWord = [i + 4, i + 5].first(where: { text.isWord($0, "day") })
            {
                out.append(TimeStandard(value: v, unit: .days, span: i...dayWord, moreIsBetter: false))
            } else if let d = duration(text, at: i), d.unit == .hours || d.unit == .days, text.isSymbol(i + 1, "-"),
                ["standard", "response", "target", "wait", "turnaround"].contains(where: { text.isWord(d.end + 1, $0) })
            {
                out.append(TimeStandard(value: d.value, unit: d.unit, span: i...(d.end + 1), moreIsBetter: false))
            }
        }
        return out
    }
}
