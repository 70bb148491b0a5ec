extension KPIWords {
    /// Measures that are themselves a fall ("percentage reduction in CO2"): a larger value is better.
    static let reductionMeasures: [Phrase] = ["reduction in", "reductions in", "decrease in", "fall in", "savings", "saving", "cut in"]
    /// Goal verbs and adjectives meaning less is better.
    static let decreaseWords: [Phrase] = [
        "reduce", "reducing", "reduced", "decrease", "decreasing", "lowering", "minimise", "minimize", "minimising",
        "cut", "fewer", "less", "prevent", "preventing", "avoid", "avoiding", "eliminate", "eliminating", "shorter", "faster",
    ]
    /// Goal verbs meaning more is better.
    static let increaseWords: [Phrase] = [
        "increase", "increasing", "improve", "improving", "improvement", "raise", "raising", "maximise", "maximize",
        "grow", "growing", "more", "boost", "expand", "expanding",
    ]
    /// Things counted that are bad to have: errors, complaints, harm, waits, failures.
    static let badThings: [Phrase] = [
        "error*", "complaint*", "incident*", "failure*", "fail*", "delay*", "late", "lateness", "vacanc*", "absence*",
        "sickness", "did not attend", "dna", "no show*", "reoffend*", "offending", "neet", "not in education", "harm",
        "emission*", "co2", "carbon", "infection*", "mrsa", "bacteraemia", "evict*", "tenancy failure", "breach*",
        "accident*", "injur*", "death*", "fatalit*", "falls", "readmission*", "exclusion*", "homeless*", "rough sleep*",
        "arrears", "overdue", "backlog", "downtime", "abandon*", "cancel*", "missed", "defect*", "landfill", "waste",
        "waiting", "wait", "waits", "leave the service", "drop out", "dropout*", "debt", "pollution", "crime*", "void*",
        "turnover", "attrition", "escalat*", "re opened", "reopened", "outstanding", "disputes", "claims", "penalt*",
        "deficit*", "overspend", "cost", "costs", "temporary accommodation", "looked after", "never event*",
    ]
    /// Participles that count things without saying they were achieved ("complaints received").
    static let neutralParticiples: Set<String> = ["received", "referred", "reported", "recorded", "registered", "submitted"]
    /// Things achieved that are good to have: when named, a share or count of them is better higher.
    static let goodThings: [Phrase] = [
        "satisf*", "availab*", "achiev*", "positive", "success*", "sustained", "retention", "retained", "job*",
        "employment", "quit", "recycl*", "compost*", "reuse", "attainment", "expected standard", "on time", "first time",
        "resolved", "resolution", "completed", "completion", "recover*", "improv*",
    ]

    /// Which way is better: a measure that is a fall is better larger; then a comparator with the target;
    /// a goal verb; time taken (less is better, "in advance" more); bad things counted (unless results
    /// are achieved on them, "complaints resolved"); otherwise higher, for a share, count or score achieved.
    static func direction(_ text: KPIText, measure: Measure?, target: Candidate?, split: Bool) -> Inferred<Direction>? {
        guard let measure, !split else { return nil }
        if let r = first(reductionMeasures, in: text), measure.kind == .share || measure.kind == .count || measure.kind == .money,
            r.lowerBound <= measure.span.upperBound + 3 || r.lowerBound <= 1
        {
            return Inferred(
                .increase, evidence: text.quote(r.lowerBound, r.upperBound), because: "the measure is itself a fall: a larger one is better"
            )
        }
        if let t = target, let d = t.direction {
            return Inferred(
                d, evidence: text.quote(t.span.lowerBound, t.span.upperBound),
                because: d == .increase ? "the target is a floor" : "the target is a ceiling")
        }
        if let r = firstGoal(decreaseWords, in: text) {
            return Inferred(.decrease, evidence: text.quote(r.lowerBound, r.upperBound), because: "a goal of less")
        }
        if let r = firstGoal(increaseWords, in: text) {
            return Inferred(.increase, evidence: text.quote(r.lowerBound, r.upperBound), because: "a goal of more")
        }
        if measure.kind == .time || measure.kind == .timeStandard {
            let advance = timeStandards(text).first { $0.moreIsBetter }
            return advance.map {
                Inferred(.increase, evidence: text.quote($0.span.lowerBound, $0.span.upperBound), because: "more notice is better")
            }
                ?? Inferred(
                    .decrease, evidence: text.quote(measure.span.lowerBound, measure.span.upperBound), because: "time taken: less is better"
                )
        }
        let achieved =
            countedResults(text).map { !$0.failed && !neutralParticiples.contains(text.tokens[$0.span.upperBound].text) } ?? false
        if let r = first(goodThings, in: text) {
            return Inferred(.increase, evidence: text.quote(r.lowerBound, r.upperBound), because: "counts something good: more is better")
        }
        // "waiting less than 18 weeks", "calls waiting under 60 seconds": the bad thing within a standard is good.
        let bad = badThings.flatMap { text.find($0) }.filter { r in
            !["less than", "under", "within", "fewer than", "no longer than"].contains { q in
                text.find(q).contains { $0.lowerBound == r.upperBound + 1 }
            }
        }.min { $0.lowerBound < $1.lowerBound }
        if !achieved, let r = bad {
            return Inferred(.decrease, evidence: text.quote(r.lowerBound, r.upperBound), because: "counts something bad: fewer is better")
        }
        return Inferred(
            .increase, evidence: text.quote(measure.span.lowerBound, measure.span.upperBound),
            because: "a share, count or score achieved: higher is better, nothing says otherwise")
    }

    /// The first goal word that is not a comparator ("less than 18 weeks" is not a goal of less).
    static func firstGoal(_ words: [Phrase], in text: KPIText) -> ClosedRange<Int>? {
        words.flatMap { text.find($0) }.filter { !text.isWord($0.upperBound + 1, "than") }.min { $0.lowerBound < $1.lowerBound }
    }
}
