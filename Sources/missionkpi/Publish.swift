import ArgumentParser
import MissionKPICommands

struct Publish: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Record the returns, validate, align, assess and write the site, Markdown reports and open data.",
        discussion: """
            Records the workspace's Contracts/*/returns/*.csv in the tracker (files recorded before are skipped), \
            then judges as at --as-of and writes a static HTML site (no scripts, no external requests), Markdown \
            reports for mission boards and departments, and CSV/JSON open data with a data dictionary to --out. \
            The same workspace and --as-of give byte-identical output. Files of an earlier publish that are no \
            longer produced are removed (those listed in --out/manifest.txt); nothing else in --out is touched. \
            The pages say what changed since the last review (the previous publish into --out, or the git \
            revision --since, judged as at its commit date). Findings do not fail the publish. Pages are written as they are rendered, on every core; a file \
            whose bytes are already there is left alone. Exit 0 when the site was written; 1 when a returns file \
            or the workspace had a problem (checked before anything is written) or when the output folder could \
            not be written (files written before the failure stay, the manifest and stale files are left as they \
            were; publish again once the folder is fixed).
            """
    )

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var console: ConsoleOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var published: PublishedOption
    @Option(help: ArgumentHelp("The folder to write the site to.", valueName: "dir")) var out: String = "Reports"
    @Option(help: ArgumentHelp("Compare with this git revision instead of the previous publish.", valueName: "rev")) var since: String?

    func run() throws {
        var request = try PublishRequest(
            place: workspace.place(database), asOf: try asOf.day(), out: out, since: since, publishedOn: try published.day(),
            recordedAt: Clock.timestamp())
        let progress = PublishProgressLine(enabled: !Console.quiet, live: ProgressLine.isInteractive)
        request.progress = progress.update
        let done = try Terminal.run { try PublishCommand.run(request, io: $0) }
        progress.clear()
        let (recorded, summary) = (done.recorded, done.site)
        Console.note(
            "recorded \(recorded.recordedFiles) returns file(s) (\(recorded.alreadyRecordedFiles) already recorded); published \(summary.pages) pages, \(summary.files) files, \(summary.bytes) bytes to \(out) as at \(request.asOf) (\(summary.written) written, \(summary.removed) removed)"
        )
    }
}
