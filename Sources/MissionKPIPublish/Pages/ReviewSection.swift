import MissionKPI

/// "Changes since the last review" on the index, mission and department pages: the goalposts moved,
/// the findings new and resolved, and the ratings improved and worsened since the earlier review.
struct ReviewSection: Sendable {
    struct FindingRow: Sendable {
        var rule: Link
        var severity: Tag
        var subject: String
        var subjectHref: String?
        var message: String
    }

    struct RatingRow: Sendable {
        var kpi: String
        var kpiHref: String?
        var before: Tag
        var beforePeriod: String
        var after: Tag
        var afterPeriod: String
    }

    /// A table of findings with its heading words (nil when empty).
    struct FindingList: Sendable {
        var label: String
        var rows: [FindingRow]
    }

    /// A table of rating changes with its heading words (nil when empty).
    struct RatingList: Sendable {
        var label: String
        var rows: [RatingRow]
    }

    /// A mission or department with its share of the changes (on the index).
    struct ScopeRow: Sendable {
        var link: Link
        var counts: String
    }

    var firstPublish: Bool
    var since: String?
    var previousAsOf: String?
    var noChanges: Bool
    var summary: String
    var goalposts: FindingList?
    var newFindings: FindingList?
    var resolvedFindings: FindingList?
    var improved: RatingList?
    var worsened: RatingList?
    /// On the index, when a list was cut to `limit` rows: where the rest are.
    var cut: String?
    /// On the index: each mission's and department's share.
    var scopes: [ScopeRow]

    /// The section for `changes`; `limit` cuts each list (the index), `scopes` adds the table of shares.
    init(_ c: ChangeSet, report: SiteReport, root: String, limit: Int? = nil, scopes: Bool = false) {
        firstPublish = c.since == nil
        since = c.since.map(report.redactor.text)
        // "the publish as at 2026-08-24" already says when it judged; a revision does not.
        previousAsOf = c.previousAsOf.flatMap { date in c.since?.contains(date) == true ? nil : date }
        noChanges = !firstPublish && c.isEmpty
        summary = Self.counts(c)
        let row = { (e: ChangeSet.FindingChange) in Self.row(e.finding, report: report, root: root) }
        let rate = { (r: ChangeSet.RatingChange) in Self.rating(r, report: report, root: root) }
        func list(_ label: String, _ all: [ChangeSet.FindingChange]) -> FindingList? {
            all.isEmpty ? nil : FindingList(label: "\(label) (\(all.count))", rows: all.prefix(limit ?? all.count).map(row))
        }
        func ratings(_ label: String, _ all: [ChangeSet.RatingChange]) -> RatingList? {
            all.isEmpty ? nil : RatingList(label: "\(label) (\(all.count))", rows: all.prefix(limit ?? all.count).map(rate))
        }
        goalposts = list("Goalposts moved", c.goalposts)
        newFindings = list("New findings", c.newFindings)
        resolvedFindings = list("Resolved findings", c.resolvedFindings)
        improved = ratings("Ratings improved", c.improved)
        worsened = ratings("Ratings worsened", c.worsened)
        let longest = max(c.goalposts.count, c.newFindings.count, c.resolvedFindings.count, c.improved.count, c.worsened.count)
        cut = limit.flatMap { longest > $0 ? "Each list shows its first \($0); the mission and department pages list all of theirs." : nil }
        self.scopes = []
        guard scopes, !c.isEmpty else { return }
        let ws = report.workspace
        for m in ws.missions {
            let share = c.mission(m.id)
            if !share.isEmpty {
                self.scopes.append(
                    ScopeRow(
                        link: Link(href: Href.mission(m.id, root: root) + "#changes", text: report.redactor.text(m.title)),
                        counts: Self.counts(share)))
            }
        }
        for d in ws.departments {
            let share = c.department(d.id)
            if !share.isEmpty {
                self.scopes.append(
                    ScopeRow(
                        link: Link(href: Href.department(d.id, root: root) + "#changes", text: report.redactor.text(d.name)),
                        counts: Self.counts(share)))
            }
        }
    }

    /// `2 goalposts moved, 3 new findings, 1 resolved, 4 ratings improved, 0 worsened`.
    static func counts(_ c: ChangeSet) -> String {
        "\(Words.count(c.goalposts.count, "goalpost")) moved, \(Words.count(c.newFindings.count, "new finding")), "
            + "\(c.resolvedFindings.count) resolved, \(Words.count(c.improved.count, "rating")) improved, \(c.worsened.count) worsened"
    }

    static func row(_ e: Snapshot.FindingEntry, report: SiteReport, root: String) -> FindingRow {
        let parts = e.subject.split(separator: "/", maxSplits: 1).map(String.init)
        let owner = parts.first ?? e.subject, item = parts.count > 1 ? parts[1] : ""
        var href: String?
        switch e.kind {
        case "contract"?: href = report.workspace.contract(owner) != nil ? Href.contract(owner, root: root) : nil
        case "kpi"?: href = report.workspace.contract(owner)?.kpi(item) != nil ? Href.kpi(owner, item, root: root) : nil
        case "mission"?:
            let ref = OutcomeRef(mission: owner, id: item)
            if report.workspace.mission(owner) != nil {
                href =
                    item.isEmpty
                    ? Href.mission(owner, root: root) : Href.outcome(ref, root: root, isMilestone: report.workspace.milestone(ref) != nil)
            }
        case "department"?: href = report.workspace.department(owner) != nil ? Href.department(owner, root: root) : nil
        default: href = nil
        }
        return FindingRow(
            rule: Link(href: Href.rule(e.rule, root: root), text: e.rule), severity: Tag.severity(Severity(rawValue: e.severity) ?? .info),
            subject: e.subject, subjectHref: href, message: report.redactor.text(e.message))
    }

    static func rating(_ r: ChangeSet.RatingChange, report: SiteReport, root: String) -> RatingRow {
        let parts = r.subject.split(separator: "/", maxSplits: 1).map(String.init)
        let href =
            parts.count == 2 && report.workspace.contract(parts[0])?.kpi(parts[1]) != nil ? Href.kpi(parts[0], parts[1], root: root) : nil
        return RatingRow(
            kpi: r.subject, kpiHref: href, before: Tag.rating(Rating(rawValue: r.before) ?? .other), beforePeriod: r.beforePeriod,
            after: Tag.rating(Rating(rawValue: r.after) ?? .other), afterPeriod: r.afterPeriod)
    }
}
