import MissionKPI

/// What the page of a mission served by many contracts shows instead of every piece of evidence: the
/// numbered evidence pages (with their figures) and the poorly aligned KPIs counted by rule. Both are
/// written once, as HTML and Markdown, and inserted in the mission page and its Markdown twin.
struct MissionPaging: Sendable {
    /// One evidence page's row in the table of pages.
    struct PageRow: Sendable {
        var number: Int
        var first: String
        var last: String
        var evidence: Int
        var poorlyAligned: Int
        var contractFindings: Int
    }

    /// One rule's row in the count of poorly aligned KPIs.
    struct RuleRow: Sendable {
        var level: Severity
        var severity: Tag
        var rule: String
        var title: String
        var href: String
        var onKPIs: Int
        var onContracts: Int
    }

    var missionID: String
    var contracts: Int
    var pages: [PageRow]
    var rules: [RuleRow]
    var pagesHTML = ""
    var pagesMarkdown = ""
    var findingsHTML = ""
    var findingsMarkdown = ""

    init(_ m: Mission, report: SiteReport, chunks: [[Contract]]) {
        missionID = m.id
        contracts = chunks.reduce(0) { $0 + $1.count }
        var evidence: [String: Int] = [:]
        for item in m.milestones.flatMap({ report.assessment.milestone(OutcomeRef(mission: m.id, id: $0.id))?.evidence ?? [] })
            + m.theoryOfChange.flatMap({ report.assessment.node(OutcomeRef(mission: m.id, id: $0.id))?.evidence ?? [] })
        where item.direct {
            evidence[item.contract, default: 0] += 1
        }
        var byRule: [String: RuleRow] = [:]
        pages = chunks.enumerated().map { i, chunk in
            var row = PageRow(
                number: i + 1, first: chunk.first?.id ?? "", last: chunk.last?.id ?? "", evidence: 0, poorlyAligned: 0, contractFindings: 0)
            for c in chunk {
                row.evidence += evidence[c.id] ?? 0
                let found = MissionPage.alignmentFindings(c, mission: m.id, report: report)
                row.poorlyAligned += found.kpi.count
                row.contractFindings += found.contract.count
                for (f, onKPI) in found.kpi.map({ ($0, true) }) + found.contract.map({ ($0, false) }) {
                    var r =
                        byRule[f.ruleID]
                        ?? RuleRow(
                            level: f.severity, severity: Tag.severity(f.severity), rule: f.ruleID, title: RuleRegistry.rule(f.ruleID)?.description.title ?? f.ruleID,
                            href: Href.rule(f.ruleID, root: "../"), onKPIs: 0, onContracts: 0)
                    if onKPI { r.onKPIs += 1 } else { r.onContracts += 1 }
                    byRule[f.ruleID] = r
                }
            }
            return row
        }
        rules = byRule.values.sorted { $0.level != $1.level ? $0.level > $1.level : $0.rule < $1.rule }
        Fragments.missionPaging(&self)
    }

    /// A milestone's block on the paged page: a sentence counting its evidence instead of the table.
    static func summarised(_ b: MissionPage.MilestoneBlock, mission m: Mission, report: SiteReport) -> MissionPage.MilestoneBlock {
        var b = b
        let items = (report.assessment.milestone(OutcomeRef(mission: m.id, id: b.id))?.evidence ?? []).filter(\.direct)
        b.evidence = []
        b.evidenceNote = items.isEmpty ? nil : count(items) + (items.count == 1 ? " measures" : " measure") + " this milestone directly."
        return b
    }

    /// A node's block on the paged page: sentences counting its contributors and evidence instead of listing them.
    static func summarised(_ n: MissionPage.NodeRow, mission m: Mission, report: SiteReport) -> MissionPage.NodeRow {
        var n = n
        let items = (report.assessment.node(OutcomeRef(mission: m.id, id: n.id))?.evidence ?? []).filter(\.direct)
        var parts: [String] = []
        if !n.contributors.isEmpty { parts.append(Words.count(n.contributors.count, "contract") + (n.contributors.count == 1 ? " contributes" : " contribute") + " to it.") }
        if !items.isEmpty { parts.append(count(items) + (items.count == 1 ? " measures" : " measure") + " it directly.") }
        n.evidenceNote = parts.isEmpty ? nil : parts.joined(separator: " ")
        n.evidence = []
        n.contributors = []
        return n
    }

    /// `12 KPIs of 9 contracts (latest ratings: 3 good, …)`.
    static func count(_ items: [EvidenceItem]) -> String {
        var ratings: [Rating: Int] = [:]
        for i in items { ratings[i.rating, default: 0] += 1 }
        return Words.count(items.count, "KPI") + " of " + Words.count(Set(items.map(\.contract)).count, "contract")
            + " (latest ratings: " + AssessmentWords.counts(ratings) + ")"
    }
}
