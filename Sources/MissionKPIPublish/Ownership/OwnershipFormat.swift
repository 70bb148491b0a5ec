import MissionKPI

/// The formats `audit ownership` writes: a closed list, each a pure function of the audit.
public enum OwnershipFormat: String, Sendable, CaseIterable {
    /// A report to read top to bottom: figures, then each department's table and flags.
    case text
    /// Everything, structured, for the published open data.
    case json
    /// One row per contract (RFC 4180, safe to open in a spreadsheet).
    case csv
    /// Figures and tables for a web page or a pull-request comment.
    case markdown

    /// The audit in this format; the same audit always gives the same bytes.
    public func render(_ audit: OwnershipAudit) -> String {
        switch self {
        case .text: OwnershipText.render(audit)
        case .json: OwnershipJSON.render(audit)
        case .csv: OwnershipCSV.render(audit)
        case .markdown: OwnershipMarkdown.render(audit)
        }
    }
}
