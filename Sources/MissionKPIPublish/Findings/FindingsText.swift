import MissionKPI

/// `align --format text`: one line per standing finding in the form compilers, editors and CI
/// annotate, then what to do about it, indented. Waived and baselined findings are only counted.
///
/// ```
/// Contracts/dept/c1.yaml:14:1: warning: [too-many-kpis] the contract has 12 KPIs, more than 10; …
///     fix: keep the KPIs that evidence the mission outcome …
/// ```
public enum FindingsText {
    /// The standing findings, sorted by location.
    /// Written in blocks of findings on every core, joined in order.
    public static func render(_ report: AlignmentReport) -> String {
        let findings = report.findings, block = 1024
        let blocks = Parallel.map(Array(stride(from: 0, to: findings.count, by: block)), minimumChunk: 1) { start in
            var out = ""
            for i in start..<min(start + block, findings.count) {
                out += findings[i].text + "\n"
                if !findings[i].fix.isEmpty { out += "    fix: " + findings[i].fix + "\n" }
            }
            return out
        }
        var out = ""
        out.reserveCapacity(blocks.reduce(0) { $0 + $1.utf8.count })
        for b in blocks { out += b }
        return out
    }

    /// The summary for standard error: counts by severity and by rule, waived and baselined
    /// counts, and each mission's score.
    ///
    /// ```
    /// align: 3 findings (1 error, 2 warnings, 0 info); 2 waived; 0 in the baseline
    ///   by rule: stale-returns 1, too-many-kpis 2
    ///   mission scores: growth 97.5, nhs 100
    /// ```
    public static func summary(_ report: AlignmentReport) -> String {
        let n = report.findings.count
        var out = "align: \(n) finding\(n == 1 ? "" : "s") (\(report.severityCountsText)); "
        out += "\(report.waived.count) waived; \(report.baselined.count) in the baseline\n"
        if !report.countsByRule.isEmpty {
            out += "  by rule: " + report.countsByRule.map { "\($0.rule) \($0.count)" }.joined(separator: ", ") + "\n"
        }
        if !report.scores.missions.isEmpty {
            out += "  mission scores: " + report.scores.missions.map { "\($0.subject) \(fmt($0.score))" }.joined(separator: ", ") + "\n"
        }
        if !report.configurationErrors.isEmpty {
            out += "  \(report.configurationErrors.count) configuration error(s) in missionkpi.yaml\n"
        }
        return out
    }
}
