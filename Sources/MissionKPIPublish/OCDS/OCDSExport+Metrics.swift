import MissionKPI

extension OCDSExport {
    /// A KPI as an agreed metric: its title and description as written, and observations for its target
    /// and baseline (value, unit and date) and its reporting frequency (`durationInMonths`, as Find a
    /// Tender writes it). The target's notes say which way is better and how the KPI is rated.
    static func agreedMetric(_ k: KPI, _ x: ReleaseContext) -> OCDSJSON {
        var observations: [OCDSJSON] = []
        if let t = k.target { observations.append(figure("target", t, k, notes: targetNotes(k))) }
        if let b = k.baseline { observations.append(figure("baseline", b, k, notes: inferred(k, [.baseline, .unit]))) }
        if let f = k.frequency {
            observations.append(.object([("id", .string("frequency")), ("period", .object([("durationInMonths", .int(f.months))]))]))
        }
        return .object([
            ("id", .string(metricID(k))),
            ("title", .string(x.text(k.title))),
            ("description", .text(k.description.map(x.text))),
            ("observations", observations.isEmpty ? nil : .array(observations)),
        ])
    }

    /// The metric's id: the one it was imported from (`source_id`), else the KPI's id in the workspace.
    static func metricID(_ k: KPI) -> String { k.sourceId ?? k.id }

    /// A dated figure: `measure` and `unit`, or `value` in pounds for a KPI counted in pounds.
    static func figure(_ id: String, _ v: DatedValue, _ k: KPI, notes: String?) -> OCDSJSON {
        let amount: (String, OCDSJSON?) =
            k.unit == .gbp
            ? ("value", .object([("amount", .number(v.value)), ("currency", .string("GBP"))])) : ("measure", .number(v.value))
        return .object([
            ("id", .string(id)),
            ("period", v.date.map { .object([("endDate", .string(dateTime($0, endOfDay: true)))]) }),
            amount,
            ("unit", k.unit == .gbp ? nil : unit(k.unit)),
            ("notes", .text(notes)),
        ])
    }

    /// The unit by name, with its UN/CEFACT Recommendation 20 code where one fits.
    static func unit(_ u: Unit?) -> OCDSJSON? {
        guard let u else { return nil }
        let code: String? =
            switch u {
            case .percent: "P1"
            case .days: "DAY"
            case .hours: "HUR"
            case .count: "C62"
            case .gbp, .ratio, .score, .other: nil
            }
        return .object([("name", .string(u.rawValue)), ("scheme", code.map { _ in .string("UNCEFACT") }), ("id", .text(code))])
    }

    /// "Higher is better. Rated good at 95% or more, approaching target at 90% or more, requires
    /// improvement at 80% or more, inadequate below."
    static func targetNotes(_ k: KPI) -> String? {
        let direction: Direction? = k.direction
        var parts: [String] = []
        switch direction {
        case .increase: parts.append("Higher is better.")
        case .decrease: parts.append("Lower is better.")
        case .maintain: parts.append("To be maintained.")
        case nil: break
        }
        if let b = k.bands {
            // Without a direction, the bands' order gives it (as the rating does).
            let lower = direction == .decrease || (direction == nil && b.good < b.approachingTarget)
            let (edge, beyond) = lower ? ("or less", "above") : ("or more", "below")
            let v = { ValueText.value($0, k.unit) }
            parts.append(
                "Rated good at \(v(b.good)) \(edge), approaching target at \(v(b.approachingTarget)) \(edge), requires improvement at "
                    + "\(v(b.requiresImprovement)) \(edge), inadequate \(beyond).")
        }
        if let words = inferred(k, [.target, .unit, .direction, .bands]) { parts.append(words) }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    /// "Inferred from the KPI's words, not stated by the buyer: target, unit." for the fields of `fields` that were.
    static func inferred(_ k: KPI, _ fields: [KPIField]) -> String? {
        let names = fields.filter(k.isInferred).map(\.rawValue)
        return names.isEmpty ? nil : "Inferred from the KPI's words, not stated by the buyer: \(names.joined(separator: ", "))."
    }
}
