extension KPIWords {
    /// Every stated figure that could be a target, with its kind, comparator and strength.
    static func candidates(_ text: KPIText, measure: Measure?) -> [Candidate] {
        var out: [Candidate] = []
        var i = 0
        while i < text.tokens.count {
            defer { i += 1 }
            guard text.tokens[i].kind == .number, isValue(text, i), let v = text.tokens[i].value else { continue }
            var c = figure(text, at: i, value: v)
            let start = text.isSymbol(i - 1, "£") ? i - 1 : i
            if notTargetWords.contains(where: { p in text.find(p).contains { $0.upperBound == wordBefore(text, start) } }) { continue }
            if let (r, d) = longest(comparatorsBefore, in: text, where: { $0.upperBound == wordBefore(text, start) }) {
                c.span = r.lowerBound...c.span.upperBound
                c.strength = 3
                c.direction = d
                c.because = "a comparator with a figure"
            } else if let sym = symbolComparator(text, before: start) {
                c.span = sym.at...c.span.upperBound
                c.strength = 3
                c.direction = sym.direction
                c.because = "a comparator with a figure"
            } else if let r = targetWords.lazy.compactMap({ p in text.find(p).first { $0.upperBound == wordBefore(text, start) } }).first {
                c.span = r.lowerBound...c.span.upperBound
                c.strength = 3
                c.because = "a figure named as the target"
            }
            if let (r, d) = longest(comparatorsAfter, in: text, where: { $0.lowerBound == c.span.upperBound + 1 }) {
                c.span = c.span.lowerBound...r.upperBound
                c.strength = 3
                c.direction = d
                c.because = "a figure with a comparator"
            } else if text.isSymbol(c.span.upperBound + 1, "+"), text.tokens[c.span.upperBound + 1].spaced == false {
                c.span = c.span.lowerBound...(c.span.upperBound + 1)
                c.strength = 3
                c.direction = .increase
                c.because = "a figure or more"
            }
            if c.strength < 3 {
                if c.kind == .percent, text.isWord(c.span.upperBound + 1, "of"),
                    !["a", "the", "sample"].contains(previousWord(text, before: start) ?? "")
                {
                    c.strength = 2
                    c.because = "a share stated as the requirement"
                } else if c.kind == .bare, let end = perPeriod(text, after: c.span.upperBound) {
                    c.span = c.span.lowerBound...end
                    c.strength = 2
                    c.because = "a number per period"
                } else if c.kind == .bare, c.upper != nil || text.tokens[i].inDescription,
                    let n = ((c.span.upperBound + 1)..<min(text.tokens.count, c.span.upperBound + 3)).first(where: {
                        text.tokens[$0].kind == .word && isPlural(text.tokens[$0].text) && !isTimeWord(text.tokens[$0].text)
                    })
                {
                    c.span = c.span.lowerBound...n
                    c.strength = c.upper != nil ? 2 : 1
                    c.because = "a stated number of things"
                } else if c.kind == .bare, v == 0,
                    text.isWord(i + 1, "tolerance") || text.isWord(i + 1, "cases") || text.isWord(i + 1, "incidents")
                {
                    c.strength = 2
                    c.direction = .decrease
                    c.because = "zero"
                } else if c.kind == .percent, text.tokens[i].inDescription {
                    c.strength = 1
                    c.because = "a lone percentage in the description"
                } else {
                    continue
                }
            }
            out.append(c)
        }
        out += allStated(text)
        for s in timeStandards(text) {
            out.append(
                Candidate(
                    value: s.value, kind: .time(s.unit), span: s.span, strength: 2,
                    direction: s.moreIsBetter ? .increase : .decrease, because: "a time limit"))
        }
        return out
    }

    /// The figure at `i`: a percentage, money (with k/m/bn), a duration, or a bare number; a range's upper end.
    static func figure(_ text: KPIText, at i: Int, value v: Double) -> Candidate {
        if let d = duration(text, at: i) {
            return Candidate(value: d.value, kind: .time(d.unit), span: i...d.end, strength: 0, because: "")
        }
        var value = v
        var end = i
        var upper: Double?
        if let r = rangeEnd(text, from: i), r != i, let u = text.tokens[r].value, u > v, isValue(text, r) || text.isSymbol(r - 1, "-") {
            upper = u
            end = r
        }
        if text.isSymbol(end + 1, "%") || text.isWord(end + 1, "percent") {
            return Candidate(value: value, upper: upper, kind: .percent, span: i...(end + 1), strength: 0, because: "")
        }
        if text.isWord(end + 1, "per"), text.isWord(end + 2, "cent") {
            return Candidate(value: value, upper: upper, kind: .percent, span: i...(end + 2), strength: 0, because: "")
        }
        if text.isSymbol(i - 1, "£") {
            let scale: [String: Double] = ["k": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9]
            if end + 1 < text.tokens.count, let f = scale[text.tokens[end + 1].text], text.tokens[end + 1].kind == .word {
                value *= f
                upper = upper.map { $0 * f }
                end += 1
            }
            return Candidate(value: value, upper: upper, kind: .money, span: (i - 1)...end, strength: 0, because: "")
        }
        return Candidate(value: value, upper: upper, kind: .bare, span: i...end, strength: 0, because: "")
    }

    /// The longest comparator whose match satisfies `at` ("no more than", not "more than").
    static func longest(
        _ comparators: [(Phrase, Direction)], in text: KPIText, where at: (ClosedRange<Int>) -> Bool
    ) -> (ClosedRange<Int>, Direction)? {
        var best: (ClosedRange<Int>, Direction)?
        for (p, d) in comparators {
            for r in text.find(p) where at(r) && (best == nil || r.count > best!.0.count) { best = (r, d) }
        }
        return best
    }
}
