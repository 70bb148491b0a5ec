import MissionKPI

/// The formats `pipeline` writes: a closed list, each a pure function of the pipeline.
public enum PipelineFormat: String, Sendable, CaseIterable {
    /// A report to read top to bottom: each financial year, then the s.93 view.
    case text
    /// Everything, structured, for the published open data.
    case json
    /// One row per contract and section (RFC 4180, safe to open in a spreadsheet).
    case csv
    /// Tables for a web page.
    case markdown

    /// The pipeline in this format; the same pipeline always gives the same bytes.
    public func render(_ pipeline: CommercialPipeline) -> String {
        switch self {
        case .text: PipelineText.render(pipeline)
        case .json: PipelineJSON.render(pipeline)
        case .csv: PipelineCSV.render(pipeline)
        case .markdown: PipelineMarkdown.render(pipeline)
        }
    }
}

/// Words shared by the pipeline renderers.
enum PipelineWords {
    typealias W = Words

    /// The opening lines: the date, the years, and how procurement starts are read.
    static func intro(_ p: CommercialPipeline) -> [String] {
        let span = p.years.isEmpty ? "no financial years" : p.years.first!.label + (p.years.count > 1 ? " to " + p.years.last!.label : "")
        return [
            "Commercial pipeline as at \(p.asOf)" + (p.department.map { " — department \($0)" } ?? "") + ": contracts ending in \(span).",
            "Financial years start on \(p.financialYearStart) (MM-DD). Re-procurement starts \(p.leadTimeMonths) months before a contract ends unless the contract sets procurement_start; estimated dates are marked ~.",
        ]
    }

    /// `2025-06-30`, or `~2025-06-30` when estimated from the lead time.
    static func procurement(_ e: PipelineEntry) -> String { (e.procurementPlanned ? "" : "~") + e.procurementStart.description }

    /// `85`, or `—`.
    static func score(_ e: PipelineEntry) -> String { e.score.map(fmt) ?? "—" }

    /// The missions, comma-separated, or `—`.
    static func missions(_ e: PipelineEntry) -> String { e.missions.isEmpty ? "—" : e.missions.joined(separator: ", ") }

    /// `1 error, 2 warnings` or `none`.
    static func findings(_ e: PipelineEntry) -> String { W.severities(e.findings) }

    /// The s.93 section's explanation.
    static func s93Intro(_ s: S93View) -> String {
        "Contracts over \(W.money(s.threshold)) (including VAT) whose procurement starts in the coming financial year, \(s.label) (\(s.start) to \(s.end)): \(W.count(s.entries.count, "contract")) worth \(W.money(s.value))."
    }
}
