import MissionKPI
import MissionKPIPublish

/// The judging commands as library calls: each opens a `JudgeSession` (workspace, tracker, assessment),
/// runs its judgement and gives back what the CLI renders. `check` is the command line's own check of
/// the workspace (ids it names), run once the workspace is loaded; its error is thrown as it is.
public enum JudgeCommands {
    /// `align`: the alignment findings, against a baseline file when given.
    public static func align(_ place: Place, asOf: Day, baseline: String?, io: any CommandIO) throws -> (
        session: JudgeSession, report: AlignmentReport
    ) {
        let session = try JudgeSession.open(place, asOf: asOf, io: io)
        return (session, try session.align(baseline: baseline, io: io))
    }

    /// `assess`: the session itself (its assessment is what is shown); without a tracker, a note that
    /// KPIs are shown without returns.
    public static func assess(_ place: Place, asOf: Day, io: any CommandIO, check: (Workspace) throws -> Void) throws -> JudgeSession {
        try JudgeSession.open(place, asOf: asOf, io: io, noTracker: {
            "note: no tracker at '\($0)'; KPIs are shown without returns. Run 'missionkpi record' to record them."
        }, check: check)
    }

    /// `audit ownership`: the ownership rules' run and the audit built from it, for one department or all.
    public static func auditOwnership(
        _ place: Place, asOf: Day, department: String?, baseline: String?, io: any CommandIO, check: (Workspace) throws -> Void
    ) throws -> (report: AlignmentReport, audit: OwnershipAudit) {
        let session = try JudgeSession.open(place, asOf: asOf, io: io, check: check)
        let report = try session.align(baseline: baseline, families: [.ownership], io: io)
        let ws = session.workspace
        return (report, OwnershipAudit.build(ws, report: report, floor: ws.settings.publication.nameGradeFloor, department: department))
    }

    /// `pipeline`: the contracts ending in the next `years` financial years (default: the workspace's setting).
    public static func pipeline(
        _ place: Place, asOf: Day, department: String?, years: Int?, io: any CommandIO, check: (Workspace) throws -> Void
    ) throws -> CommercialPipeline {
        let session = try JudgeSession.open(place, asOf: asOf, io: io, check: check)
        let report = try session.align(baseline: nil, io: io)
        let ws = session.workspace
        return CommercialPipeline.build(ws, report: report, asOf: asOf, years: years ?? ws.settings.pipeline.years, department: department)
    }

    /// `export ocds`: the OCDS release package of the workspace as at `asOf`. Phase `export`.
    public static func exportOCDS(_ place: Place, asOf: Day, io: any CommandIO) throws -> OCDSExport.Result {
        let session = try JudgeSession.open(place, asOf: asOf, io: io)
        return io.phase("export") { OCDSExport.package(session.workspace, assessment: session.assessment, asOf: asOf) }
    }
}
