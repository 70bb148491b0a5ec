import MissionKPI

/// Every rule the findings link to: its id, title, summary, rationale and severity.
struct RulesPage: Sendable {
    struct RuleRow: Sendable {
        var id: String
        var title: String
        var summary: String
        var rationale: String
        var severity: String
        var findings: Int
    }

    struct Family: Sendable {
        var title: String
        var rules: [RuleRow]
    }

    var frame: PageFrame
    var families: [Family]

    init(report: SiteReport, path: SitePath) {
        frame = PageFrame(report, title: "Rules", path: path, section: .rules)
        var counts: [String: Int] = [:]
        for (rule, n) in report.alignment.countsByRule { counts[rule] = n }
        // The changes rules judge the review: their findings are the goalposts moved since the last one.
        for g in report.changes.goalposts { counts[g.finding.rule, default: 0] += 1 }
        let settings = report.workspace.settings
        families = RulesReference.byFamily(RuleRegistry.all).map { group in
            Family(
                title: group.family.title,
                rules: group.rules.map { rule in
                    let d = rule.description
                    return RuleRow(
                        id: d.id, title: d.title, summary: d.summary, rationale: d.rationale,
                        severity: RulesReference.effective(d, settings), findings: counts[d.id] ?? 0)
                })
        }
    }
}
