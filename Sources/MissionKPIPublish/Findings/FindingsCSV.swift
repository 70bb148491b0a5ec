import MissionKPI

/// `align --format csv`: one row per finding (standing, then baselined, then waived), with the
/// waiver that suppressed it. RFC 4180 with CRLF line ends; cells a spreadsheet would run as a
/// formula are neutralised by `CSVText`.
public enum FindingsCSV {
    /// The column names, in order.
    public static let header = [
        "status", "file", "line", "column", "severity", "rule", "subject", "message", "fix", "fingerprint",
        "waiver_reason", "waiver_approved_by", "waiver_expires",
    ]

    /// The header and one record per finding.
    public static func render(_ report: AlignmentReport) -> String {
        var out = CSVText.record(header)
        for (status, f) in FindingStatus.all(report) {
            let w = f.waivedBy
            out += CSVText.record([
                status.rawValue, f.location.file, String(f.location.line), String(f.location.column), f.severity.rawValue,
                f.ruleID, f.subject.description, f.message, f.fix, f.fingerprint,
                w?.reason ?? "", w?.approvedBy ?? "", w?.expires.description ?? "",
            ])
        }
        return out
    }
}
