import ArgumentParser
import MissionKPI
import MissionKPIImport

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import contracts, KPIs and published assessments from elsewhere.", subcommands: [ImportOCDS.self])
}

struct ImportOCDS: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ocds",
        abstract: "Import Find a Tender OCDS notices: contracts with their KPIs, and published UK9 assessments.",
        discussion: """
            Reads release packages, record packages and JSON Lines of releases (files, or folders of .json, \
            .jsonl and .ndjson files), merges the releases of each contracting process newest first, and writes \
            one contract file per OCDS contract with KPIs, a KPI exemption or published assessments under \
            Contracts/<department>/, creating a department for a buyer no department claims (by ocds_party). \
            A field you changed since the last import is kept (the import says so). Published assessments go \
            to the tracker. All or nothing: on any error nothing is written. Exit 0 on success, 1 on an error. \
            See Documentation/OCDS.md.
            """)

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var console: ConsoleOptions
    @Argument(help: ArgumentHelp("OCDS files, or folders holding them.", valueName: "file-or-folder")) var paths: [String]

    func run() throws {
        let report: ImportReport
        do {
            let (address, isDefault) = try database.address(workspace)  // --db, tracker.url, or the workspace's file
            var options = ImportOptions(workspace: workspace.root, tracker: isDefault ? nil : address.description)
            if PhaseTimer.enabled { options.timings = { Console.error("timing: \($0) \(String(format: "%.3f", $1)) s") } }
            report = try OCDSImporter.run(paths: paths, options: options)
        } catch let e as OCDSInputError {
            Console.error(e.description)
            Console.error("nothing was imported; the workspace and the tracker are as they were")
            throw ExitCode(1)
        } catch let e as ImportError {
            for d in e.diagnostics.prefix(50) { Console.error(d.description) }
            Console.error("error: " + (e.errorDescription ?? "the import failed"))
            throw ExitCode(1)
        }
        for line in report.lines { Console.note(line) }
        Console.note(report.summary)
    }
}
