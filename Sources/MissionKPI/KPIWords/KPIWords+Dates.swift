extension KPIWords {
    /// Words introducing the date a target is due by.
    static let dueWords = ["by", "before", "until", "deadline", "than"]

    /// The first due date stated after token `from` (or anywhere, if none after): "by 31 March 2027",
    /// "by March 2025" (the month's last day), "by 2026/27" (31 March 2027), "by the end of 2026", "by
    /// 31/03/2027", "by 2027-03-31"; with the words that stated it.
    static func dueDate(_ text: KPIText, from: Int) -> (day: Day, span: ClosedRange<Int>)? {
        var found: [(day: Day, span: ClosedRange<Int>)] = []
        for i in text.tokens.indices where dueWords.contains(where: { text.isWord(i, $0) }) {
            if text.isWord(i, "than"), !text.isWord(i - 1, "later") { continue }
            var k = i + 1
            for skip in [["the", "end", "of"], ["end", "of"], ["the"]]
            where skip.enumerated().allSatisfy({ text.isWord(k + $0.offset, $0.element) }) {
                k += skip.count
                break
            }
            if let d = date(text, at: k) { found.append((d.day, i...d.end)) }
        }
        return found.first { $0.span.lowerBound >= from } ?? found.first
    }

    /// A date starting at token `k`, and the index of its last token.
    static func date(_ text: KPIText, at k: Int) -> (day: Day, end: Int)? {
        func num(_ i: Int) -> Int? {
            guard i < text.tokens.count, text.tokens[i].kind == .number, let v = text.tokens[i].value, v == v.rounded() else { return nil }
            return Int(v)
        }
        func month(_ i: Int) -> Int? { months.firstIndex { text.isWord(i, $0) || text.isWord(i, String($0.prefix(3))) }.map { $0 + 1 } }
        func year(_ i: Int) -> Int? { num(i).flatMap { (1990...2100).contains($0) ? $0 : nil } }
        // 31 March 2027, 31st March 2027
        if let d = num(k) {
            let m0 = ["st", "nd", "rd", "th"].contains(where: { text.isWord(k + 1, $0) }) ? k + 2 : k + 1
            if let m = month(m0), let y = year(m0 + 1), let day = Day(year: y, month: m, day: d) { return (day, m0 + 1) }
        }
        // March 2027
        if let m = month(k), let y = year(k + 1), let last = Day(year: y, month: m, day: 1)?.adding(months: 1).adding(days: -1) {
            return (last, k + 1)
        }
        // 31/03/2027
        if let d = num(k), text.isSymbol(k + 1, "/"), let m = num(k + 2), text.isSymbol(k + 3, "/"), let y = year(k + 4),
            let day = Day(year: y, month: m, day: d)
        {
            return (day, k + 4)
        }
        guard let y = year(k) else { return nil }
        // 2027-03-31
        if text.isSymbol(k + 1, "-"), let m = num(k + 2), text.isSymbol(k + 3, "-"), let d = num(k + 4),
            let day = Day(year: y, month: m, day: d)
        {
            return (day, k + 4)
        }
        // 2026/27 or 2026-27: a financial year, ending 31 March.
        if text.isSymbol(k + 1, "/") || text.isSymbol(k + 1, "-"), let yy = num(k + 2), yy == (y + 1) % 100 || yy == y + 1,
            let day = Day(year: y + 1, month: 3, day: 31)
        {
            return (day, k + 2)
        }
        return Day(year: y, month: 12, day: 31).map { ($0, k) }
    }
}
