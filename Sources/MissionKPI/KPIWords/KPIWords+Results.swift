extension KPIWords {
    /// Participles saying a thing was achieved or done, which turn a plural noun into a count of results
    /// ("repairs completed", "calls answered", "volunteers recruited").
    static let achievedParticiples: Set<String> = [
        "completed", "repaired", "resolved", "fixed", "delivered", "attended", "answered", "sent", "issued", "made",
        "processed", "paid", "closed", "cleared", "collected", "recruited", "trained", "employed", "supported", "housed",
        "placed", "treated", "seen", "visited", "inspected", "created", "achieved", "engaged", "referred", "assessed",
        "vetted", "installed", "built", "planted", "submitted", "received", "upheld", "handled", "decided", "returned",
        "responded", "acknowledged", "approved", "published", "diverted", "recycled", "prevented", "started", "registered",
        "enrolled", "retained", "sustained", "reviewed", "tested", "screened", "vaccinated", "discharged", "admitted",
    ]
    /// Participles saying a thing went wrong ("missed bin collections", "late deliveries"): counted, fewer is better.
    static let failedParticiples: Set<String> = [
        "missed", "delayed", "failed", "cancelled", "canceled", "abandoned", "rejected", "overdue", "late", "lost",
        "reopened", "escalated", "breached", "unresolved", "outstanding", "uncollected", "unanswered",
    ]
    /// Words qualifying counted results by a standard ("within 28 days", "within target", "on time").
    static let standardQualifiers: [Phrase] = ["within", "on time", "in time", "on schedule", "to target", "by the deadline", "first time"]

    /// Whether a word is a plural noun (crudely: ends in s, not ss/us/is; or an irregular plural).
    static func isPlural(_ w: String) -> Bool {
        if ["people", "children", "staff", "men", "women", "persons", "residents", "pupils"].contains(w) { return true }
        return w.count > 3 && w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("us") && !w.hasSuffix("is")
            && !achievedParticiples.contains(w) && !["was", "has", "does", "this", "its"].contains(w)
    }

    /// A plural noun next to a participle of result ("repairs completed", "missed bin collections"):
    /// the results are counted; qualified by a standard, their share is.
    static func countedResults(_ text: KPIText) -> (span: ClosedRange<Int>, qualified: Bool, failed: Bool)? {
        let w = text.words
        for (n, i) in w.enumerated() {
            let t = text.tokens[i].text
            let achieved = achievedParticiples.contains(t), failed = failedParticiples.contains(t)
            guard achieved || failed else { continue }
            // A plural within two words before ("repairs completed") or after ("missed bin collections").
            let qualifiedAfter = { (hi: Int) in
                standardQualifiers.contains { q in text.find(q).contains { $0.lowerBound > hi && $0.lowerBound <= hi + 4 } }
            }
            let before = (max(0, n - 2)..<n).reversed().first { isPlural(text.tokens[w[$0]].text) }
            let after = ((n + 1)..<min(w.count, n + 3)).first { isPlural(text.tokens[w[$0]].text) }
            // "Correspondence answered within 20 working days": a mass noun, achieved against a standard.
            let mass =
                achieved && n > 0 && qualifiedAfter(i) && text.tokens[w[n - 1]].kind == .word
                    && !stopWords.contains(text.tokens[w[n - 1]].text) ? n - 1 : nil
            guard let p = before ?? (failed ? after : nil) ?? mass else { continue }
            let lo = min(w[p], i), hi = max(w[p], i)
            let qualified = qualifiedAfter(hi)
            return (lo...hi, qualified && !failed, failed)
        }
        return nil
    }

    /// Participles that specify rather than report ("the agreed commitments", "services required").
    static let specifyingParticiples: Set<String> = [
        "agreed", "required", "specified", "defined", "needed", "based", "related", "detailed", "listed", "outlined",
        "described", "contracted", "expected", "planned", "scheduled", "proposed", "stated", "set", "named", "used",
        "included", "excluded", "attached", "provided", "associated", "linked", "identified", "allocated", "designated",
    ]
    /// Heads that name the supplier's own work: "Actions from Quality Assurance" is a topic, not a count.
    static let workNouns: Set<String> = [
        "actions", "meetings", "visits", "observations", "reports", "plans", "audits", "reviews", "commitments", "updates",
        "returns", "activities", "arrangements", "procedures", "policies", "processes", "requirements", "standards",
        "obligations", "responsibilities", "issues", "matters", "concerns", "kpis", "measures", "indicators",
    ]
    /// Words opening a qualifier after a plural head ("households in", "residents who").
    static let relativeWords: Set<String> = ["who", "that", "which", "whose", "where", "whom"]
    static let qualifyingPrepositions: Set<String> = [
        "in", "on", "at", "from", "with", "without", "under", "through", "across", "into", "after", "over", "during",
        "since", "outside", "beyond", "per",
    ]

    /// A plural head noun opening the title or the description, qualified by a participle, an -ing verb, a
    /// relative clause, or (unless it names the supplier's own work) a prepositional phrase: "Households in
    /// temporary accommodation", "Learners achieving a Level 2 qualification", "Residents who agree …".
    static func countedPopulation(_ text: KPIText) -> (span: ClosedRange<Int>, qualified: Bool)? {
        for start in [0, text.tokens.firstIndex { $0.inDescription && $0.text != KPIText.boundary } ?? -1] where start >= 0 {
            var i = start
            // Skip numbering ("KPI 3 -", "1.") and leading symbols.
            while i < text.tokens.count, text.tokens[i].kind != .word || ["kpi", "pi"].contains(text.tokens[i].text) { i += 1 }
            var k = i
            while k < min(text.tokens.count, i + 7) {
                let t = text.tokens[k]
                if k > i, isPlural(text.tokens[previousWordIndex(text, k)].text),
                    let q = qualifier(text, at: k, head: text.tokens[previousWordIndex(text, k)].text)
                {
                    let qualified = standardQualifiers.contains { s in
                        text.find(s).contains { $0.lowerBound >= k && $0.lowerBound <= q + 4 }
                    }
                    return (i...q, qualified)
                }
                if t.kind == .symbol && t.text != "-" || stopWords.contains(t.text) && t.text != "and" { break }
                k += 1
            }
        }
        return nil
    }

    private static func previousWordIndex(_ text: KPIText, _ k: Int) -> Int {
        var j = k - 1
        while j > 0, text.tokens[j].kind == .symbol { j -= 1 }
        return max(j, 0)
    }

    /// The end of a qualifier starting at `k`, if the word there opens one.
    private static func qualifier(_ text: KPIText, at k: Int, head: String) -> Int? {
        let w = text.tokens[k].text
        guard text.tokens[k].kind == .word else { return nil }
        if achievedParticiples.contains(w) || failedParticiples.contains(w) { return k }
        if w.hasSuffix("ed"), w.count > 4, !specifyingParticiples.contains(w) { return k }
        if w.hasSuffix("ing"), w.count > 5, !["during", "including", "excluding", "regarding", "following", "according"].contains(w) {
            return k
        }
        if relativeWords.contains(w), k + 1 < text.tokens.count { return k + 1 }
        if qualifyingPrepositions.contains(w), !workNouns.contains(head), k + 1 < text.tokens.count, text.tokens[k + 1].kind != .symbol {
            return k + 1
        }
        return nil
    }

    /// A stated number of things in an obligation ("manage 300 active cases", "2,500 per annum").
    static func statedVolume(_ text: KPIText) -> ClosedRange<Int>? {
        for i in text.tokens.indices where isValue(text, i) {
            if let p = perPeriod(text, after: i) { return i...p }
            let nouns = ((i + 1)..<min(text.tokens.count, i + 3)).first {
                text.tokens[$0].kind == .word && isPlural(text.tokens[$0].text) && !isTimeWord(text.tokens[$0].text)
            }
            if let n = nouns { return i...n }
        }
        return nil
    }

    /// "per annum", "a year", "each quarter" after token `i`: the end of the phrase.
    static func perPeriod(_ text: KPIText, after i: Int) -> Int? {
        for p: Phrase in [
            "per annum", "per year", "a year", "each year", "per quarter", "each quarter", "a quarter", "per month",
            "each month", "a month", "per week", "a week", "annually", "per borough",
        ] {
            if let r = text.find(p).first(where: { $0.lowerBound == i + 1 }) { return r.upperBound }
        }
        return nil
    }

    static func isTimeWord(_ w: String) -> Bool {
        ["minutes", "hours", "days", "weeks", "months", "years", "mins", "hrs", "seconds"].contains(w)
    }
}
