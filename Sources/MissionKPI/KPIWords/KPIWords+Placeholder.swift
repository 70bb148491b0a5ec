extension KPIWords {
    /// Phrases that defer a KPI to somewhere else or to later: the notice does not say what is measured.
    static let deferringPhrases: [Phrase] = [
        "to be published", "to be confirmed", "to be agreed", "to be determined", "to be defined", "to be set",
        "to be advised", "to be finalised", "to be finalized", "to be developed", "to be provided", "to follow",
        "will be published", "will be agreed", "will be confirmed", "will be set", "will be provided",
        "tbc", "tba", "tbd", "t b c", "n a", "not applicable", "not known", "see specification",
        "see the specification", "see schedule", "see contract", "see the contract", "see attached", "see tender",
        "see appendix", "see annex", "see document*", "as per specification", "as per the specification",
        "as per contract", "as per the contract", "as per schedule", "set out in the contract", "set out in the specification",
        "set out in schedule", "refer to", "in the contract", "in the specification", "in the schedule",
        "detailed in", "defined in the contract", "placeholder", "none", "various", "multiple", "kpis apply",
    ]

    /// Words of procurement documents and KPI numbering, which say where a KPI is, not what it measures.
    static let documentWords: Set<String> = [
        "kpi", "kpis", "pi", "pis", "key", "performance", "indicator", "indicators", "measure", "measures", "metric",
        "metrics", "contract", "contracts", "award", "awarded", "main", "works", "schedule", "specification",
        "tender", "notice", "document", "documents", "documentation", "section", "annex", "appendix", "clause",
        "paragraph", "part", "framework", "lot", "agreement", "call", "off", "stage", "published", "publish",
        "confirmed", "agreed", "provided", "later", "date", "no", "number", "ref", "reference", "see",
        "per", "attached", "relevant", "applicable", "apply", "sla", "slas", "details", "detail", "information",
    ]

    /// Numbering phrases ("Key Performance Indicator 2"), never substance.
    static let numberingPhrases: [Phrase] = ["key performance indicator*", "performance indicator*", "service level agreement*"]

    /// Words saying when or where a deferred KPI will appear ("to be confirmed at the first contract review"):
    /// no substance beside a deferring phrase.
    static let timingWords: Set<String> = [
        "first", "review", "reviews", "mobilisation", "mobilization", "commencement", "start", "inception", "meeting",
        "due", "course", "later", "subsequent", "future", "following", "next", "after", "upon", "once", "stage",
        "phase", "signature", "signing", "completion", "implementation", "year", "period", "month", "months", "supplier",
        "authority", "council", "buyer", "parties", "between", "both", "appointed", "successful", "bidder", "bidders",
    ]

    /// Small words that carry no topic.
    static let stopWords: Set<String> = [
        "a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "by", "at", "as", "be", "is", "are",
        "will", "from", "its", "their", "all", "any", "this", "that", "these", "those", "within", "into", "per",
    ]

    /// A placeholder: a deferring phrase, or a KPI number alone ("KPI 1", "PI 4"), with nothing else of
    /// substance in title or description.
    static func placeholder(_ text: KPIText) -> Inferred<Bool>? {
        let numbering = numberingPhrases.flatMap { text.find($0) }
        let substance = text.words.filter { i in
            let t = text.tokens[i]
            return t.kind == .word && !stopWords.contains(t.text) && !documentWords.contains(t.text)
                && !numbering.contains { $0.contains(i) }
        }
        let deferring = deferringPhrases.lazy.compactMap { text.find($0).first }.first
        let onlyNumbering = substance.isEmpty && text.tokens.contains { $0.kind == .word }
        if let span = deferring,
            substance.allSatisfy({
                span.contains($0) || isDeferringWord(text.tokens[$0].text) || timingWords.contains(text.tokens[$0].text)
            })
        {
            return Inferred(
                true, evidence: text.quote(span.lowerBound, span.upperBound),
                because: "it is deferred to another document or a later notice, so nothing says what is measured")
        }
        if onlyNumbering, let first = text.words.first, let last = text.words.last(where: { text.tokens[$0].text != KPIText.boundary }) {
            return Inferred(
                true, evidence: text.quote(first, last),
                because: "a KPI number or reference alone, so nothing says what is measured")
        }
        if text.tokens.allSatisfy({ $0.kind == .symbol }) {
            return Inferred(true, evidence: text.quote(0, text.tokens.count - 1), because: "there are no words at all")
        }
        return nil
    }

    private static func isDeferringWord(_ w: String) -> Bool {
        ["tbc", "tba", "tbd", "placeholder", "none", "various", "multiple", "n", "a", "b", "c", "t"].contains(w)
    }

    /// A bare topic: no description, no quantity named, one or two words of substance ("Safeguarding",
    /// "Health & Safety", "Contract Management").
    static func bareTopic(_ text: KPIText, namesQuantity: Bool) -> Inferred<Bool>? {
        guard !namesQuantity, !text.tokens.contains(where: \.inDescription) else { return nil }
        guard !text.tokens.contains(where: { $0.kind == .number }) else { return nil }
        let topic = text.words.filter { i in
            let t = text.tokens[i]
            return t.kind == .word && !stopWords.contains(t.text) && !["kpi", "kpis", "pi"].contains(t.text)
        }
        guard (1...2).contains(topic.count), let first = text.words.first, let last = text.words.last else { return nil }
        return Inferred(
            true, evidence: text.quote(first, last),
            because:
                "\(topic.count == 1 ? "one word" : "two words") naming a topic, with no description: nothing says what is measured or what good looks like"
        )
    }
}
