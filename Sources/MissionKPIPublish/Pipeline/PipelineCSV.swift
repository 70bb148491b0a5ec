import MissionKPI

/// `pipeline --format csv`: one row per contract per section — `ending` (the financial year it ends in)
/// or `s93` (the coming year's pipeline notice) — through `CSVText` (RFC 4180, formula-safe).
enum PipelineCSV {
    typealias W = Words

    static let header = [
        "section", "financial_year", "department", "contract", "title", "supplier", "value_gbp", "tier", "end",
        "procurement_start", "procurement_start_planned", "procurement_due", "missions", "alignment_score",
        "errors", "warnings", "info", "rules",
    ]

    static func render(_ p: CommercialPipeline) -> String {
        var out = CSVText.record(header)
        for y in p.years { for e in y.entries { out += row("ending", y.label, e, p.asOf) } }
        for e in p.s93.entries { out += row("s93", p.s93.label, e, p.asOf) }
        return out
    }

    static func row(_ section: String, _ year: String, _ e: PipelineEntry, _ asOf: Day) -> String {
        let count = { (s: Severity) in String(e.findings.filter { $0.severity == s }.count) }
        return CSVText.record([
            section, year, e.department, e.contract, e.title, e.supplier, W.plain(e.value), e.tier ?? "", e.end.description,
            e.procurementStart.description, e.procurementPlanned ? "true" : "false", e.procurementDue(on: asOf) ? "true" : "false",
            e.missions.joined(separator: ";"), e.score.map(fmt) ?? "", count(.error), count(.warning), count(.info),
            Set(e.findings.map(\.ruleID)).sorted().joined(separator: ";"),
        ])
    }
}
