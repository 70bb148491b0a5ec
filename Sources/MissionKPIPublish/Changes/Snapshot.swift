import Foundation
import MissionKPI

/// What one publish saw, kept in `data/snapshot.json` so the next publish can say what changed:
/// the standing findings (by fingerprint) and every milestone's and KPI's baseline and target.
/// It also keeps the comparison it showed, so publishing the same inputs again gives the same bytes.
public struct Snapshot: Sendable, Equatable, Codable {
    /// One standing finding.
    public struct FindingEntry: Sendable, Hashable, Codable {
        /// The finding's fingerprint (stable across edits that move lines).
        public var fingerprint: String
        /// The rule id.
        public var rule: String
        /// `contract/kpi`, `mission/node`, …
        public var subject: String
        /// `error`, `warning` or `info`.
        public var severity: String
        /// What is wrong (names below the grade floor redacted).
        public var message: String
    }

    /// A milestone's or KPI's baseline and target (nil where none is set).
    public struct GoalEntry: Sendable, Hashable, Codable {
        /// `mission/milestone` or `contract/kpi`.
        public var subject: String
        /// The baseline value.
        public var baseline: Double?
        /// The baseline's date, `YYYY-MM-DD`.
        public var baselineDate: String?
        /// The target value.
        public var target: Double?
        /// The target's date.
        public var targetDate: String?
    }

    /// The format version.
    public var version: Int = 1
    /// A hash of everything the publish read (workspace files, returns, as-of date).
    public var inputs: String
    /// The as-of date of the publish.
    public var asOf: String
    /// The standing findings, by rule, subject and fingerprint.
    public var findings: [FindingEntry]
    /// Every milestone's and KPI's baseline and target, by subject.
    public var goals: [GoalEntry]
    /// The comparison with the publish before this one, as shown on the index page.
    public var changes: ChangeSet

    /// The snapshot of a report, sorted.
    public init(inputs: String, asOf: Day, findings: [Finding], goals: [GoalEntry], changes: ChangeSet) {
        self.inputs = inputs
        self.asOf = asOf.description
        self.findings = findings.map {
            FindingEntry(
                fingerprint: $0.fingerprint, rule: $0.ruleID, subject: $0.subject.description, severity: $0.severity.rawValue,
                message: $0.message)
        }.sorted { ($0.rule, $0.subject, $0.fingerprint) < ($1.rule, $1.subject, $1.fingerprint) }
        self.goals = goals.sorted { $0.subject < $1.subject }
        self.changes = changes
    }

    /// Every milestone's and KPI's baseline and target.
    public static func goals(_ ws: Workspace) -> [GoalEntry] {
        var out: [GoalEntry] = []
        for m in ws.missions {
            for ms in m.milestones {
                out.append(
                    GoalEntry(
                        subject: "\(m.id)/\(ms.id)", baseline: ms.baseline?.value, baselineDate: ms.baseline?.date?.description,
                        target: ms.target.value, targetDate: ms.target.date?.description))
            }
        }
        for c in ws.contracts {
            for k in c.kpis {
                out.append(
                    GoalEntry(
                        subject: "\(c.id)/\(k.id)", baseline: k.baseline?.value, baselineDate: k.baseline?.date?.description,
                        target: k.target?.value, targetDate: k.target?.date?.description))
            }
        }
        return out
    }

    /// Reads a snapshot written by an earlier publish; nil when absent or unreadable.
    public static func read(_ path: String) -> Snapshot? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        // Keys are snake_case (`as_of`); a snapshot written before, in camelCase (`asOf`), reads the same.
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        guard let s = try? decoder.decode(Snapshot.self, from: data), s.version == 1 else { return nil }
        return s
    }
}

/// What changed between the previous publish and this one.
public struct ChangeSet: Sendable, Equatable, Codable {
    /// One baseline or target that moved.
    public struct Move: Sendable, Hashable, Codable {
        /// `mission/milestone` or `contract/kpi`.
        public var subject: String
        /// `baseline` or `target`.
        public var field: String
        /// `95 (2030-12-31)`, or `none`.
        public var before: String
        /// The value now.
        public var after: String
    }

    /// The as-of date of the previous publish; nil when there was none (every list is then empty).
    public var previousAsOf: String?
    /// Findings standing now that did not before.
    public var newFindings: [Snapshot.FindingEntry]
    /// Findings that stood before and no longer do.
    public var resolvedFindings: [Snapshot.FindingEntry]
    /// Baselines and targets whose value or date changed.
    public var moved: [Move]

    /// No previous publish.
    public static let first = ChangeSet(previousAsOf: nil, newFindings: [], resolvedFindings: [], moved: [])

    /// The comparison of `previous` with the current findings and goals.
    public static func compare(previous: Snapshot, findings: [Snapshot.FindingEntry], goals: [Snapshot.GoalEntry]) -> ChangeSet {
        let before = Set(previous.findings.map(\.fingerprint))
        let now = Set(findings.map(\.fingerprint))
        let added = findings.filter { !before.contains($0.fingerprint) }
        let resolved = previous.findings.filter { !now.contains($0.fingerprint) }
        var oldGoals: [String: Snapshot.GoalEntry] = [:]
        for g in previous.goals { oldGoals[g.subject] = g }
        var moved: [Move] = []
        for g in goals {
            guard let o = oldGoals[g.subject] else { continue }
            if o.baseline != g.baseline || o.baselineDate != g.baselineDate {
                moved.append(
                    Move(
                        subject: g.subject, field: "baseline", before: show(o.baseline, o.baselineDate),
                        after: show(g.baseline, g.baselineDate)))
            }
            if o.target != g.target || o.targetDate != g.targetDate {
                moved.append(
                    Move(subject: g.subject, field: "target", before: show(o.target, o.targetDate), after: show(g.target, g.targetDate)))
            }
        }
        return ChangeSet(previousAsOf: previous.asOf, newFindings: added, resolvedFindings: resolved, moved: moved)
    }

    static func show(_ value: Double?, _ date: String?) -> String {
        guard let value else { return "none" }
        return fmt(value) + (date.map { " (\($0))" } ?? "")
    }
}
