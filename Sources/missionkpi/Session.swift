import ArgumentParser
import MissionKPI
import MissionKPIStore

/// What the judging subcommands (align, assess, audit, pipeline, publish) start from: the validated
/// workspace, the tracker's observations, their assessment and the as-of day.
///
/// ```swift
/// let session = try Session.open(workspace: workspace, db: database, asOf: asOf)
/// let report = AlignmentEngine.run(session.workspace, assessment: session.assessment, asOf: session.asOf)
/// ```
struct Session {
    var workspace: Workspace
    var observations: ObservationSet
    var assessment: Assessment
    var asOf: Day

    /// Parses `--as-of` (a bad date is a usage error, exit 64), loads the workspace (exit 1 with its
    /// diagnostics when it has problems), reads the tracker and assesses. A missing default tracker means
    /// no observations (with a note); a missing `--db` file is an error. The tracker is never created here.
    static func open(workspace: WorkspaceOptions, db: DatabaseOptions, asOf: AsOfOption) throws -> Session {
        let day = try asOf.day()
        let ws = try loadWorkspaceOrExit(workspace)
        let observations = try PhaseTimer.measure("read tracker") { try readObservations(workspace: workspace, db: db) }
        let assessment = PhaseTimer.measure("assess") { Assessor.assess(ws, observations: observations, asOf: day) }
        return Session(workspace: ws, observations: observations, assessment: assessment, asOf: day)
    }

    /// The tracker's observations, or an empty set when there is no tracker at the default path.
    static func readObservations(workspace: WorkspaceOptions, db: DatabaseOptions) throws -> ObservationSet {
        let path = db.path(workspace)
        if db.db == nil && !Tracker.exists(at: path) {
            Console.error("note: no tracker at '\(path)'; judging without KPI returns. Run 'missionkpi record' to record them.")
            return .empty
        }
        let tracker = try db.open(workspace, create: false)
        do {
            return try tracker.observationSet()
        } catch {
            Console.error("error: \(error.localizedDescription)")
            throw ExitCode(1)
        }
    }
}
