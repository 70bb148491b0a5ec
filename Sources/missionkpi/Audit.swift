import ArgumentParser
import MissionKPICommands
import Foundation
import MissionKPI
import MissionKPIPublish

struct Audit: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Audit who manages and owns the contracts.",
        subcommands: [AuditOwnership.self]
    )
}

struct AuditOwnership: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ownership",
        abstract: "Each contract's manager and senior responsible owner, the ownership flags and the specialist figures.",
        discussion: """
            Runs the ownership rules ('missionkpi rules' lists them) with the settings, waivers and baseline \
            'align' uses, and shows per department who manages and owns each contract in force, the share of \
            value and of high-value contracts managed by commercial specialists, the spread by accreditation \
            and the most loaded managers. Names are shown only at or above publication.name_grade_floor \
            (Documentation/Ownership.md). Exit 0 when no error-severity ownership finding stands (with --strict: \
            none at all), 1 otherwise, 64 for a usage error.
            """
    )

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var console: ConsoleOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var asOf: AsOfOption
    @Option(help: ArgumentHelp("Show only this department.", valueName: "id")) var department: String?
    @Option(help: "Output format: text, json, csv or markdown.") var format: OwnershipFormat = .text
    @Flag(help: "Fail on any standing ownership finding, not only on errors.") var strict = false
    @Option(help: ArgumentHelp("Fail only on findings not recorded in this baseline file (from 'align --write-baseline').", valueName: "file"))
    var baseline: String?

    func run() throws {
        let day = try asOf.day()
        let (report, audit) = try Terminal.run {
            try JudgeCommands.auditOwnership(
                workspace.place(database), asOf: day, department: department, baseline: baseline, io: $0,
                check: { try KnownIDs.department(department, in: $0) })
        }
        Console.out(format.render(audit))
        for d in report.configurationErrors { Console.error(d.description) }
        Console.note("audit ownership: \(audit.findings.count) finding(s) (\(SeverityWords.all(audit.findings))); \(audit.waived.count) waived; \(report.baselined.count) in the baseline")
        let fails = strict ? !audit.findings.isEmpty : audit.hasErrors
        if !report.configurationErrors.isEmpty || fails { throw ExitCode(1) }
    }
}

extension OwnershipFormat: ExpressibleByArgument {}
