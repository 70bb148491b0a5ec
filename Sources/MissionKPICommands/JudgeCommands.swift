import Foundation
import MissionKPI
import MissionKPIPublish

/// `missionkpi assess`: ratings, annual assessments, trajectories, roll-ups and watermelons.
public enum AssessCommand {
    /// The assessment as at `asOf`, cut to `scope`, in `format`; a usage error when the scope names an
    /// unknown contract or mission. Without a tracker every KPI shows "no returns", with a note.
    public static func run(_ place: Place, asOf: Day, scope: AssessmentScope, format: AssessmentFormat, io: any CommandIO) throws -> CommandResult {
        let (ws, read) = try Session.loadWithTracker(place, io: io)
        if let contract = scope.contract, ws.contract(contract) == nil {
            throw CommandError.usage(unknown("--contract", contract, "contract", ws.contracts.map(\.id)))
        }
        if let mission = scope.mission, ws.mission(mission) == nil {
            throw CommandError.usage(unknown("--mission", mission, "mission", ws.missions.map(\.id)))
        }
        let observations = try io.phase("read tracker") {
            try read.observations(io: io, note: "KPIs are shown without returns. Run 'missionkpi record' to record them.")
        }
        let assessment = io.phase("assess") { Assessor.assess(ws, observations: observations, published: read.published, asOf: asOf) }
        let text = io.phase("render") { AssessmentReport.render(assessment, workspace: ws, scope: scope, format: format) }
        Lifetime.keepUntilExit((ws, observations, assessment))
        return CommandResult(output: text)
    }
}

/// `missionkpi audit ownership`: who manages and owns each contract, with the ownership flags.
public enum AuditCommand {
    /// The audit in `format`; fails on an error-severity ownership finding (any, when `strict`) or a
    /// configuration error; a usage error for an unknown `department`.
    public static func run(
        _ place: Place, asOf: Day, department: String?, format: OwnershipFormat, strict: Bool, baseline: String?, io: any CommandIO
    ) throws -> CommandResult {
        let session = try Session.open(place, asOf: asOf, io: io)
        let ws = session.workspace
        if let department, ws.department(department) == nil {
            throw CommandError.usage(unknown("--department", department, "department", ws.departments.map(\.id)))
        }
        let known = try baseline.map { try BaselineFile.read($0, io: io) }
        let report = AlignmentEngine.run(ws, assessment: session.assessment, asOf: session.asOf, baseline: known, families: [.ownership])
        let audit = OwnershipAudit.build(ws, report: report, floor: ws.settings.publication.nameGradeFloor, department: department)
        for d in report.configurationErrors { io.message(d.description) }
        io.message(
            "audit ownership: \(audit.findings.count) finding(s) (\(SeverityWords.all(audit.findings))); \(audit.waived.count) waived; \(report.baselined.count) in the baseline")
        let fails = strict ? !audit.findings.isEmpty : audit.hasErrors
        return CommandResult(output: format.render(audit), failed: !report.configurationErrors.isEmpty || fails)
    }
}

/// `missionkpi pipeline`: contracts ending in the coming financial years, and the s.93 view.
public enum PipelineCommand {
    /// The pipeline over `years` financial years (default: the settings') in `format`; a usage error for
    /// an unknown `department`.
    public static func run(
        _ place: Place, asOf: Day, years: Int?, department: String?, format: PipelineFormat, io: any CommandIO
    ) throws -> CommandResult {
        let session = try Session.open(place, asOf: asOf, io: io)
        let ws = session.workspace
        if let department, ws.department(department) == nil {
            throw CommandError.usage(unknown("--department", department, "department", ws.departments.map(\.id)))
        }
        let report = AlignmentEngine.run(ws, assessment: session.assessment, asOf: session.asOf)
        let pipeline = CommercialPipeline.build(
            ws, report: report, asOf: session.asOf, years: years ?? ws.settings.pipeline.years, department: department)
        let ending = pipeline.years.reduce(0) { $0 + $1.entries.count }
        io.message(
            "pipeline: \(ending) contract(s) ending in \(pipeline.years.count) financial year(s); \(pipeline.s93.entries.count) in the s.93 view for \(pipeline.s93.label)")
        return CommandResult(output: format.render(pipeline))
    }
}

/// `missionkpi export ocds`: one OCDS release package of the contracts' KPIs and the UK9-ready ratings.
public enum ExportCommand {
    /// The package (written to `out`, or the output), with notes and a summary unless `quiet`.
    public static func ocds(_ place: Place, asOf: Day, out: String?, quiet: Bool, io: any CommandIO) throws -> CommandResult {
        let session = try Session.open(place, asOf: asOf, io: io)
        let export = io.phase("export") { OCDSExport.package(session.workspace, assessment: session.assessment, asOf: session.asOf) }
        if let out {
            do { try Data(export.json.utf8).write(to: URL(fileURLWithPath: out), options: .atomic) } catch {
                io.message("error: cannot write '\(out)': \(error.localizedDescription)")
                throw CommandError.failed
            }
        }
        if !quiet {
            for note in export.notes { io.message("note: " + note) }
            io.message(
                "exported \(export.contractReleases) contract release(s) and \(export.implementationReleases) UK9-ready implementation release(s) as at \(session.asOf)"
                    + (out.map { " to \($0)" } ?? ""))
        }
        return CommandResult(output: out == nil ? export.json : "")
    }
}

/// `--option 'value' is not a <noun> of the workspace; did you mean …`.
func unknown(_ option: String, _ value: String, _ noun: String, _ ids: [String]) -> String {
    "\(option) \(quoted: value) is not a \(noun) of the workspace\(Suggest.didYouMean(value, in: ids))"
}
