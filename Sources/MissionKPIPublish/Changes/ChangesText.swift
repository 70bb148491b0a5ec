import MissionKPI

/// The summary `missionkpi changes` writes to standard error: what was compared and what was found.
///
/// ```
/// changes from HEAD~3 (3f12975, 2026-11-25) to the work tree: 4 findings (2 errors, 2 warnings, 0 info); 1 waived; 0 in the baseline
///   by rule: bands-loosened 1, kpi-removed 1, target-weakened 2
/// ```
public enum ChangesText {
    /// Counts by severity and by rule, with the two workspaces named; no trailing line break.
    public static func summary(_ report: AlignmentReport, from earlier: String, to later: String) -> String {
        let n = report.findings.count
        var out = "changes from \(earlier) to \(later): \(n) finding\(n == 1 ? "" : "s") (\(report.severityCountsText)); "
        out += "\(report.waived.count) waived; \(report.baselined.count) in the baseline"
        if !report.countsByRule.isEmpty {
            out += "\n  by rule: " + report.countsByRule.map { "\($0.rule) \($0.count)" }.joined(separator: ", ")
        }
        return out
    }
}
