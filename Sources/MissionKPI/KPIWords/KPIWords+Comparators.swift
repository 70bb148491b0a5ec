extension KPIWords {
    /// The index of the word just before token `i`, skipping a `:`, `=`, `(` or `-` between (`target: 55%`);
    /// -1 when there is none.
    static func wordBefore(_ text: KPIText, _ i: Int) -> Int {
        var k = i - 1
        while k >= 0, text.tokens[k].kind == .symbol, [":", "=", "(", "-"].contains(text.tokens[k].text) { k -= 1 }
        return k >= 0 && text.tokens[k].kind != .symbol ? k : -1
    }

    /// `≥ 80%`, `>= 80%`, `< 5%`: a comparator symbol just before token `i`, where it starts and which way it points.
    static func symbolComparator(_ text: KPIText, before i: Int) -> (at: Int, direction: Direction)? {
        var k = i - 1
        if text.isSymbol(k, "=") { k -= 1 }
        guard k >= 0, text.tokens[k].kind == .symbol else { return nil }
        switch text.tokens[k].text {
        case "≥", ">", "⩾": return (k, .increase)
        case "≤", "<", "⩽": return (k, .decrease)
        default: return nil
        }
    }

    /// "All Category 1 defects made safe within 24 hours": "all" opening the title or a sentence of the
    /// description, before a noun, states a share of 100%.
    static func allStated(_ text: KPIText) -> [Candidate] {
        var out: [Candidate] = []
        for i in text.tokens.indices where text.isWord(i, "all") {
            let opens = i == 0 || [KPIText.boundary, ".", ";", ":"].contains(where: { text.isSymbol(i - 1, $0) })
            guard opens, i + 1 < text.tokens.count, text.tokens[i + 1].kind != .symbol,
                !["of", "the", "other", "relevant", "times"].contains(text.tokens[i + 1].text)
            else { continue }
            out.append(
                Candidate(
                    value: 100, kind: .percent, span: i...(i + 1), strength: 2, direction: .increase,
                    because: "\"all\" states a share of 100%"))
        }
        return out
    }
}
