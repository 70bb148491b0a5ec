import Foundation
import MissionKPI

/// Writes a valid synthetic workspace of any size: missions with theories of change, departments with
/// people, contracts with 3–10 KPIs (and a realistic share of problems for the rules to find), and
/// monthly KPI returns. The same options always give byte-identical files.
///
/// Departments are generated in parallel and written as they are made, so memory stays small at any size.
///
/// ```swift
/// var options = GeneratorOptions(contracts: 1_000, seed: 7)
/// let summary = try WorkspaceGenerator.write(options, to: "/tmp/ws")
/// summary.returnRows   // ≈ 1,000 × 6 × 24
/// ```
public enum WorkspaceGenerator {
    /// Bumped whenever the output for given options changes, so cached workspaces can be told apart.
    public static let formatVersion = 2

    /// Writes the workspace into `root` (created if needed). Refuses a folder that already holds
    /// `missionkpi.yaml`, `Missions/` or `Contracts/` unless `replacing` is true, in which case those
    /// (and only those) are removed first.
    public static func write(_ options: GeneratorOptions, to root: String, replacing: Bool = false) throws(GeneratorError) -> GeneratorSummary {
        if let problem = options.problem { throw .invalidOptions(problem) }
        try prepare(root, replacing: replacing)
        var summary = GeneratorSummary()
        let missions = (0..<options.missionCount).map { MissionPlan(index: $0, seed: options.seed) }
        try FileOutput.write(settings(options).bytes, to: root + "/missionkpi.yaml", &summary)
        for m in missions {
            try FileOutput.write(MissionWriter.render(m, seed: options.seed, endMonth: options.endMonth).bytes, to: root + "/Missions/\(m.id).yaml", &summary)
        }
        summary.missions = missions.count
        let departments = DepartmentPlan.plan(options)
        let planner = ContractPlanner(options: options, missions: missions, departments: departments)
        let results = Parallel.map(departments, minimumChunk: 1) { d in
            Result { () throws(GeneratorError) -> GeneratorSummary in try writeDepartment(d, planner: planner, root: root) }
        }
        for r in results {
            switch r {
            case .success(let s): summary.add(s)
            case .failure(let e): throw e
            }
        }
        return summary
    }

    static func writeDepartment(_ d: DepartmentPlan, planner: ContractPlanner, root: String) throws(GeneratorError) -> GeneratorSummary {
        var summary = GeneratorSummary()
        let folder = root + "/Contracts/" + d.id
        try FileOutput.makeFolder(folder + "/returns")
        try FileOutput.write(DepartmentWriter.render(d, seed: planner.options.seed).bytes, to: folder + "/department.yaml", &summary)
        summary.departments = 1
        summary.people = d.people
        var returns = ReturnsWriter(options: planner.options)
        var text = TextBuffer(capacity: 16_384)
        for index in d.contracts {
            let plan = planner.plan(index, in: d)
            text.bytes.removeAll(keepingCapacity: true)
            ContractWriter.render(plan, waiverRules: planner.options.waiverRules, into: &text)
            try FileOutput.write(text.bytes, to: folder + "/" + plan.id + ".yaml", &summary)
            returns.add(plan, seed: planner.options.seed, index: index)
            summary.contracts += 1
            summary.kpis += plan.kpis.count
        }
        for (i, bucket) in returns.buckets.enumerated() where bucket.bytes.count > ReturnsWriter.header.utf8.count {
            try FileOutput.write(bucket.bytes, to: folder + "/returns/" + ReturnsWriter.fileName(returns.firstQuarter + i), &summary)
            summary.returnFiles += 1
        }
        summary.returnRows = returns.rows
        return summary
    }

    static func settings(_ options: GeneratorOptions) -> TextBuffer {
        var out = TextBuffer()
        out.add("# Synthetic workspace written by 'missionkpi generate --contracts \(options.contracts) --seed \(options.seed)'.\n")
        out.add("# Every name, figure and statistic in it is made up, for tests and benchmarks.\n")
        out.add("financial_year_start: 04-01\n")
        out.add("publication:\n")
        out.field("title", "Synthetic workspace: \(options.contracts) contracts (seed \(options.seed))", indent: 2)
        out.add("  name_grade_floor: SCS1\n  tiers: [platinum, gold, silver, bronze]\n")
        return out
    }

    static func prepare(_ root: String, replacing: Bool) throws(GeneratorError) {
        let fm = FileManager.default
        let owned = ["missionkpi.yaml", "Missions", "Contracts"]
        let present = owned.filter { fm.fileExists(atPath: root + "/" + $0) }
        if !present.isEmpty {
            guard replacing else { throw .outputNotEmpty(root) }
            for name in present {
                do { try fm.removeItem(atPath: root + "/" + name) } catch { throw .cannotWrite(root + "/" + name) }
            }
        }
        try FileOutput.makeFolder(root + "/Missions")
        try FileOutput.makeFolder(root + "/Contracts")
    }
}

/// Plain file writing for the generator (the only side effect of the core it performs).
enum FileOutput {
    static func makeFolder(_ path: String) throws(GeneratorError) {
        do { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) } catch {
            throw .cannotWrite(path)
        }
    }

    static func write(_ bytes: [UInt8], to path: String, _ summary: inout GeneratorSummary) throws(GeneratorError) {
        guard let file = fopen(path, "wb") else { throw .cannotWrite(path) }
        let written = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, file) }
        guard fclose(file) == 0, written == bytes.count else { throw .cannotWrite(path) }
        summary.files += 1
        summary.bytes += bytes.count
    }
}
