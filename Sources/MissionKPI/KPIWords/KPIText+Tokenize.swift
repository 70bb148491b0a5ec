extension KPIText {
    /// Splits characters into words (letters, inner apostrophes), numbers (`1,500`, `99.5`; number
    /// words such as "thirteen" too) and one-character symbols; typographic dashes and quotes are
    /// normalised, `&` becomes the word "and", the title/description boundary becomes `|`.
    static func tokenize(_ chars: [Character], titleCount: Int) -> [Token] {
        var out: [Token] = []
        var i = 0
        var spaced = true
        while i < chars.count {
            let c = chars[i]
            let inDescription = i >= titleCount
            if i == titleCount && c == "\n" {
                out.append(Token(text: boundary, kind: .symbol, start: i, end: i + 1, spaced: true, inDescription: true))
                i += 1
                spaced = true
                continue
            }
            if c.isWhitespace {
                spaced = true
                i += 1
                continue
            }
            if c.isNumber && c.isASCII {
                let (end, value) = number(chars, from: i)
                out.append(
                    Token(
                        text: String(chars[i..<end]).replacingOccurrences(of: ",", with: ""), kind: .number, value: value,
                        start: i, end: end, spaced: spaced, inDescription: inDescription))
                i = end
            } else if c.isLetter {
                var end = i + 1
                while end < chars.count,
                    chars[end].isLetter || (chars[end] == "'" || chars[end] == "’") && end + 1 < chars.count && chars[end + 1].isLetter
                {
                    end += 1
                }
                let text = String(chars[i..<end]).lowercased().replacingOccurrences(of: "’", with: "'")
                let value = numberWords[text]
                out.append(
                    Token(
                        text: value.map { _ in text } ?? text, kind: value == nil ? .word : .number, value: value.map(Double.init),
                        start: i, end: end, spaced: spaced, inDescription: inDescription))
                i = end
            } else {
                out.append(
                    Token(
                        text: symbol(c), kind: symbol(c) == "and" ? .word : .symbol, start: i, end: i + 1, spaced: spaced,
                        inDescription: inDescription))
                i += 1
            }
            spaced = false
        }
        return out
    }

    /// A number from `start`: digits with thousands commas (`1,500`, not `2,3`) and one decimal point.
    private static func number(_ chars: [Character], from start: Int) -> (Int, Double) {
        var end = start
        var digits = ""
        func isDigit(_ k: Int) -> Bool { k < chars.count && chars[k].isASCII && chars[k].isNumber }
        while isDigit(end) {
            digits.append(chars[end])
            end += 1
            // A comma followed by exactly three digits is a thousands separator.
            if end + 3 < chars.count + 1, end < chars.count, chars[end] == ",", isDigit(end + 1), isDigit(end + 2),
                isDigit(end + 3), !isDigit(end + 4)
            {
                end += 1
            }
        }
        if end + 1 < chars.count, chars[end] == ".", isDigit(end + 1) {
            digits.append(".")
            end += 1
            while isDigit(end) {
                digits.append(chars[end])
                end += 1
            }
        }
        return (end, Double(digits) ?? 0)
    }

    private static func symbol(_ c: Character) -> String {
        switch c {
        case "–", "—", "−", "‐", "‑": "-"
        case "’", "‘": "'"
        case "“", "”": "\""
        case "&": "and"
        default: String(c)
        }
    }

    /// Number words that KPIs spell out ("within thirteen (13) calendar days", "one hour").
    static let numberWords: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
        "forty": 40, "fifty": 50, "sixty": 60, "ninety": 90,
    ]
}
