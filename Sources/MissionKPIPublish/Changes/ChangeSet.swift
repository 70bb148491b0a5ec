import MissionKPI

/// What changed since the last review: goalposts moved (the changes rules' findings), findings new and
/// resolved, and KPI ratings improved and worsened. Each change carries the department and missions it
/// belongs to, so the mission and department pages show their own share.
public struct ChangeSet: Sendable, Equatable, Codable {
    /// Where a change belongs: the department of its contract and the missions the contract serves
    /// (or the mission a milestone finding is on).
    public struct Scope: Sendable, Hashable, Codable {
        public var department: String?
        public var missions: [String]
    }

    /// A finding that appeared, went away, or says which goalpost moved.
    public struct FindingChange: Sendable, Hashable, Codable {
        public var finding: Snapshot.FindingEntry
        public var scope: Scope
    }

    /// A KPI whose latest rating is better or worse than at the last review.
    public struct RatingChange: Sendable, Hashable, Codable {
        /// `contract/kpi`.
        public var subject: String
        public var before: String
        public var beforePeriod: String
        public var after: String
        public var afterPeriod: String
        public var scope: Scope
    }

    /// What the pages were compared with, in words (`the publish as at 2026-08-24`, `v1 (3f12975, 2026-08-24)`);
    /// nil on the first publish into a folder (every list is then empty).
    public var since: String?
    /// The date the earlier review judged as at.
    public var previousAsOf: String?
    /// The changes rules' findings: targets weakened, dates pushed back, KPIs dropped, ….
    public var goalposts: [FindingChange]
    /// Findings standing now that did not before.
    public var newFindings: [FindingChange]
    /// Findings that stood before and no longer do.
    public var resolvedFindings: [FindingChange]
    /// KPIs rated better than at the last review.
    public var improved: [RatingChange]
    /// KPIs rated worse than at the last review.
    public var worsened: [RatingChange]

    /// No earlier review.
    public static let first = ChangeSet(
        since: nil, previousAsOf: nil, goalposts: [], newFindings: [], resolvedFindings: [], improved: [], worsened: [])

    /// Whether nothing changed (and there was something to compare with).
    public var isEmpty: Bool {
        goalposts.isEmpty && newFindings.isEmpty && resolvedFindings.isEmpty && improved.isEmpty && worsened.isEmpty
    }

    /// The changes that belong to one department.
    public func department(_ id: String) -> ChangeSet { filtered { $0.department == id } }

    /// The changes that belong to one mission.
    public func mission(_ id: String) -> ChangeSet { filtered { $0.missions.contains(id) } }

    func filtered(_ keep: (Scope) -> Bool) -> ChangeSet {
        ChangeSet(
            since: since, previousAsOf: previousAsOf, goalposts: goalposts.filter { keep($0.scope) },
            newFindings: newFindings.filter { keep($0.scope) }, resolvedFindings: resolvedFindings.filter { keep($0.scope) },
            improved: improved.filter { keep($0.scope) }, worsened: worsened.filter { keep($0.scope) })
    }

    /// The comparison of the earlier review with this one: `goalposts` are the changes rules' findings,
    /// `scope` places a subject (a current or earlier contract, a mission) in its department and missions.
    static func compare(
        previous: Snapshot, since: String, current: Snapshot, goalposts: [Finding], scope: (Snapshot.FindingEntry) -> Scope
    ) -> ChangeSet {
        let before = Set(previous.findings.map(\.fingerprint))
        let now = Set(current.findings.map(\.fingerprint))
        func change(_ e: Snapshot.FindingEntry) -> FindingChange { FindingChange(finding: e, scope: scope(e)) }
        var oldRatings: [String: Snapshot.RatingEntry] = [:]
        for r in previous.ratings { oldRatings[r.subject] = r }
        var improved: [RatingChange] = [], worsened: [RatingChange] = []
        for r in current.ratings {
            guard let o = oldRatings[r.subject], let a = Rating(rawValue: o.rating), let b = Rating(rawValue: r.rating),
                a != .other, b != .other, a != b
            else { continue }
            let entry = Snapshot.FindingEntry(fingerprint: "", rule: "", subject: r.subject, kind: "kpi", severity: "", message: "")
            let c = RatingChange(
                subject: r.subject, before: o.rating, beforePeriod: o.period, after: r.rating, afterPeriod: r.period, scope: scope(entry))
            if b < a { improved.append(c) } else { worsened.append(c) }
        }
        let order = { (a: FindingChange, b: FindingChange) in
            (a.finding.subject, a.finding.rule, a.finding.fingerprint) < (b.finding.subject, b.finding.rule, b.finding.fingerprint)
        }
        return ChangeSet(
            since: since, previousAsOf: previous.asOf,
            goalposts: goalposts.map { change(Snapshot.entry($0)) }.sorted(by: order),
            newFindings: current.findings.filter { !before.contains($0.fingerprint) }.map(change).sorted(by: order),
            resolvedFindings: previous.findings.filter { !now.contains($0.fingerprint) }.map(change).sorted(by: order),
            improved: improved, worsened: worsened)
    }
}
