import ArgumentParser
import Foundation
import MissionKPI
import MissionKPIPublish

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check that the workspace's YAML files are well formed and consistent.",
        discussion: "Lists every problem as path:line:col: error: message, then a summary. Exit 0 when clean, 1 otherwise."
    )

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var console: ConsoleOptions
    @Option(help: "Output format: text or json.") var format: DiagnosticsFormat = .text

    func run() throws {
        let result: LoadResult
        do {
            result = try WorkspaceLoader.load(at: workspace.root, ruleCatalog: RuleRegistry.catalog)
        } catch {
            Console.error("error: \(error.localizedDescription)")
            throw ExitCode(1)
        }
        let ws = result.workspace
        let summary = result.isClean
            ? "ok: \(result.fileCount) files, \(ws.missions.count) missions, \(ws.departments.count) departments, \(ws.contracts.count) contracts, \(ws.contracts.reduce(0) { $0 + $1.kpis.count }) KPIs; no problems"
            : "\(result.diagnostics.count) error(s) in \(Set(result.diagnostics.map(\.location.file)).count) file(s) of \(result.fileCount)"
        let text = format.render(result.diagnostics, fileCount: result.fileCount)
        if format == .text { Console.outDiagnostics(text) } else { Console.out(text) }
        Console.note(summary)
        if !result.isClean { throw ExitCode(1) }
    }
}

extension DiagnosticsFormat: ExpressibleByArgument {}
