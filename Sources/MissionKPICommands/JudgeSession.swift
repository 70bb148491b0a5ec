import MissionKPI
import MissionKPIStore

/// What the judging commands (align, assess, audit, pipeline, export) start from: the validated
/// workspace, the tracker's observations and published assessments, their assessment and the as-of day.
/// Kept until the process exits (`Lifetime`): a national session is large and freeing it costs time.
///
/// ```swift
/// let session = try JudgeSession.open(Place(workspace: "."), asOf: day, io: terminal)
/// let report = session.align(baseline: nil, io: terminal)
/// ```
public struct JudgeSession: Sendable {
    public var workspace: Workspace
    public var observations: ObservationSet
    /// The published (UK9) assessments the tracker holds.
    public var published: [PublishedAssessment]
    public var assessment: Assessment
    public var asOf: Day

    /// The default note when the workspace has no tracker yet.
    public static func noTrackerNote(_ path: String) -> String {
        "note: no tracker at '\(path)'; judging without KPI returns. Run 'missionkpi record' to record them."
    }

    /// Loads the workspace (failing with its problems), checks it (`check`: the ids the command line
    /// names; its error is thrown as it is), reads the tracker on another core meanwhile, and assesses.
    /// A missing default tracker means no observations (with `noTracker`'s note); a missing `--db` file is
    /// an error. The tracker is opened read-only: never created, migrated or written here. Phases: load,
    /// read tracker, assess.
    public static func open(
        _ place: Place, asOf: Day, io: any CommandIO, noTracker: (String) -> String = noTrackerNote,
        check: (Workspace) throws -> Void = { _ in }
    ) throws -> JudgeSession {
        let read = TrackerRead(place)
        let ws = try place.loadWorkspace(io: io)
        try check(ws)
        let observations = try io.phase("read tracker") { try read.observations(io: io, note: noTracker) }
        let published = read.published
        let assessment = io.phase("assess") { Assessor.assess(ws, observations: observations, published: published, asOf: asOf) }
        let session = JudgeSession(workspace: ws, observations: observations, published: published, assessment: assessment, asOf: asOf)
        Lifetime.keepUntilExit(session)
        return session
    }

    /// The alignment findings as at the session's date, measured against `baseline` (a path written by
    /// `align --write-baseline`; an unreadable one fails the command). Phase `align`; kept until exit.
    public func align(baseline: String?, families: Set<RuleFamily>? = nil, io: any CommandIO) throws -> AlignmentReport {
        let known = try baseline.map { path in try orFail(io, describe: { "\($0)" }) { try FindingBaseline.read(path) } }
        let report = io.phase("align") {
            AlignmentEngine.run(workspace, assessment: assessment, asOf: asOf, baseline: known, families: families)
        }
        Lifetime.keepUntilExit(report)
        return report
    }
}
