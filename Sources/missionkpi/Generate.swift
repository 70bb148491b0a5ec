import ArgumentParser
import Foundation
import MissionKPI
import MissionKPIGenerator

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a synthetic workspace of any size, for tests, demos and benchmarks.",
        discussion: """
            The same --contracts and --seed always give byte-identical files. The workspace loads and records \
            clean, and carries a realistic share of the problems the alignment rules look for. \
            See Documentation/Generator.md.
            """
    )

    @Option(help: "How many contracts to write.") var contracts: Int
    @Option(help: "The seed; the same seed gives the same files.") var seed: UInt64 = 1
    @Option(help: ArgumentHelp("The folder to write the workspace into (created if needed).", valueName: "dir")) var out: String
    @Option(help: "Months of returns, ending with --end-month.") var months: Int = 24
    @Option(help: "Mean KPIs per contract (3 to 10).") var kpisPerContract: Int = 6
    @Option(help: ArgumentHelp("The last month with returns (YYYY-MM).", valueName: "month")) var endMonth: String = "2026-10"
    @Flag(help: "Replace missionkpi.yaml, Missions/ and Contracts/ if the folder already has them.") var force = false
    @OptionGroup var console: ConsoleOptions

    func run() throws {
        var options = GeneratorOptions(contracts: contracts, seed: seed)
        options.months = months
        options.kpisPerContract = kpisPerContract
        guard let end = Day(parsing: endMonth + "-01") else {
            throw ValidationError("--end-month \(quoted: endMonth) is not a month written YYYY-MM (e.g. 2026-10)")
        }
        options.endMonth = end
        if let problem = options.problem { throw ValidationError(problem) }
        do {
            let s = try WorkspaceGenerator.write(options, to: out, replacing: force)
            Console.note("wrote \(out): \(s.missions) missions, \(s.departments) departments, \(s.people) people, \(s.contracts) contracts, \(s.kpis) KPIs, \(s.returnRows) return rows in \(s.returnFiles) CSV files (\(s.files) files, \(CLIText.mebibytes(s.bytes)))")
        } catch {
            Console.error("error: \(error.description)")
            throw ExitCode(1)
        }
    }
}
