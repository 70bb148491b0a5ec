extension KPIWords {
    /// Words after which a number names something ("KPI 1", "Level 2", "Schedule 2", "Key Stage 2",
    /// "Category 1", "Employment Rate 1"), never a value.
    static let identifierWords: Set<String> = [
        "kpi", "kpis", "pi", "level", "levels", "stage", "schedule", "annex", "appendix", "paragraph", "para", "clause",
        "section", "lot", "category", "cat", "phase", "tier", "priority", "p", "grade", "version", "v", "ppn", "band",
        "year", "yr", "rate", "no", "item", "step", "table", "figure", "page", "part", "article", "regulation", "reg",
        "criterion", "criteria", "outcome", "indicator", "measure", "metric", "objective", "q", "quarter", "fy", "type",
        "option", "tranche", "wave", "cohort", "ward", "zone", "area", "route", "gp", "nhs", "ks", "iso", "bs", "covid",
    ]
    /// Month names, for dates ("31 March 2027", "by July 2027").
    static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december",
    ]

    /// Whether the number at `i` is a value someone could aim at: not an identifier, a year, an age, a
    /// day of a date, a time of day, part of "24/7" or "2024/25", or a figure repeating a number word.
    static func isValue(_ text: KPIText, _ i: Int) -> Bool {
        guard i < text.tokens.count, text.tokens[i].kind == .number, let v = text.tokens[i].value else { return false }
        let t = text.tokens[i]
        // Attached to a word before ("KPI1", "Q3") or after a slash or before one ("24/7", "2024/25", "06/21").
        if i > 0, !t.spaced, text.tokens[i - 1].kind == .word { return false }
        if text.isSymbol(i - 1, "/") || text.isSymbol(i + 1, "/") { return false }
        if text.isSymbol(i - 1, "."), i > 1, text.tokens[i - 2].kind == .number { return false }
        // "thirteen (13)": the figure repeats the word before it.
        if text.isSymbol(i - 1, "("), i > 1, text.tokens[i - 2].kind == .number { return false }
        // "Level 2,3, and 4+": a list after an identifier word.
        if let w = previousWord(text, before: i), identifierWords.contains(w) { return false }
        if isListAfterIdentifier(text, i) { return false }
        // The second number of a range whose first is not a value ("aged 40-74").
        if text.isSymbol(i - 1, "-") || text.isWord(i - 1, "to"), i > 1, text.tokens[i - 2].kind == .number, !isValue(text, i - 2) {
            return false
        }
        // Years: 1990-2100 written without a thousands comma.
        if v >= 1990, v <= 2100, v == v.rounded(), !text.characters[t.start..<t.end].contains(","), !text.isSymbol(i + 1, "%") {
            return false
        }
        // Ages: "aged 40-74", "16-17 year olds", "over 65s", "population under 18".
        if text.isWord(i + 1, "s"), !text.tokens[i + 1].spaced { return false }
        if ["under", "over"].contains(previousWord(text, before: i) ?? ""), i > 1,
            ["population", "people", "children", "adults", "pupils", "residents", "patients", "persons", "women", "men"]
                .contains(where: { text.isWord(i - 2, $0) })
        {
            return false
        }
        if ["aged", "age", "ages"].contains(previousWord(text, before: i) ?? "") { return false }
        if let r = rangeEnd(text, from: i), ["year", "years", "yr", "yrs"].contains(where: { text.isWord(r + 1, $0) }),
            text.isWord(r + 2, "olds") || text.isWord(r + 2, "old") || text.isSymbol(r + 2, "-")
        {
            return false
        }
        if ["year", "years"].contains(where: { text.isWord(i + 1, $0) }),
            text.isWord(i + 2, "olds") || text.isWord(i + 2, "old") || text.isSymbol(i + 2, "-")
        {
            return false
        }
        // Times of day and dates.
        if ["am", "pm"].contains(where: { text.isWord(i + 1, $0) }) || text.isSymbol(i + 1, ":") { return false }
        if months.contains(where: {
            text.isWord(i + 1, $0) || text.isWord(i + 2, $0) && ["st", "nd", "rd", "th"].contains(where: { text.isWord(i + 1, $0) })
        }) {
            return false
        }
        if months.contains(where: { text.isWord(i - 1, $0) }) { return false }
        return true
    }

    /// The word before token `i`, skipping one symbol such as `(` or `-`.
    static func previousWord(_ text: KPIText, before i: Int) -> String? {
        var k = i - 1
        if k >= 0, text.tokens[k].kind == .symbol, text.tokens[k].text != KPIText.boundary { k -= 1 }
        guard k >= 0, text.tokens[k].kind == .word else { return nil }
        return text.tokens[k].text
    }

    /// "Level 2,3, and 4+": a number in a comma list whose first item follows an identifier word.
    private static func isListAfterIdentifier(_ text: KPIText, _ i: Int) -> Bool {
        var k = i - 1
        while k >= 1 {
            let t = text.tokens[k]
            if t.kind == .number || text.isSymbol(k, ",") || text.isWord(k, "and") || text.isWord(k, "or") { k -= 1; continue }
            return k < i - 1 && t.kind == .word && identifierWords.contains(t.text) && text.tokens[k + 1].kind == .number
        }
        return false
    }

    /// For "350-450", "350 to 450": the index of the second number; otherwise `i` itself.
    static func rangeEnd(_ text: KPIText, from i: Int) -> Int? {
        guard text.tokens[i].kind == .number else { return nil }
        if text.isSymbol(i + 1, "-") || text.isWord(i + 1, "to"), i + 2 < text.tokens.count, text.tokens[i + 2].kind == .number {
            return i + 2
        }
        return i
    }
}
