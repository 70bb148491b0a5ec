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
    static let standardQualifiers = ["within", "on time", "in time", "on schedule", "to target", "by the deadline", "first time"]

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
            let before = (max(0, n - 2)..<n).reversed().first { isPlural(text.tokens[w[$0]].text) }
            let after = ((n + 1)..<min(w.count, n + 3)).first { isPlural(text.tokens[w[$0]].text) }
            guard let p = before ?? (failed ? after : nil) else { continue }
            let lo = min(w[p], i), hi = max(w[p], i)
            let qualified = standardQualifiers.contains { q in text.find(q).contains { $0.lowerBound > hi && $0.lowerBound <= hi + 4 } }
            return (lo...hi, qualified && !failed, failed)
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
        for p in ["per annum", "per year", "a year", "each year", "per quarter", "each quarter", "a quarter", "per month",
            "each month", "a month", "per week", "a week", "annually", "per borough"]
        {
            if let r = text.find(p).first(where: { $0.lowerBound == i + 1 }) { return r.upperBound }
        }
        return nil
    }

    static func isTimeWord(_ w: String) -> Bool {
        ["minutes", "hours", "days", "weeks", "months", "years", "mins", "hrs", "seconds"].contains(w)
    }
}
