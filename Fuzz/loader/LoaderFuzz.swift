import FuzzChecks
import Foundation
import MissionKPI

/// libFuzzer harness for the YAML workspace loader (contracts, missions, departments, settings).
///
/// An input is one selector byte (which of the four files it replaces in a small valid workspace)
/// followed by the file's bytes. Beyond "no crash", every input must keep these properties:
/// - every diagnostic sits in a workspace file at line and column ≥ 1, on one line, quoting little;
/// - a contract, mission or department file that yields no model yields a diagnostic in that file;
/// - loading twice gives the same diagnostics;
/// - a clean workspace can be judged at any accepted day (assessment, alignment, a pipeline of up to
///   20 years), and the returns its contracts' edges call for are checked the same way whole and
///   streamed, and every row kept is stored by the tracker's schema.
@_cdecl("fuzz_loader_main")
public func fuzzLoaderMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    runFuzzer(argc, argv) { data, size in
        LoaderFuzz.one(UnsafeBufferPointer(start: data, count: size))
        return 0
    }
}

enum LoaderFuzz {
    static let paths = ["Contracts/dhsc/dhsc-2025-0142.yaml", "Missions/nhs.yaml", "Contracts/dhsc/department.yaml", "missionkpi.yaml"]
    static let probe = SchemaProbe()

    static func one(_ input: UnsafeBufferPointer<UInt8>) {
        guard let selector = input.first else { return }
        let path = paths[Int(selector) % paths.count]
        var files = LoaderWorkspace.files.mapValues { Array($0.utf8) }
        files[path] = Array(input.dropFirst())
        let result = WorkspaceLoader.load(contents: files, root: "", ruleCatalog: RuleRegistry.catalog)
        Checks.diagnostics(result.diagnostics, files: Set(files.keys))
        let ws = result.workspace
        let modelled: Bool? =
            switch Int(selector) % paths.count {
            case 0: ws.contracts.contains { $0.locations.file == path }
            case 1: ws.missions.contains { $0.locations.file == path }
            case 2: ws.departments.contains { $0.locations.file == path }
            default: nil
            }
        if modelled == false {
            require(result.diagnostics.contains { $0.location.file == path }, "\(path) gave no model and no diagnostic")
        }
        if input.count % 4 == 0 {
            let again = WorkspaceLoader.load(contents: files, root: "", ruleCatalog: RuleRegistry.catalog)
            require(again.diagnostics == result.diagnostics, "two loads of the same files differ")
        }
        if result.isClean { judge(ws, seed: input.reduce(0) { $0 &* 31 &+ Int($1) }) }
    }

    /// Judges a clean workspace at a day chosen from the input, and checks returns at its contracts' edges.
    static func judge(_ ws: Workspace, seed: Int) {
        // Any accepted day; near the first contract's start when a contract spans centuries (judging
        // thousands of annual assessments is correct but slow, and would starve the fuzzer).
        let long = ws.contracts.contains { $0.start.days(to: $0.end) > 100 * 366 }
        let (low, span) =
            long
            ? (ws.contracts[0].start.ordinal - 366, 3 * 366) : (Day.first.ordinal, Day.last.ordinal - Day.first.ordinal + 1)
        let asOf = Day(ordinal: max(Day.first.ordinal, low + (seed & 0x7FFF_FFFF) % span))
        let assessment = Assessor.assess(ws, observations: .empty, asOf: asOf)
        let report = AlignmentEngine.run(ws, assessment: assessment, asOf: asOf)
        let years = 1 + (seed >> 8 & 0xFF) % 20
        let pipeline = CommercialPipeline.build(ws, report: report, asOf: asOf, years: years)
        require(pipeline.years.count == years, "a pipeline of \(years) years has \(pipeline.years.count)")

        let fy = ws.settings.financialYearStart
        var csv = "contract,kpi,period,value\n"
        for c in ws.contracts {
            for day in [c.start, c.end] {
                let month = String(day.description.prefix(7))
                let quarter = "\(day.description.prefix(4))-Q\((day.month - 1) / 3 + 1)"
                let year = MonthDay.label(startYear: fy.financialYearStart(containing: day).year)
                for k in c.kpis {
                    for period in [month, quarter, year, "\(day)/\(day)"] { csv += "\(c.id),\(k.id),\(period),1\n" }
                }
            }
        }
        // Most forms do not suit a KPI's frequency, so the file has problems: the rows kept are checked.
        let validator = ReturnsValidator(workspace: ws)
        let file = validator.validate(Array(csv.utf8), path: "r.csv")
        require(Set(file.rows.map(\.row)).isDisjoint(with: file.diagnostics.map(\.location.line)), "a row both kept and reported")
        var streamedRows: [ReturnRow] = []
        let streamed = validator.validate(Array(csv.utf8), path: "r.csv", batchSize: 3) { batch, _ in
            streamedRows += batch
            return true
        }
        require(streamed.diagnostics == file.diagnostics && streamedRows == file.rows, "the streaming and whole-file checks disagree")
        if let refusal = probe.refusal(file.rows) { require(false, "the schema refuses a row the validator accepted: \(refusal)") }
    }
}
