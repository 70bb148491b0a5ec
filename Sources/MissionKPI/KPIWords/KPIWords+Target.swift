extension KPIWords {
    /// A stated value that could be the KPI's target.
    struct Candidate: Sendable {
        enum Kind: Sendable, Equatable { case percent, money, time(Unit), bare }
        var value: Double
        var upper: Double?
        var kind: Kind
        var span: ClosedRange<Int>
        /// 3: a comparator or the word target; 2: a share ("95% of"), a volume per period, "all"; 1: a lone figure.
        var strength: Int
        var direction: Direction?
        var because: String
    }

    /// Comparators before a figure, and which way they point.
    static let comparatorsBefore: [(Phrase, Direction)] = [
        ("at least", .increase), ("no less than", .increase), ("not less than", .increase), ("a minimum of", .increase),
        ("minimum of", .increase), ("minimum", .increase), ("min", .increase), ("more than", .increase),
        ("greater than", .increase), ("over", .increase), ("above", .increase), ("exceed*", .increase),
        ("at or above", .increase), ("no fewer than", .increase), ("not fewer than", .increase), ("in excess of", .increase),
        ("upwards of", .increase), ("increase to", .increase), ("increasing to", .increase), ("rise to", .increase),
        ("improve to", .increase), ("raise to", .increase), ("increase by", .increase), ("improve by", .increase),
        ("reach", .increase), ("achieve", .increase),
        ("at most", .decrease), ("no more than", .decrease), ("not more than", .decrease), ("a maximum of", .decrease),
        ("maximum of", .decrease), ("maximum", .decrease), ("max", .decrease), ("less than", .decrease),
        ("fewer than", .decrease), ("under", .decrease), ("below", .decrease), ("at or below", .decrease),
        ("not exceeding", .decrease), ("not to exceed", .decrease), ("not exceed", .decrease), ("no greater than", .decrease),
        ("up to", .decrease), ("reduce to", .decrease), ("reducing to", .decrease), ("fall to", .decrease),
        ("decrease to", .decrease), ("lower to", .decrease), ("reduce by", .decrease), ("reduced by", .decrease),
        ("reduction of", .decrease), ("cut by", .decrease), ("decrease by", .decrease), ("lower by", .decrease),
    ]
    /// Comparators after a figure ("97% or above", "1500 or more").
    static let comparatorsAfter: [(Phrase, Direction)] = [
        ("or above", .increase), ("or more", .increase), ("or higher", .increase), ("or greater", .increase),
        ("or over", .increase), ("and above", .increase), ("and over", .increase), ("as a minimum", .increase),
        ("minimum", .increase), ("or better", .increase), ("plus", .increase),
        ("or below", .decrease), ("or less", .decrease), ("or fewer", .decrease), ("or lower", .decrease),
        ("or under", .decrease), ("and below", .decrease), ("and under", .decrease), ("as a maximum", .decrease),
        ("maximum", .decrease), ("or sooner", .decrease), ("or quicker", .decrease),
    ]
    /// Words naming a target before a figure ("target of 1000", "operational standard 92%").
    static let targetWords: [Phrase] = [
        "target", "targets", "target of", "target is", "target set at", "standard", "standard of", "threshold", "threshold of",
        "benchmark", "goal", "aim", "ambition", "tolerance", "trajectory", "expected", "expectation", "required",
        "requirement", "kpi target",
    ]
    /// Words before a figure that make it something other than a target ("baseline 68%", "currently 60%").
    static let notTargetWords: [Phrase] = [
        "baseline", "baseline of", "currently", "current", "from", "was", "were", "last year", "compared", "sample",
    ]

    /// The stated target: the strongest candidate whose kind fits the measure (a share's target is a
    /// percentage, a time limit's a time), first in the text among equals; with its due date.
    static func target(_ text: KPIText, measure: Measure?) -> (
        target: KPITarget, unit: Unit, candidate: Candidate, date: ClosedRange<Int>?
    )? {
        let all = candidates(text, measure: measure)
        guard
            let best = all.filter({ fits($0, measure) }).max(by: { a, b in
                a.strength != b.strength ? a.strength < b.strength : a.span.lowerBound > b.span.lowerBound
            })
        else { return nil }
        let unit = unit(of: best, measure: measure)
        let due = dueDate(text, from: best.span.upperBound)
        return (KPITarget(value: best.value, upper: best.upper, date: due?.day), unit, best, due?.span)
    }

    /// Whether a candidate's kind fits the measure the words name.
    static func fits(_ c: Candidate, _ m: Measure?) -> Bool {
        guard let m else {
            if case .bare = c.kind { return c.strength >= 2 }
            return true
        }
        switch (m.kind, c.kind) {
        case (.share, .percent), (.money, .money), (.time, .time), (.timeStandard, .time): return true
        case (.count, .bare), (.score, .bare), (.ratio, .bare), (.physical, .bare): return true
        case (.count, .percent): return c.direction == .decrease || c.direction == .increase  // "reduce by 10%"
        default: return false
        }
    }

    /// The unit a target is stated in: the measure's, or the candidate's own where no measure is named.
    static func unit(of c: Candidate, measure: Measure?) -> Unit {
        switch c.kind {
        case .percent: return .percent
        case .money: return .gbp
        case .time(let u): return u
        case .bare: return measure?.unit ?? .count
        }
    }
}
