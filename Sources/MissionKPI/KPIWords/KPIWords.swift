/// The reader of KPI words: what a KPI's title and description say about its unit, direction, target and
/// level, whether it names a quantity at all, and whether it is a placeholder or a bare topic. Pure and
/// deterministic: word lists and patterns, no network, no model. See Documentation/KPIWords.md.
///
/// ```swift
/// let r = KPIWords.read(title: "Job Outcome Rate", description: "% of Participants who achieve a paid job start")
/// r.unit?.value    // .percent  (evidence "%")
/// r.level?.value   // .outcome  (evidence "\"paid job\"")
/// r.target         // nil: no threshold is stated
/// ```
public enum KPIWords {
    /// Reads a KPI's title and description.
    public static func read(title: String, description: String?) -> KPIReading {
        let text = KPIText(title: title, description: description)
        var reading = KPIReading()
        if let p = placeholder(text) {
            reading.placeholder = p
            return reading
        }
        var measure = measure(text)
        let stated = target(text, measure: measure)
        if measure == nil, let s = stated {
            // A figure with a unit of its own ("95% or above") names the quantity where nothing else does.
            measure = Measure(kind: kind(of: s.unit), unit: s.unit, span: s.candidate.span, because: "the unit of the stated target")
        }
        if let m = measure {
            let unit = stated.map { $0.unit } ?? m.unit
            reading.unit = Inferred(unit, evidence: text.quote(m.span.lowerBound, m.span.upperBound), because: m.because)
        }
        if let s = stated {
            var evidence = text.quote(s.candidate.span.lowerBound, s.candidate.span.upperBound)
            if let d = s.date { evidence += " … " + text.quote(d.lowerBound, d.upperBound) }
            reading.target = Inferred(s.target, evidence: evidence, because: s.candidate.because)
        }
        let split = text.contains(any: ["percentage split", "split of", "mix of"])
        reading.direction = direction(text, measure: measure, target: stated?.candidate, split: split)
        reading.level = level(text)
        reading.bareTopic = bareTopic(text, namesQuantity: reading.namesQuantity)
        return reading
    }

    static func kind(of unit: Unit) -> MeasureKind {
        switch unit {
        case .percent: .share
        case .gbp: .money
        case .days, .hours: .timeStandard
        case .score: .score
        case .ratio: .ratio
        case .count: .count
        case .other: .physical
        }
    }
}
