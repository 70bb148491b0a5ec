import MissionKPI

/// An earlier revision of the workspace that a publish compares with instead of its previous snapshot
/// (`publish --since REV`): the workspace as it was, words for it, and the date it is judged as at.
///
/// ```swift
/// let basis = ReviewBasis(workspace: then, label: "v1 (3f12975, 2026-08-24)", asOf: Day(parsing: "2026-08-24")!)
/// try Publisher.publish(now, observations: set, asOf: day, to: "Reports", since: basis)
/// ```
public struct ReviewBasis: Sendable {
    /// The earlier workspace.
    public var workspace: Workspace
    /// What it is, in words (a revision and its commit).
    public var label: String
    /// The date its findings and ratings are judged as at (returns for later periods do not count).
    public var asOf: Day

    /// An earlier revision to compare with.
    public init(workspace: Workspace, label: String, asOf: Day) {
        self.workspace = workspace
        self.label = label
        self.asOf = asOf
    }

    /// What a publish of the earlier workspace as at `asOf` would have recorded, with these returns (texts
    /// redacted with the earlier workspace's people and then `redactor`'s, the current ones).
    func snapshot(observations: ObservationSet, redactor: Redactor) -> Snapshot {
        let assessment = Assessor.assess(workspace, observations: observations, asOf: asOf)
        let alignment = AlignmentEngine.run(workspace, assessment: assessment, asOf: asOf)
        let earlier = Redactor(workspace)
        let redact = { (text: String) in redactor.text(earlier.text(text)) }
        var findings = SiteReport.redacted(alignment.findings, earlier)
        findings = SiteReport.redacted(findings, redactor)
        return Snapshot(
            inputs: "", asOf: asOf, findings: findings, assessment: assessment, goalposts: Goalposts(workspace).mapText(redact),
            changes: .first)
    }
}

/// Compares this publish with an earlier review: runs the changes rules against the earlier goalposts and
/// places every change in its department and missions.
struct Review {
    var workspace: Workspace
    var assessment: Assessment
    var asOf: Day
    var redactor: Redactor
    var current: Snapshot

    /// The changes since `previous` (`since` says what it was, in words).
    func compare(with previous: Snapshot, since: String) -> ChangeSet {
        var goalposts: [Finding] = []
        if let before = previous.goalposts {
            // The goalposts were kept with names redacted: the workspace is compared the same way.
            let now = workspace.mapGoalpostText(redactor.text)
            let moved = AlignmentEngine.run(now, assessment: assessment, asOf: asOf, families: [.changes], previous: before)
            goalposts = SiteReport.redacted(moved.findings, redactor)
        }
        let scope = Scoper(workspace: workspace, earlier: previous.goalposts)
        return ChangeSet.compare(
            previous: previous, since: redactor.text(since), current: current, goalposts: goalposts, scope: scope.scope)
    }
}

/// Which department and missions a finding's or rating's subject belongs to, now or in the earlier review
/// (so a contract that left a mission, or left the workspace, still shows where it was).
struct Scoper {
    var departmentOf: [String: String] = [:]
    var missionsOf: [String: Set<String>] = [:]
    var missions: Set<String>
    var departments: Set<String>

    init(workspace: Workspace, earlier: Goalposts?) {
        missions = Set(workspace.missions.map(\.id))
        departments = Set(workspace.departments.map(\.id))
        for c in earlier?.contracts ?? [] {
            departmentOf[c.id] = c.department
            let measured = c.kpis.compactMap { $0.measures?.split(separator: "/").first.map(String.init) }
            missionsOf[c.id, default: []].formUnion(
                c.contributesTo.compactMap { $0.split(separator: "/").first.map(String.init) } + measured)
        }
        for c in workspace.contracts {
            departmentOf[c.id] = c.department
            missionsOf[c.id, default: []].formUnion(c.contributesTo.map(\.node.mission) + c.kpis.compactMap { $0.measures?.mission })
        }
        for m in earlier?.milestones ?? [] { missions.insert(m.mission) }
    }

    func scope(_ e: Snapshot.FindingEntry) -> ChangeSet.Scope {
        let owner = String(e.subject.prefix { $0 != "/" })
        switch e.kind {
        case "contract"?, "kpi"?: return contract(owner)
        case "mission"?: return ChangeSet.Scope(department: nil, missions: [owner])
        case "department"?: return ChangeSet.Scope(department: owner, missions: [])
        case "workspace"?: return ChangeSet.Scope(department: nil, missions: [])
        default:  // a version 1 snapshot did not say: a contract, else a mission, else a department
            if departmentOf[owner] != nil { return contract(owner) }
            if missions.contains(owner) { return ChangeSet.Scope(department: nil, missions: [owner]) }
            return ChangeSet.Scope(department: departments.contains(owner) ? owner : nil, missions: [])
        }
    }

    func contract(_ id: String) -> ChangeSet.Scope {
        ChangeSet.Scope(department: departmentOf[id], missions: (missionsOf[id] ?? []).sorted())
    }
}
