extension KPIWords {
    /// What kind of quantity the words name; decides the unit and which stated values can be its target.
    enum MeasureKind: Sendable, Equatable {
        case share, ratio, score, money, count, physical
        /// A time the words name as the measure ("lead time", "average time to").
        case time
        /// A time limit the KPI sets ("within 12 hours", "every two months"): the time is the measure.
        case timeStandard
    }

    /// The quantity the words name: its kind, unit, the words and why.
    struct Measure: Sendable {
        var kind: MeasureKind
        var unit: Unit
        var span: ClosedRange<Int>
        var because: String
    }

    /// Words naming a share of a whole (unit percent), strongest first.
    static let shareWords: [Phrase] = [
        "%", "percent", "per cent", "percentage*", "pct", "proportion*", "share of", "rate", "rates", "first time fix*",
        "first time resolution*", "first time resolved", "right first time", "on time in full", "in full on time",
        "on time and in full", "otif",
    ]
    /// Words naming a score or index.
    static let scoreWords: [Phrase] = ["score", "scores", "scored", "index", "rating", "ratings", "net promoter", "nps", "out of #"]
    /// Words naming money.
    static let moneyWords: [Phrase] = [
        "£", "gbp", "pounds", "spend", "spending", "expenditure", "cost", "costs", "savings", "saving", "income", "revenue",
        "turnover", "price per", "fee", "fees", "funding",
    ]
    /// Words naming a count.
    static let countWords: [Phrase] = [
        "number of", "numbers of", "no of", "total number", "count of", "how many", "volume of", "quantity of",
        "instances of", "occurrences of", "frequency of",
    ]
    /// Words naming a ratio to a population ("per 1,000 population", "per head").
    static let ratioWords: [Phrase] = ["per head", "per capita", "ratio", "ratios", "per resident", "per pupil", "per patient"]
    /// Physical units: a quantity, though not one of the KPI units (unit other).
    static let physicalWords: [Phrase] = [
        "tonnes", "tonnage", "tons", "kg", "kilograms", "kwh", "mwh", "gwh", "litres", "liters", "miles", "km", "kilometres",
        "co2e", "tco2e", "square metres", "m2", "hectares", "mw", "gw", "kw", "kwp", "mwp", "tonnes of",
    ]
    /// Words naming a time as the measure.
    static let timeWords: [Phrase] = [
        "time to", "time taken", "response times", "waiting times", "processing times", "turnaround times", "lead time", "leadtime",
        "turnaround", "turn around", "average time",
        "waiting time*", "average wait*", "median wait*", "length of stay", "days to", "hours to", "duration", "how long",
        "response time", "days per", "hours per", "speed of", "median days", "average days", "mean days", "days from",
        "median time", "mean time", "median weeks", "average weeks", "weeks from", "hours from", "re let time", "relet time",
    ]

    /// The quantity the words name, strongest signal first: a share, a ratio to a population, a score,
    /// money, a count, a physical unit, a time named as the measure, a time limit set by the KPI, a
    /// count of results ("repairs completed"), a stated volume ("manage 300 active cases").
    static func measure(_ text: KPIText) -> Measure? {
        if let span = perNumber(text) { return Measure(kind: .ratio, unit: .ratio, span: span, because: "a rate per head of a population") }
        if let span = first(shareWords, in: text) {
            return Measure(kind: .share, unit: .percent, span: span, because: "a share of a whole")
        }
        if let span = first(scoreWords, in: text) { return Measure(kind: .score, unit: .score, span: span, because: "a score or index") }
        if let span = first(moneyWords, in: text) { return Measure(kind: .money, unit: .gbp, span: span, because: "an amount of money") }
        if let span = first(countWords, in: text) { return Measure(kind: .count, unit: .count, span: span, because: "a count") }
        if let span = first(ratioWords, in: text) { return Measure(kind: .ratio, unit: .ratio, span: span, because: "a ratio") }
        if let span = first(physicalWords, in: text) {
            return Measure(kind: .physical, unit: .other, span: span, because: "a physical quantity (not a KPI unit)")
        }
        if let span = first(timeWords, in: text) {
            return Measure(kind: .time, unit: timeUnit(near: text) ?? .days, span: span, because: "a time taken")
        }
        // Results counted against a standard ("potholes repaired within 28 days"): the time defines what is
        // counted, the share achieving it is the measure.
        let results = countedResults(text)
        if let results, results.qualified {
            return Measure(
                kind: .share, unit: .percent, span: results.span, because: "results counted against a standard: the share achieving it")
        }
        let population = countedPopulation(text)
        if let population, population.qualified {
            return Measure(
                kind: .share, unit: .percent, span: population.span, because: "things counted against a standard: the share meeting it")
        }
        if let standard = timeStandards(text).first {
            return Measure(
                kind: .timeStandard, unit: standard.unit, span: standard.span,
                because: "a time limit the KPI sets: the time taken is measured")
        }
        if let results {
            return Measure(kind: .count, unit: .count, span: results.span, because: "a count of results")
        }
        if let population {
            return Measure(kind: .count, unit: .count, span: population.span, because: "a count of the things named")
        }
        if let span = statedVolume(text) { return Measure(kind: .count, unit: .count, span: span, because: "a stated number of things") }
        return nil
    }

    /// The first match of any phrase, in the order of the text.
    static func first(_ phrases: [Phrase], in text: KPIText) -> ClosedRange<Int>? {
        var best: ClosedRange<Int>?
        for p in phrases {
            let ranges = p.text.count == 1 && p.text.first?.isLetter == false ? symbolMatches(p.text, text) : text.find(p)
            if let r = ranges.first, best == nil || r.lowerBound < best!.lowerBound { best = r }
        }
        return best
    }

    private static func symbolMatches(_ s: String, _ text: KPIText) -> [ClosedRange<Int>] {
        text.tokens.indices.filter { text.isSymbol($0, s) }.map { $0...$0 }
    }

    /// "per 1,000", "per 100,000 population": a rate per head.
    static func perNumber(_ text: KPIText) -> ClosedRange<Int>? {
        for r in text.find("per #") where (text.tokens[r.upperBound].value ?? 0) >= 10 {
            return r
                .lowerBound...(r.upperBound + 1 < text.tokens.count && text.tokens[r.upperBound + 1].kind == .word
                ? r.upperBound + 1 : r.upperBound)
        }
        return nil
    }

    /// Hours when the words speak of hours or minutes, days when of days.
    static func timeUnit(near text: KPIText) -> Unit? {
        if text.contains(any: ["hour*", "minute*", "mins", "hrs"]) { return .hours }
        if text.contains(any: ["day", "days", "week", "weeks"]) { return .days }
        return nil
    }
}
