import Foundation
import MissionKPI

/// What one publish saw, kept in `data/snapshot.json` so the next review can say what changed: the
/// standing findings (by fingerprint), each KPI's latest rating and the goalposts (every KPI's and
/// milestone's target, bands, baseline, links and waivers). It also keeps the comparison it showed, so
/// publishing the same inputs again gives the same bytes.
public struct Snapshot: Sendable, Equatable {
    /// One standing finding.
    public struct FindingEntry: Sendable, Hashable, Codable {
        /// The finding's fingerprint (stable across edits that move lines).
        public var fingerprint: String
        /// The rule id.
        public var rule: String
        /// `contract/kpi`, `mission/node`, …
        public var subject: String
        /// What the subject is: `contract`, `kpi`, `mission`, `department` or `workspace`.
        public var kind: String?
        /// `error`, `warning` or `info`.
        public var severity: String
        /// What is wrong (names below the grade floor redacted).
        public var message: String
    }

    /// A KPI's latest rated period.
    public struct RatingEntry: Sendable, Hashable, Codable {
        /// `contract/kpi`.
        public var subject: String
        /// The period's text (`2026-09`, `2026-Q3`, …).
        public var period: String
        /// The reg. 39(5) rating (`good`, `approaching_target`, …).
        public var rating: String
    }

    /// The format version (1: findings and goals only; 2: ratings and goalposts too).
    public var version: Int = 2
    /// A hash of everything the publish read (workspace files, returns, as-of date).
    public var inputs: String
    /// The as-of date of the publish.
    public var asOf: String
    /// The standing findings, by rule, subject and fingerprint.
    public var findings: [FindingEntry]
    /// Each KPI's latest rated period, by subject.
    public var ratings: [RatingEntry]
    /// The goalposts the changes rules compare the next review with (nil in a version 1 snapshot).
    public var goalposts: Goalposts?
    /// The comparison with the review before this one, as the pages show it (nil when unreadable).
    public var changes: ChangeSet?

    /// The snapshot of a publish, sorted.
    public init(
        inputs: String, asOf: Day, findings: [Finding], assessment: Assessment, goalposts: Goalposts, changes: ChangeSet
    ) {
        self.inputs = inputs
        self.asOf = asOf.description
        self.findings = findings.map(Self.entry).sorted { ($0.rule, $0.subject, $0.fingerprint) < ($1.rule, $1.subject, $1.fingerprint) }
        ratings = assessment.kpis.compactMap { k in
            k.latest.map { RatingEntry(subject: "\(k.contract)/\(k.kpi)", period: $0.period.text, rating: $0.rating.rawValue) }
        }.sorted { $0.subject < $1.subject }
        self.goalposts = goalposts
        self.changes = changes
    }

    /// A finding as the snapshot keeps it.
    static func entry(_ f: Finding) -> FindingEntry {
        FindingEntry(
            fingerprint: f.fingerprint, rule: f.ruleID, subject: f.subject.description, kind: f.subject.kind.rawValue,
            severity: f.severity.rawValue, message: f.message)
    }

    /// Reads a snapshot written by an earlier publish (version 1 or 2); nil when absent or unreadable.
    public static func read(_ path: String) -> Snapshot? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        guard path.hasSuffix(".gz") else { return decode(data) }
        return Gzip.inflate([UInt8](data)).flatMap { decode(Data($0)) }
    }

    /// The snapshot of the site published in `folder`: `data/snapshot.json.gz`, or the plain
    /// `data/snapshot.json` earlier publishes wrote (the next publish replaces it with the gzipped one).
    public static func read(site folder: String) -> Snapshot? {
        found(site: folder).snapshot
    }

    /// The snapshot of the site published in `folder` (as `read(site:)`), and the path of a snapshot
    /// file that is there but cannot be read (damaged, cut short, or not one this version reads), so
    /// the caller can say the review is compared with nothing.
    public static func found(site folder: String) -> (snapshot: Snapshot?, unreadable: String?) {
        var unreadable: String?
        for path in [folder + "/data/" + OpenData.snapshotFile, folder + "/data/snapshot.json"] where FileManager.default.fileExists(atPath: path) {
            if let s = read(path) { return (s, nil) }
            unreadable = unreadable ?? path
        }
        return (nil, unreadable)
    }

    /// A snapshot from its JSON; nil when it is not one this version can read.
    static func decode(_ data: Data) -> Snapshot? {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        guard let s = try? decoder.decode(Parts.self, from: data), s.version == 1 || s.version == 2 else { return nil }
        return Snapshot(
            version: s.version, inputs: s.inputs, asOf: s.asOf, findings: s.findings, ratings: s.ratings ?? [],
            goalposts: s.goalposts, changes: s.changes)
    }

    /// The snapshot as read in one pass: the parts every version has are required; a later part that is
    /// missing or fails to read (a version 1 file) loses only itself.
    struct Parts: Decodable {
        var version: Int
        var inputs: String
        var asOf: String
        var findings: [FindingEntry]
        var ratings: [RatingEntry]?
        var goalposts: Goalposts?
        var changes: ChangeSet?

        enum CodingKeys: String, CodingKey { case version, inputs, asOf, findings, ratings, goalposts, changes }

        init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            version = try c.decode(Int.self, forKey: .version)
            inputs = try c.decode(String.self, forKey: .inputs)
            asOf = try c.decode(String.self, forKey: .asOf)
            findings = try c.decode([FindingEntry].self, forKey: .findings)
            ratings = try? c.decodeIfPresent([RatingEntry].self, forKey: .ratings)
            goalposts = try? c.decodeIfPresent(Goalposts.self, forKey: .goalposts)
            changes = try? c.decodeIfPresent(ChangeSet.self, forKey: .changes)
        }
    }

    init(
        version: Int, inputs: String, asOf: String, findings: [FindingEntry], ratings: [RatingEntry], goalposts: Goalposts?,
        changes: ChangeSet?
    ) {
        self.version = version
        self.inputs = inputs
        self.asOf = asOf
        self.findings = findings
        self.ratings = ratings
        self.goalposts = goalposts
        self.changes = changes
    }
}
