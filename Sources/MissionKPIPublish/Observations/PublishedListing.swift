import MissionKPI

/// `observations --published`: the published (UK9) assessments the tracker holds, as text, CSV or JSON.
///
/// The input is sorted as `Tracker.publishedAssessments()` gives it (contract, KPI, period, release); an
/// assessment that a later release replaced for the same KPI and period is marked `superseded`.
///
/// ```swift
/// print(PublishedListing.render(try tracker.publishedAssessments(), format: .csv))
/// ```
public enum PublishedListing {
    /// The output formats of the listing: those of `observations`, one closed set for both listings.
    public typealias Format = ObservationListing.Format

    /// The listing in the format asked for; an empty listing is a header (text, CSV) or `[]` (JSON).
    public static func render(_ items: [PublishedAssessment], format: Format) -> String {
        let latest = items.indices.map { i in
            i + 1 == items.count || !sameKey(items[i], items[i + 1])
        }
        switch format {
        case .text: return text(items, latest: latest)
        case .csv: return csv(items, latest: latest)
        case .json: return json(items, latest: latest)
        }
    }

    static func sameKey(_ a: PublishedAssessment, _ b: PublishedAssessment) -> Bool {
        a.contract == b.contract && a.kpi == b.kpi && a.periodStart == b.periodStart && a.periodEnd == b.periodEnd
    }

    static let columns = [
        "contract", "kpi", "period", "period_start", "period_end", "measure", "classification", "classification_description",
        "rating", "release", "release_date", "notice_type", "latest",
    ]

    static func cells(_ a: PublishedAssessment, latest: Bool) -> [String?] {
        [
            a.contract, a.kpi, a.periodText, a.periodStart.description, a.periodEnd.description, a.measure, a.classification.rawValue,
            a.classificationDescription, a.classification.rating.rawValue, a.release, a.releaseDate, a.noticeType,
            latest ? "true" : "false",
        ]
    }

    static func csv(_ items: [PublishedAssessment], latest: [Bool]) -> String {
        var out = CSVText.record(columns)
        for (a, isLatest) in zip(items, latest) { out += CSVText.record(cells(a, latest: isLatest).map { $0 ?? "" }) }
        return out
    }

    static func json(_ items: [PublishedAssessment], latest: [Bool]) -> String {
        guard !items.isEmpty else { return "[]\n" }
        var out = "["
        for (i, (a, isLatest)) in zip(items, latest).enumerated() {
            out += i == 0 ? "\n  {" : ",\n  {"
            let values = cells(a, latest: isLatest)
            for (j, name) in columns.enumerated() {
                if j > 0 { out += ", " }
                out += JSONText.string(name) + ": "
                out += name == "latest" ? (isLatest ? "true" : "false") : values[j].map(JSONText.string) ?? "null"
            }
            out += "}"
        }
        return out + "\n]\n"
    }

    static func text(_ items: [PublishedAssessment], latest: [Bool]) -> String {
        var rows = [["KPI", "PERIOD", "MEASURE", "CLASSIFICATION", "RATING", "STATUS", "RELEASE", "DATE", "NOTICE"]]
        for (a, isLatest) in zip(items, latest) {
            rows.append([
                "\(a.contract)/\(a.kpi)", a.periodText, ObservationListing.oneLine(a.measure ?? "—"), a.classification.rawValue,
                a.classification.rating.lowercasedLabel, isLatest ? "latest" : "superseded", ObservationListing.oneLine(a.release),
                ObservationListing.oneLine(a.releaseDate), ObservationListing.oneLine(a.noticeType),
            ])
        }
        var widths = [Int](repeating: 0, count: rows[0].count)
        for r in rows { for (i, c) in r.enumerated() { widths[i] = max(widths[i], c.count) } }
        var out = ""
        for r in rows {
            var line = ""
            for (i, c) in r.enumerated() { line += i == r.count - 1 ? c : c + String(repeating: " ", count: widths[i] - c.count + 2) }
            while line.hasSuffix(" ") { line.removeLast() }
            out += line + "\n"
        }
        return out
    }
}
