import ArgumentParser
import MissionKPICommands
import MissionKPI
import MissionKPIPublish

struct Pipeline: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the contracts ending in each of the next financial years, and the s.93 pipeline-notice view.",
        discussion: """
            For the financial year containing --as-of and the ones after it (--years, default pipeline.years), \
            lists the contracts ending in each with their value, the missions they serve, their alignment score \
            and findings — the moments to re-procure with better KPIs — then the contracts over £2m whose \
            procurement starts in the coming financial year (Procurement Act 2023 s.93; Documentation/Pipeline.md). \
            Exit 0 when the pipeline was produced, 1 when the workspace or tracker could not be read, 64 for a usage error.
            """
    )

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var console: ConsoleOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var asOf: AsOfOption
    @Option(help: ArgumentHelp("How many financial years to cover, 1 to 20 (default: pipeline.years, 3).", valueName: "n")) var years: Int?
    @Option(help: ArgumentHelp("Show only this department.", valueName: "id")) var department: String?
    @Option(help: "Output format: text, json, csv or markdown.") var format: PipelineFormat = .text

    func validate() throws {
        if let years, !(1...20).contains(years) { throw ValidationError("--years \(years) must be between 1 and 20") }
    }

    func run() throws {
        let day = try asOf.day()
        let pipeline = try Terminal.run {
            try JudgeCommands.pipeline(
                workspace.place(database), asOf: day, department: department, years: years, io: $0,
                check: { try KnownIDs.department(department, in: $0) })
        }
        Console.out(format.render(pipeline))
        let ending = pipeline.years.reduce(0) { $0 + $1.entries.count }
        Console.note("pipeline: \(ending) contract(s) ending in \(pipeline.years.count) financial year(s); \(pipeline.s93.entries.count) in the s.93 view for \(pipeline.s93.label)")
    }
}

extension PipelineFormat: ExpressibleByArgument {}
