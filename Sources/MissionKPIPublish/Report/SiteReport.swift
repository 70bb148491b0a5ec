import MissionKPI

/// Everything a publish shows, judged once: the workspace, its returns, the assessment, the alignment
/// report, the ownership audit, the commercial pipeline and the changes since the previous publish.
/// Pages and data files are views of this; none of them judges anything itself.
///
/// ```swift
/// let report = SiteReport.build(workspace, observations: set, asOf: day, previous: nil)
/// report.findings(contract: "dhsc-2025-0142").count
/// ```
public struct SiteReport: Sendable {
    /// The validated workspace.
    public var workspace: Workspace
    /// Every KPI return, current and superseded versions.
    public var observations: ObservationSet
    /// The date every judgement is made at.
    public var asOf: Day
    /// The date the site is published (`publish --published`; the as-of date unless given).
    public var publishedOn: Day
    /// Ratings, trajectories, roll-ups, annual assessments, watermelons.
    public var assessment: Assessment
    /// The alignment engine's findings (as found; pages redact their text) and scores.
    public var alignment: AlignmentReport
    /// Who manages and owns each contract in force.
    public var audit: OwnershipAudit
    /// Contracts ending in the coming financial years.
    public var pipeline: CommercialPipeline
    /// Each contract's and mission's verdict: alignment, performance, data, outcomes, management.
    public var verdicts: Verdicts
    /// Who must act, on what, by when.
    public var actions: ActionPlan
    /// What changed since the last review (the previous publish, or `publish --since REV`).
    public var changes: ChangeSet
    /// What this publish saw, for the next one.
    public var snapshot: Snapshot
    /// Replaces the names of people below the grade floor in any text taken from the workspace.
    public var redactor: Redactor
    /// `Workspace.contentHash`: the YAML inputs.
    public var inputsHash: String
    /// A SHA-256 over every version of every return used.
    public var returnsHash: String
    /// The assessments authorities published in UK9 notices (from the tracker), sorted.
    public var published: [PublishedAssessment] = []
    /// Each supplier's record across departments.
    var suppliers: SupplierRecords
    /// The review of imported KPIs (empty when no contract was imported).
    public var kpiReview = KPIReview()

    private var findingsByContract: [String: [Finding]] = [:]
    private var waivedByContract: [String: [Finding]] = [:]
    private var findingsByMission: [String: [Finding]] = [:]
    private var findingsByDepartment: [String: [Finding]] = [:]
    private var findingsOnWorkspace: [Finding] = []
    /// Each department's contracts in workspace order, and the review page of each contract of a
    /// department reviewed on numbered pages.
    private var contractsByDepartment: [String: [Contract]] = [:]
    private var reviewPage: [String: Int] = [:]
    /// Where each contract's score is in `alignment.scores.contracts` (a lookup there is a linear search).
    private var scoreIndex: [String: Int] = [:]

    /// Judges the workspace as at `asOf` and compares with the last review: `since` (an earlier revision of
    /// the workspace) when given, else the previous publish's snapshot, if any, whatever its date or inputs.
    /// `publishedOn` (default: `asOf`) is the publication date the site states.
    public static func build(
        _ ws: Workspace, observations: ObservationSet, asOf: Day, previous: Snapshot?, since: ReviewBasis? = nil,
        published: [PublishedAssessment] = [], publishedOn: Day? = nil
    ) -> SiteReport {
        let assessment = Assessor.assess(ws, observations: observations, published: published, asOf: asOf)
        let alignment = AlignmentEngine.run(ws, assessment: assessment, asOf: asOf)
        let floor = ws.settings.publication.nameGradeFloor
        let audit = OwnershipAudit.build(ws, report: alignment, floor: floor)
        let pipeline = CommercialPipeline.build(ws, report: alignment, asOf: asOf, years: ws.settings.pipeline.years)
        let verdicts = Verdicts.judge(ws, assessment: assessment, alignment: alignment)
        let actions = ActionPlan.build(ws, assessment: assessment, alignment: alignment)
        let redactor = Redactor(ws)
        let returnsHash = Self.returnsHash(observations)
        // Published assessments count among the inputs when there are any (none leaves the hash as it was).
        let publishedPart = published.isEmpty ? "" : "\n" + Self.publishedHash(published)
        let inputs = SHA256.hex(Array("\(ws.contentHash)\n\(returnsHash)\n\(asOf)\n\(MissionKPIVersion.current)\(publishedPart)".utf8))
        let redacted = Self.redacted(alignment.findings, redactor)
        let goalposts = Goalposts(ws).mapText(redactor.text)
        var snapshot = Snapshot(
            inputs: inputs, asOf: asOf, findings: redacted, assessment: assessment, goalposts: goalposts, changes: .first)
        let review = Review(workspace: ws, assessment: assessment, asOf: asOf, redactor: redactor, current: snapshot)
        var changes = ChangeSet.first
        if let since {
            changes = review.compare(with: since.snapshot(observations: observations, redactor: redactor), since: since.label)
        } else if let previous {
            // Compared with the previous publish into the folder whatever its date or inputs: re-publishing
            // the same inputs says nothing changed, rather than repeating what the last publish said.
            changes = review.compare(with: previous, since: "the publish as at \(previous.asOf)")
        }
        snapshot.changes = changes
        var report = SiteReport(
            workspace: ws, observations: observations, asOf: asOf, publishedOn: publishedOn ?? asOf, assessment: assessment,
            alignment: alignment, audit: audit, pipeline: pipeline, verdicts: verdicts, actions: actions, changes: changes,
            snapshot: snapshot, redactor: redactor, inputsHash: ws.contentHash, returnsHash: returnsHash, published: published.sorted(),
            suppliers: SupplierRecords(ws, assessment: assessment, published: published.sorted()))
        report.index(redacted, waived: alignment.waived)
        report.kpiReview = KPIReview.build(ws)
        for c in ws.contracts { report.contractsByDepartment[c.department, default: []].append(c) }
        for (i, score) in alignment.scores.contracts.enumerated() where report.scoreIndex[score.subject] == nil {
            report.scoreIndex[score.subject] = i
        }
        for (_, own) in report.contractsByDepartment where own.count > Paging.pageSize {
            for (i, c) in own.enumerated() { report.reviewPage[c.id] = Paging.page(ofIndex: i) }
        }
        return report
    }

    /// Findings with the names of people below the grade floor redacted from their message and fix.
    static func redacted(_ findings: [Finding], _ redactor: Redactor) -> [Finding] {
        findings.map { f in
            var f = f
            f.message = redactor.text(f.message)
            f.fix = redactor.text(f.fix)
            return f
        }
    }

    private mutating func index(_ findings: [Finding], waived: [Finding]) {
        for f in findings {
            switch f.subject.kind {
            case .contract, .kpi: findingsByContract[f.subject.owner, default: []].append(f)
            case .mission: findingsByMission[f.subject.owner, default: []].append(f)
            case .department: findingsByDepartment[f.subject.owner, default: []].append(f)
            case .workspace: findingsOnWorkspace.append(f)
            }
        }
        for f in waived { if let c = f.subject.contractID { waivedByContract[c, default: []].append(f) } }
    }

    /// Standing findings (redacted) on a contract or its KPIs, sorted.
    public func findings(contract: String) -> [Finding] { findingsByContract[contract] ?? [] }
    /// Findings on a contract suppressed by a waiver.
    public func waived(contract: String) -> [Finding] { waivedByContract[contract] ?? [] }
    /// Standing findings on a mission itself (its nodes and milestones).
    public func findings(mission: String) -> [Finding] { findingsByMission[mission] ?? [] }
    /// Standing findings on a department itself or its people.
    public func findings(department: String) -> [Finding] { findingsByDepartment[department] ?? [] }
    /// Standing findings on the workspace as a whole (settings).
    public var workspaceFindings: [Finding] { findingsOnWorkspace }
    /// Every standing finding, redacted, sorted.
    public var allFindings: [Finding] {
        (findingsByContract.values.flatMap { $0 } + findingsByMission.values.flatMap { $0 } + findingsByDepartment.values.flatMap { $0 }
            + workspaceFindings).sorted()
    }

    /// A contract's alignment score (the first listed for it, as `AlignmentScores.contract` gives).
    public func score(contract id: String) -> AlignmentScores.Score? { scoreIndex[id].map { alignment.scores.contracts[$0] } }

    /// A department's contracts, in workspace order.
    public func contracts(department: String) -> [Contract] { contractsByDepartment[department] ?? [] }

    /// The department review page that shows a contract (its own numbered page in a large department).
    func reviewHref(_ c: Contract, root: String) -> String {
        guard let n = reviewPage[c.id] else { return Href.department(c.department, root: root) }
        return root + "departments/" + c.department + "/page-\(n).html"
    }

    /// The contracts evidencing or contributing to a mission, by id.
    public func contracts(mission: String) -> [Contract] {
        (assessment.mission(mission)?.contracts ?? []).compactMap { workspace.contract($0) }
    }

    /// A SHA-256 over the published assessments (every field, in their sorted order).
    static func publishedHash(_ items: [PublishedAssessment]) -> String {
        var h = SHA256()
        for a in items.sorted() {
            let fields = [
                a.contract, a.kpi, a.periodText, a.periodStart.description, a.periodEnd.description, a.measure ?? "",
                a.classification.rawValue, a.classificationDescription ?? "", a.release, a.releaseDate, a.noticeType,
            ]
            h.update(Array((fields.joined(separator: "\u{0}") + "\n").utf8))
        }
        return h.finalizeHex()
    }

    /// A SHA-256 over every version of every return (not when or from where it was recorded).
    static func returnsHash(_ set: ObservationSet) -> String {
        var h = SHA256()
        var line: [UInt8] = []  // one reused buffer: a national tracker has over a million returns
        line.reserveCapacity(256)
        for key in set.keys {
            let current = set.current(contract: key.contract, kpi: key.kpi)
            let older = set.superseded(contract: key.contract, kpi: key.kpi)
            // `current` is in period order, a version each: only corrections need sorting in.
            let all = older.isEmpty ? current : (current + older).sorted { ($0.period, $0.version) < ($1.period, $1.version) }
            for o in all {
                line.removeAll(keepingCapacity: true)
                line += o.contract.utf8
                line.append(0)
                line += o.kpi.utf8
                line.append(0)
                line += o.period.text.utf8
                line.append(0)
                line += String(o.version).utf8
                line.append(0)
                line += fmt(o.value).utf8
                line.append(0)
                if let note = o.note { line += note.utf8 }
                line.append(0x0A)
                h.update(line)
            }
        }
        return h.finalizeHex()
    }
}
