import MissionKPI

/// Renders tracker listings (`observations`, `history`) as text, CSV or JSON.
///
/// The input is sorted by contract, KPI, period and version, holding either every version of a KPI and
/// period or only its current one; the last version of each is marked current.
///
/// ```swift
/// print(ObservationListing.render(observations, format: .csv))
/// ```
public enum ObservationListing {
    /// The output formats of a listing.
    public enum Format: String, CaseIterable, Sendable {
        case text, csv, json
    }

    /// The listing in the format asked for; an empty listing is a header (text, CSV) or `[]` (JSON).
    public static func render(_ observations: [Observation], format: Format) -> String {
        let current = currentFlags(observations)
        switch format {
        case .text: return text(observations, current: current)
        case .csv: return csv(observations, current: current)
        case .json: return json(observations, current: current)
        }
    }

    /// A value as written: `72.5`, `100`, shortest form that reads back exactly.
    public static func value(_ v: Double) -> String {
        if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
        return "\(v)"
    }

    static func currentFlags(_ list: [Observation]) -> [Bool] {
        list.indices.map { i in
            guard i + 1 < list.count else { return true }
            let a = list[i], b = list[i + 1]
            return !(a.contract == b.contract && a.kpi == b.kpi && a.period.start == b.period.start && a.period.end == b.period.end)
        }
    }

    static let csvHeader = [
        "contract", "kpi", "period", "period_start", "period_end", "value", "note", "version", "current", "file", "row", "sha256",
        "recorded_at",
    ]

    static func csv(_ list: [Observation], current: [Bool]) -> String {
        var out = CSVText.record(csvHeader)
        for (o, isCurrent) in zip(list, current) {
            out += CSVText.record([
                o.contract, o.kpi, o.period.text, o.period.start.description, o.period.end.description, value(o.value),
                o.note ?? "", String(o.version), isCurrent ? "true" : "false", o.provenance.file, String(o.provenance.row),
                o.provenance.sha256, o.provenance.recordedAt,
            ])
        }
        return out
    }

    static func json(_ list: [Observation], current: [Bool]) -> String {
        guard !list.isEmpty else { return "[]\n" }
        var out = "["
        for (i, (o, isCurrent)) in zip(list, current).enumerated() {
            out += i == 0 ? "\n  {" : ",\n  {"
            out += "\"contract\": \(JSONText.string(o.contract)), \"kpi\": \(JSONText.string(o.kpi)), "
            out +=
                "\"period\": \(JSONText.string(o.period.text)), \"period_start\": \"\(o.period.start)\", \"period_end\": \"\(o.period.end)\", "
            out += "\"value\": \(o.value.isFinite ? value(o.value) : "null"), \"note\": \(o.note.map(JSONText.string) ?? "null"), "
            out += "\"version\": \(o.version), \"current\": \(isCurrent), "
            out += "\"file\": \(JSONText.string(o.provenance.file)), \"row\": \(o.provenance.row), "
            out += "\"sha256\": \(JSONText.string(o.provenance.sha256)), \"recorded_at\": \(JSONText.string(o.provenance.recordedAt))}"
        }
        return out + "\n]\n"
    }

    static func text(_ list: [Observation], current: [Bool]) -> String {
        var rows: [[String]] = [["KPI", "PERIOD", "VALUE", "VERSION", "STATUS", "SOURCE", "RECORDED", "NOTE"]]
        for (o, isCurrent) in zip(list, current) {
            rows.append([
                "\(o.contract)/\(o.kpi)", o.period.text, value(o.value), "v\(o.version)",
                isCurrent ? (o.version > 1 ? "current (corrected)" : "current") : "superseded",
                "\(o.provenance.file):\(o.provenance.row)", o.provenance.recordedAt, oneLine(o.note ?? ""),
            ])
        }
        var widths = [Int](repeating: 0, count: rows[0].count)
        for r in rows { for (i, c) in r.enumerated() { widths[i] = max(widths[i], c.count) } }
        var out = ""
        for r in rows {
            var line = ""
            for (i, c) in r.enumerated() {
                line += i == r.count - 1 ? c : c + String(repeating: " ", count: widths[i] - c.count + 2)
            }
            while line.hasSuffix(" ") { line.removeLast() }
            out += line + "\n"
        }
        return out
    }

    /// Line breaks and tabs shown as `\n`, `\t`, so one observation stays on one line.
    public static func oneLine(_ s: String) -> String {
        guard s.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == "\r\n" }) else { return s }
        var out = ""
        for c in s {
            switch c {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\r\n": out += "\\r\\n"
            case "\t": out += "\\t"
            default: out.append(c)
            }
        }
        return out
    }
}
