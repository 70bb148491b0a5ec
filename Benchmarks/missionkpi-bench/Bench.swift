import Foundation
import MissionKPI
import MissionKPIGenerator

/// Runs every size: generates (or reuses) the workspace, measures the libyaml floor, then each phase.
struct Bench {
    var options: BenchOptions
    var binary: String

    /// `missionkpi` beside this executable (both are built into .build/release).
    static func siblingBinary() -> String {
        let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return (me as NSString).deletingLastPathComponent + "/missionkpi"
    }

    func run() throws -> Report {
        var report = Report(options: options, binary: binary)
        let available = subcommands()
        try FileManager.default.createDirectory(atPath: options.work, withIntermediateDirectories: true)
        for size in options.sizes {
            let (summary, generation) = try workspace(size)
            report.workspaces.append((size, summary))
            report.measurements.append(generation)
            var paths = RunPaths(
                workspace: workspacePath(size), database: options.work + "/tracker-\(size).sqlite",
                publishFolder: options.work + "/published-\(size)", scratch: options.work,
                workspacePlusMonth: workspacePath(size) + "-plus-month", publishDatabase: options.work + "/tracker-\(size)-publish.sqlite",
                monthDatabase: options.work + "/tracker-\(size)-month.sqlite", monthFolder: options.work + "/published-\(size)-month")
            log("[\(size)] one more month of returns…")
            try Files.plusMonth(paths.workspace, into: paths.workspacePlusMonth)
            log("[\(size)] libyaml floor…")
            let floor = try YAMLFloor.measure(workspace: paths.workspace)
            report.floors[size] = floor.seconds
            report.floorCPU[size] = floor.cpuSeconds
            report.yamlBytes[size] = floor.bytes
            report.measurements.append(Measurement(phase: "libyaml floor", contracts: size, seconds: floor.seconds, cpuSeconds: floor.cpuSeconds, note: "in-process, \(floor.files) files"))
            let phases = Phase.all + (options.postgres == nil ? [] : Phase.postgres)
            if let admin = options.postgres {
                let (url, reset) = try PostgresBench.database(admin: admin, size: size)
                paths.postgres = url
                paths.resetPostgres = reset
            }
            for phase in phases where options.phases?.contains(phase.name) ?? true {
                guard let sub = phase.arguments(paths).first, available.contains(sub) else {
                    report.measurements.append(Measurement(phase: phase.name, contracts: size, note: "n/a (not built yet)"))
                    continue
                }
                log("[\(size)] \(phase.name)…")
                let m = try measure(phase, size: size, rows: summary.returnRows, paths: paths)
                log("[\(size)] \(phase.name): \(m.seconds.map { String(format: "%.2f s", $0) } ?? m.note)")
                report.measurements.append(m)
                if phase.name == "publish", m.seconds != nil { report.siteSizes[size] = Files.siteSize(paths.publishFolder) }
            }
            report.measurements += PostgresBench.reads(paths, size: size)
        }
        return report
    }

    /// The subcommands the binary lists under SUBCOMMANDS in its help.
    func subcommands() -> Set<String> {
        let help = ChildProcess.output([binary, "--help"]) ?? ""
        var names = Set<String>()
        var inList = false
        for line in help.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("SUBCOMMANDS:") {
                inList = true
            } else if inList, line.hasPrefix("  "), let word = line.split(separator: " ").first {
                names.insert(String(word))
            } else if inList, !line.hasPrefix(" "), !line.isEmpty {
                inList = false
            }
        }
        return names
    }

    func workspacePath(_ size: Int) -> String {
        options.work + "/ws-\(size)-seed\(options.seed)-v\(WorkspaceGenerator.formatVersion)"
    }

    /// The cached workspace for `size`, or a new one (timed).
    func workspace(_ size: Int) throws -> (GeneratorSummary, Measurement) {
        let path = workspacePath(size), marker = path + "/.bench-summary"
        if let text = try? String(contentsOfFile: marker, encoding: .utf8) {
            let n = text.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            if n.count == 3 {
                var s = GeneratorSummary()
                (s.contracts, s.kpis, s.returnRows) = (n[0], n[1], n[2])
                return (s, Measurement(phase: "generate", contracts: size, note: "cached"))
            }
        }
        log("[\(size)] generating \(path)…")
        try? FileManager.default.removeItem(atPath: path)
        let start = ChildProcess.now(), startCPU = ChildProcess.selfCPU()
        let s = try WorkspaceGenerator.write(GeneratorOptions(contracts: size, seed: options.seed), to: path)
        let seconds = ChildProcess.now() - start, cpu = ChildProcess.selfCPU() - startCPU
        try "\(s.contracts) \(s.kpis) \(s.returnRows)\n".write(toFile: marker, atomically: true, encoding: .utf8)
        return (s, Measurement(phase: "generate", contracts: size, seconds: seconds, cpuSeconds: cpu, note: "in-process"))
    }

    func measure(_ phase: Phase, size: Int, rows: Int, paths: RunPaths) throws -> Measurement {
        var m = Measurement(phase: phase.name, contracts: size, rows: phase.countsRows ? rows : nil)
        for _ in 0..<options.repeats {
            if phase.freshDatabase, phase.name.hasSuffix("(PostgreSQL)") {
                try paths.resetPostgres?()
            } else if phase.freshDatabase {
                Files.removeDatabase(paths.database)
            }
            try phase.prepare?(paths)
            let run = try ChildProcess.run(
                binary, phase.arguments(paths), stderrPath: paths.scratch + "/stderr.txt", timeLimit: options.timeLimit)
            if run.timedOut {
                m.note = String(format: "stopped after %.0f s (--time-limit)", run.seconds)
                m.peakBytes = run.peakBytes
                m.cpuSeconds = run.cpuSeconds
                m.stoppedAfter = run.seconds
                return m
            }
            if run.exitCode == 64 {
                m.note = "n/a (usage: \(run.stderr.prefix(120)))"
                return m
            }
            guard phase.success.contains(run.exitCode) else {
                m.note = "failed (exit \(run.exitCode)): \(run.stderr.prefix(160))"
                return m
            }
            if run.seconds < (m.seconds ?? .infinity) { (m.cpuSeconds, m.timings) = (run.cpuSeconds, run.timings) }
            m.seconds = min(m.seconds ?? .infinity, run.seconds)
            m.peakBytes = max(m.peakBytes ?? 0, run.peakBytes)
            if run.exitCode != 0 { m.note = "exit \(run.exitCode)" }
        }
        return m
    }
}
