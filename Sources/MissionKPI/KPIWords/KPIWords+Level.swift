extension KPIWords {
    /// Every cue, longest phrases first so "quality assurance" claims its words before "quality".
    static let allCues: [LevelCue] = (maskCues + outcomeCues + outputCues + activityCues + inputCues)
        .sorted { $0.phrase.split(separator: " ").count > $1.phrase.split(separator: " ").count }

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
        var score: [KPILevel: Int] = [:]
        var seen = Set<String>()
        for f in found where seen.insert(f.cue.phrase).inserted { score[f.cue.level!, default: 0] += f.cue.weight }
        guard let top = score.values.max(), top > 0 else { return nil }
        let tied = Set(score.filter { $0.value == top }.keys)
        let deciding = found.filter { tied.contains($0.cue.level!) }
        let titleCues = deciding.filter { !text.tokens[$0.span.lowerBound].inDescription }
        guard let head = (titleCues.isEmpty ? deciding : titleCues).max(by: { $0.span.lowerBound < $1.span.lowerBound })
        else { return nil }
        let level = head.cue.level!
        let words = deciding.filter { $0.cue.level == level }.sorted { $0.span.lowerBound < $1.span.lowerBound }
            .map { "\"\(text.quote($0.span.lowerBound, $0.span.upperBound))\"" }
        var unique: [String] = []
        for w in words where !unique.contains(w) { unique.append(w) }
        return Inferred(level, evidence: unique.prefix(4).joined(separator: ", "), because: reason(level))
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
                while k < text.tokens.count, !(text.tokens[k].kind == .symbol && [",", ";", ".", ")", KPIText.boundary].contains(text.tokens[k].text)) {
                    out.insert(k)
                    k += 1
                }
            }
        }
        return out
    }
}
