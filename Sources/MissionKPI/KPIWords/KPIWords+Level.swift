extension KPIWords {
    /// Every cue, longest phrases first so "quality assurance" claims its words before "quality".
    static let allCues: [LevelCue] = (maskCues + outcomeCues + outputCues + activityCues + inputCues)
        .sorted { $0.phrase.parts.count > $1.phrase.parts.count }

    /// The level: each cue phrase found (longest first, no word counted twice, none inside a denominator or
    /// exclusion clause) adds its weight once to its level; the heaviest level wins, a tie going to the
    /// cue nearest the end of the title (its head noun: "Carbon Reduction Plan" is a plan).
    static func level(_ text: KPIText) -> Inferred<KPILevel>? {
        let masked = clauseMaskedTokens(text)
        var claimed = Set<Int>()
        var found: [(cue: LevelCue, span: ClosedRange<Int>)] = []
        for cue in allCues {
            for span in text.find(cue.phrase) where !span.contains(where: { claimed.contains($0) || masked.contains($0) }) {
                claimed.formUnion(span)
                if cue.level != nil { found.append((cue, span)) }
            }
        }
        // A time limit is about timeliness: the service delivered.
        if let standard = timeStandards(text).first, !standard.span.contains(where: { masked.contains($0) }) {
            found.append((LevelCue(phrase: "(time limit)", level: .output, weight: 1), standard.span))
        }
        var score: [KPILevel: Int] = [:]
        var seen = Set<String>()
        for f in found where seen.insert(f.cue.phrase.text).inserted { score[f.cue.level!, default: 0] += f.cue.weight }
        guard let top = score.values.max(), top > 0 else { return deliveredThings(text) }
        let tied = Set(score.filter { $0.value == top }.keys)
        let deciding = found.filter { tied.contains($0.cue.level!) }
        let titleCues = deciding.filter { !text.tokens[$0.span.lowerBound].inDescription }
        let headWord = headIndex(text)
        let onHead = titleCues.first { headWord.map($0.span.contains) ?? false }
        let beforeHead = titleCues.filter { cue in headWord.map { h in cue.span.lowerBound <= h } ?? false }
        guard
            let head = onHead ?? beforeHead.max(by: { $0.span.lowerBound < $1.span.lowerBound })
                ?? (titleCues.isEmpty ? deciding : titleCues).max(by: { $0.span.lowerBound < $1.span.lowerBound })
        else { return nil }
        let level = head.cue.level!
        let words = deciding.filter { $0.cue.level == level }.sorted { $0.span.lowerBound < $1.span.lowerBound }
            .map { text.quote($0.span.lowerBound, $0.span.upperBound) }
        var unique: [String] = []
        for w in words where !unique.contains(w) { unique.append(w) }
        return Inferred(level, evidence: unique.prefix(4).joined(separator: " … "), because: reason(level))
    }

    static func reason(_ level: KPILevel) -> String {
        switch level {
        case .input: "names resources put in (staff, capacity, equipment, money)"
        case .activity: "names work done (meetings, reports, plans, compliance, training, processes)"
        case .output: "names the service delivered (volumes, timeliness, availability, quality of the work)"
        case .outcome: "names a change for people, places or the environment"
        }
    }

    /// Tokens inside a denominator or exclusion clause ("as a percentage of contracted capacity",
    /// "excluding periods of planned maintenance"), up to the clause's end.
    static func clauseMaskedTokens(_ text: KPIText) -> Set<Int> {
        var out = Set<Int>()
        for p in clauseMasks {
            for r in text.find(p) {
                var k = r.lowerBound
                while k < text.tokens.count,
                    !(text.tokens[k].kind == .symbol && [",", ";", ".", ")", KPIText.boundary].contains(text.tokens[k].text))
                {
                    out.insert(k)
                    k += 1
                }
            }
        }
        return out
    }

    /// The head noun of the title: the last word of its leading noun phrase ("Carbon Reduction **Plan**",
    /// "**Correspondence** answered within 20 days", "Planning **applications** determined …").
    static func headIndex(_ text: KPIText) -> Int? {
        var i = 0
        while i < text.tokens.count, text.tokens[i].kind != .word || ["kpi", "pi"].contains(text.tokens[i].text) { i += 1 }
        var head: Int?
        var k = i
        while k < text.tokens.count {
            let t = text.tokens[k]
            if t.text == KPIText.boundary || t.kind == .symbol && t.text != "-" { break }
            if t.kind == .word {
                let w = t.text
                let opens =
                    head != nil
                    && (relativeWords.contains(w) || qualifyingPrepositions.contains(w) || stopWords.contains(w) && w != "and"
                        || achievedParticiples.contains(w) || failedParticiples.contains(w)
                        || w.hasSuffix("ed") && w.count > 4 && !specifyingParticiples.contains(w)
                        || w.hasSuffix("ing") && w.count > 5 && k > i + 1)
                if opens { break }
                if w != "and" { head = k }
            }
            k += 1
        }
        return head
    }

    /// Where no word names a level: things counted with a verb of doing ("Knives removed through surrender
    /// bins", "Practitioners completing the programme") are what the service turns out.
    static func deliveredThings(_ text: KPIText) -> Inferred<KPILevel>? {
        let span =
            countedResults(text).flatMap { $0.failed ? nil : $0.span }
            ?? countedPopulation(text).flatMap { p in
                let verb = text.tokens[p.span.upperBound].text
                return verb.hasSuffix("ed") || verb.hasSuffix("ing") || achievedParticiples.contains(verb) ? p.span : nil
            }
        guard let span else { return nil }
        return Inferred(
            .output, evidence: text.quote(span.lowerBound, span.upperBound),
            because: "things done or delivered, counted: what the service turns out")
    }
}
