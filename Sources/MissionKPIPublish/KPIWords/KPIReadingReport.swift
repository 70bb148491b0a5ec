import MissionKPI

/// The formats `explain-kpi` writes.
public enum KPIReadingFormat: String, Sendable, CaseIterable {
    case text, json
}

/// What the KPI-words reader infers from a text, and why: `missionkpi explain-kpi`.
///
/// ```swift
/// let r = KPIWords.read(title: "First Time Fix Rate", description: nil)
/// print(KPIReadingReport.render(r, title: "First Time Fix Rate", description: nil, format: .text))
/// ```
public enum KPIReadingReport {
    /// The reading in the given format.
    public static func render(_ r: KPIReading, title: String, description: String?, format: KPIReadingFormat) -> String {
        switch format {
        case .text: text(r, title: title, description: description)
        case .json: json(r, title: title, description: description)
        }
    }

    static func text(_ r: KPIReading, title: String, description: String?) -> String {
        var lines = ["title:        \(title)"]
        if let description { lines.append("description:  \(description)") }
        lines.append("")
        func row(_ name: String, _ value: String?, _ evidence: String?, _ because: String?, none: String = "-") {
            guard let value else { return lines.append(pad(name) + none) }
            let shown = evidence == nil ? value : value.padding(toLength: max(value.count, 10), withPad: " ", startingAt: 0)
            lines.append(pad(name) + shown + (evidence.map { " from \"\($0)\"" } ?? "") + (because.map { ": \($0)" } ?? ""))
        }
        if let p = r.placeholder {
            row("placeholder", "yes", p.evidence, p.because)
            lines.append("")
            lines.append("A placeholder says nothing about what is measured: nothing else is inferred.")
            return lines.joined(separator: "\n") + "\n"
        }
        lines.append(pad("quantity") + (r.namesQuantity ? "named" : "none named: the KPI cannot be rated as written"))
        row("unit", r.unit?.value.rawValue, r.unit?.evidence, r.unit?.because)
        row("direction", r.direction?.value.rawValue, r.direction?.evidence, r.direction?.because)
        row("target", r.target.map { describe($0.value) }, r.target?.evidence, r.target?.because, none: "none stated")
        row("level", r.level?.value.rawValue, r.level?.evidence, r.level?.because, none: "the words do not say")
        if let b = r.bareTopic { row("bare topic", "yes", b.evidence, b.because) }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func pad(_ s: String) -> String { (s + ":").padding(toLength: 14, withPad: " ", startingAt: 0) }

    /// "80", "350 to 450", "55 by 2027-03-31".
    public static func describe(_ t: KPITarget) -> String { KPIReview.describe(t) }

    static func json(_ r: KPIReading, title: String, description: String?) -> String {
        func inferred(_ value: String, _ evidence: String, _ because: String, extra: String = "") -> String {
            "{\"value\": \(value)\(extra), \"evidence\": \(JSONText.string(evidence)), \"because\": \(JSONText.string(because))}"
        }
        func flag(_ i: Inferred<Bool>?) -> String {
            i.map { "{\"evidence\": \(JSONText.string($0.evidence)), \"because\": \(JSONText.string($0.because))}" } ?? "null"
        }
        let fields: [(String, String)] = [
            ("title", JSONText.string(title)),
            ("description", description.map(JSONText.string) ?? "null"),
            ("namesQuantity", r.namesQuantity ? "true" : "false"),
            ("unit", r.unit.map { inferred(JSONText.string($0.value.rawValue), $0.evidence, $0.because) } ?? "null"),
            ("direction", r.direction.map { inferred(JSONText.string($0.value.rawValue), $0.evidence, $0.because) } ?? "null"),
            (
                "target",
                r.target.map { t in
                    inferred(
                        JSONText.number(t.value.value), t.evidence, t.because,
                        extra:
                            ", \"upper\": \(JSONText.number(t.value.upper)), \"date\": \(t.value.date.map { JSONText.string($0.description) } ?? "null")"
                    )
                } ?? "null"
            ),
            ("level", r.level.map { inferred(JSONText.string($0.value.rawValue), $0.evidence, $0.because) } ?? "null"),
            ("placeholder", flag(r.placeholder)),
            ("bareTopic", flag(r.bareTopic)),
        ]
        return "{\n" + fields.map { "  \(JSONText.string($0.0)): \($0.1)" }.joined(separator: ",\n") + "\n}\n"
    }
}
