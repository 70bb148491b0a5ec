import ArgumentParser
import MissionKPI
import MissionKPIHistory
import MissionKPIPublish

struct Changes: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find the goalposts moved between two revisions of the workspace (lowered targets, dropped KPIs, …).",
        discussion: """
            Reads the workspace at --since (a git revision; git must be on PATH) or in the folder --against, and \
            at --until (default: the work tree as it is on disk), matches contracts, KPIs and milestones by id \
            (so files can move), and runs the changes rules ('missionkpi rules' lists them). Findings point at \
            the later workspace, in the formats of 'align'; settings, waivers and --baseline apply as there. \
            Git is only read: the work tree and index are never touched. Exit 0 when no error-severity finding \
            stands (with --strict: no finding at all), 1 otherwise or when a revision cannot be read, 64 for a \
            usage error.
            """
    )

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var console: ConsoleOptions
    @OptionGroup var asOf: AsOfOption
    @Option(help: ArgumentHelp("The earlier git revision (a commit, tag or branch).", valueName: "rev")) var since: String?
    @Option(help: ArgumentHelp("The later git revision (default: the work tree).", valueName: "rev")) var until: String?
    @Option(help: ArgumentHelp("Compare with the workspace in this folder instead of a revision.", valueName: "path")) var against: String?
    @Option(help: "Output format: text, json, csv, markdown, sarif or github.") var format: FindingsFormat = .text
    @Flag(help: "Fail on any standing finding, not only on errors.") var strict = false
    @Option(help: ArgumentHelp("Fail only on findings not recorded in this baseline file.", valueName: "file")) var baseline: String?

    func validate() throws {
        guard (since == nil) != (against == nil) else { throw ValidationError("give one of --since REV or --against PATH") }
        if against != nil && until != nil {
            throw ValidationError("--until applies to --since; with --against the later side is --workspace")
        }
    }

    func run() throws {
        let day = try asOf.day()
        let earlier: WorkspaceHistory.Source = since.map { .revision($0) } ?? .folder(against ?? "")
        let changes: ChangesReport
        do {
            changes = try ChangesRun.run(
                root: workspace.root, earlier: earlier, later: until.map { .revision($0) } ?? .workTree, asOf: day, baseline: baseline)
        } catch {
            Console.error("error: \(error)")
            throw ExitCode(1)
        }
        let rendered = format.render(changes.report, workspace: changes.workspace)
        if format == .text { Console.outDiagnostics(rendered) } else { Console.out(rendered) }
        for d in changes.report.configurationErrors { Console.error(d.description) }
        Console.note(ChangesText.summary(changes.report, from: changes.earlier, to: changes.later))
        if !changes.report.configurationErrors.isEmpty || changes.report.fails(strict: strict) { throw ExitCode(1) }
    }
}
