import MissionKPI

/// The formats `align` writes its findings in: a closed set, each rendered by a pure function.
///
/// ```swift
/// let text = FindingsFormat.sarif.render(report, workspace: ws)
/// ```
public enum FindingsFormat: String, Sendable, CaseIterable {
    /// `path:line:col: severity: [rule-id] message`, one finding per line, then its fix indented.
    case text
    /// Every finding, waived and baselined ones too, with the scores and their deductions.
    case json
    /// One row per finding (RFC 4180, safe to open in a spreadsheet).
    case csv
    /// A summary, a table of findings and the scores, for a pull-request comment or a report.
    case markdown
    /// SARIF 2.1.0, for code-scanning annotations on a pull request.
    case sarif
    /// GitHub Actions workflow commands (`::error file=…::…`), annotating a pull request from the log.
    case github

    /// The findings of `report` in this format; the same report always gives the same bytes.
    public func render(_ report: AlignmentReport, workspace: Workspace) -> String {
        switch self {
        case .text: FindingsText.render(report)
        case .json: FindingsJSON.render(report, workspace: workspace)
        case .csv: FindingsCSV.render(report)
        case .markdown: FindingsMarkdown.render(report, workspace: workspace)
        case .sarif: FindingsSARIF.render(report, workspace: workspace)
        case .github: FindingsGitHub.render(report)
        }
    }

    /// The usual file extension for this format.
    public var fileExtension: String {
        switch self {
        case .text: "txt"
        case .json: "json"
        case .csv: "csv"
        case .markdown: "md"
        case .sarif: "sarif"
        case .github: "txt"
        }
    }
}

/// Whether a finding stands, was waived or is known to the baseline, as the outputs name it.
public enum FindingStatus: String, Sendable, CaseIterable {
    case standing, baselined, waived

    /// Every finding of the report with its status: standing, then baselined, then waived, each sorted.
    static func all(_ report: AlignmentReport) -> [(FindingStatus, Finding)] {
        report.findings.map { (.standing, $0) } + report.baselined.map { (.baselined, $0) } + report.waived.map { (.waived, $0) }
    }
}

extension AlignmentReport {
    /// `1 error, 2 warnings, 0 info`.
    public var severityCountsText: String {
        let c = countsBySeverity
        let e = c[.error] ?? 0, w = c[.warning] ?? 0, i = c[.info] ?? 0
        return "\(e) error\(e == 1 ? "" : "s"), \(w) warning\(w == 1 ? "" : "s"), \(i) info"
    }
}
