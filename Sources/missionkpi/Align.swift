import ArgumentParser
import MissionKPICommands
import Foundation
import MissionKPI
import MissionKPIPublish

struct Align: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check that contract KPIs are aligned with the missions they serve.",
        discussion: """
            Runs every rule ('missionkpi rules' lists them; 'missionkpi explain RULE' says why) with the settings \
            of missionkpi.yaml, applies the waivers written in the contracts and an optional baseline, and scores \
            each contract and mission (Documentation/Alignment.md). Findings go to standard output (or --output), \
            the summary to standard error. Exit 0 when no error-severity finding stands (with --strict: no finding \
            at all), 1 otherwise or when the configuration has errors, 64 for a usage error.
            """
    )

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var console: ConsoleOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var asOf: AsOfOption
    @Option(help: "Output format: text, json, csv, markdown, sarif or github (GitHub Actions annotations).") var format: FindingsFormat = .text
    @Flag(help: "Fail on any standing finding, not only on errors.") var strict = false
    @Option(help: ArgumentHelp("Fail only on findings not recorded in this baseline file.", valueName: "file")) var baseline: String?
    @Option(help: ArgumentHelp("Record today's findings (waived ones excepted) in this file.", valueName: "file")) var writeBaseline:
        String?
    @Option(help: ArgumentHelp("Write the findings to this file instead of standard output.", valueName: "file")) var output: String?

    func run() throws {
        let day = try asOf.day()
        let (session, report) = try Terminal.run { try JudgeCommands.align(workspace.place(database), asOf: day, baseline: baseline, io: $0) }
        if let writeBaseline {
            let text = FindingBaseline(findings: report.findings + report.baselined).json()
            try CLIFiles.write(text, to: writeBaseline, what: "the baseline")
            Console.note("wrote \(report.findings.count + report.baselined.count) finding(s) to the baseline '\(writeBaseline)'")
        }
        let rendered = PhaseTimer.measure("render") { format.render(report, workspace: session.workspace) }
        if let output { try CLIFiles.write(rendered, to: output, what: "the findings") } else if format == .text {
            Console.outDiagnostics(rendered)
        } else {
            Console.out(rendered)
        }
        for d in report.configurationErrors { Console.error(d.description) }
        Console.note(String(FindingsText.summary(report).dropLast()))
        if !report.configurationErrors.isEmpty || report.fails(strict: strict) { throw ExitCode(1) }
    }
}

extension FindingsFormat: ExpressibleByArgument {}
