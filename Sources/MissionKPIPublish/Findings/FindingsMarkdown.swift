import MissionKPI

/// `align --format markdown`: a summary, the standing findings as a table, the waived and baselined
/// ones, and the scores — for a pull-request comment or a report page.
public enum FindingsMarkdown {
    /// The report as GitHub-flavoured Markdown.
    public static func render(_ report: AlignmentReport, workspace: Workspace) -> String {
        var out = "# Alignment findings\n\n"
        out += "As of \(report.asOf): **\(report.findings.count)** standing finding\(report.findings.count == 1 ? "" : "s") "
        out += "(\(report.severityCountsText)), \(report.baselined.count) in the baseline, \(report.waived.count) waived.\n"
        if !report.countsByRule.isEmpty {
            out += "\n| Rule | Findings |\n|---|---:|\n"
            for (rule, count) in report.countsByRule { out += "| `\(rule)` | \(count) |\n" }
        }
        if !report.configurationErrors.isEmpty {
            out += "\n## Configuration errors\n\n"
            for d in report.configurationErrors { out += "- `\(MarkdownText.code(d.location.description))` \(MarkdownText.escape(d.message))\n" }
        }
        out += section("Findings", report.findings, waivers: false)
        out += section("Baselined findings", report.baselined, waivers: false)
        out += section("Waived findings", report.waived, waivers: true)
        guard !(report.scores.missions.isEmpty && report.scores.contracts.isEmpty) else { return out }
        out += "\n## Scores\n\n" + FindingsJSON.formula + "\n"
        out += scoreTable("Mission", report.scores.missions) { workspace.mission($0)?.title }
        out += scoreTable("Contract", report.scores.contracts) { workspace.contract($0)?.title }
        return out
    }

    static func section(_ title: String, _ findings: [Finding], waivers: Bool) -> String {
        guard !findings.isEmpty else { return "" }
        var out = "\n## \(title)\n\n| Location | Severity | Rule | Subject | Message | Fix |"
        out += waivers ? " Waiver |\n|---|---|---|---|---|---|---|\n" : "\n|---|---|---|---|---|---|\n"
        for f in findings {
            out += "| `\(MarkdownText.code(f.location.description))` | \(f.severity.rawValue) | `\(f.ruleID)` | \(MarkdownText.escape(f.subject.description)) "
            out += "| \(MarkdownText.escape(f.message)) | \(MarkdownText.escape(f.fix)) |"
            if waivers, let w = f.waivedBy {
                out += " \(MarkdownText.escape(w.reason)) (approved by \(MarkdownText.escape(w.approvedBy)), expires \(w.expires)) |"
            }
            out += "\n"
        }
        return out
    }

    static func scoreTable(_ noun: String, _ scores: [AlignmentScores.Score], title: (String) -> String?) -> String {
        guard !scores.isEmpty else { return "" }
        var out = "\n| \(noun) | Score | Points lost to |\n|---|---:|---|\n"
        for s in scores {
            var lost: [String: Double] = [:]
            for d in s.deductions { lost[d.ruleID, default: 0] += d.points }
            let why =
                lost.isEmpty
                ? "—"
                : lost.sorted { $0.key < $1.key }.map { "`\($0.key)` \(fmt(AlignmentScores.rounded($0.value)))" }.joined(separator: ", ")
            out += "| \(MarkdownText.escape(title(s.subject).map { "\($0) (\(s.subject))" } ?? s.subject)) | \(fmt(s.score)) | \(why) |\n"
        }
        return out
    }
}
