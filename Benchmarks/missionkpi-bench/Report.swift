import Foundation
import MissionKPI
import MissionKPIGenerator

/// The results of a run, rendered as the Markdown committed in Benchmarks/RESULTS.md.
struct Report {
    var options: BenchOptions
    var binary: String
    var workspaces: [(size: Int, summary: GeneratorSummary)] = []
    var measurements: [Measurement] = []
    var floors: [Int: Double] = [:]
    var floorCPU: [Int: Double] = [:]
    var yamlBytes: [Int: Int] = [:]
    /// The import row (issue 13), when it ran.
    var importRun: ImportMeasurement?
    /// The published site's bytes by top folder, per size (after the publish phase).
    var siteSizes: [Int: [String: Int]] = [:]
    /// The figures of the report being replaced.
    var previous = Previous(path: nil)
    /// Taken when the run starts, so a commit landing meanwhile does not mislabel the figures.
    let commit = ChildProcess.output(["git", "rev-parse", "--short", "HEAD"])?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "?"
    let loadAtStart = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(separator: " ") ?? "?"

    func find(_ phase: String, _ size: Int) -> Measurement? {
        measurements.first { $0.phase == phase && $0.contracts == size }
    }

    /// Measurements with the two "align + assess" rows added after assess wherever both ran: the two
    /// commands end to end, and the work after the workspace load (see `afterLoad`).
    var rows: [Measurement] {
        var out: [Measurement] = []
        for m in measurements {
            out.append(m)
            if m.phase.hasPrefix("record"), let storing = m.timing("record") {
                out.append(Measurement(
                    phase: m.phase == "record" ? "record, after load" : m.phase + ", after load", contracts: m.contracts, seconds: storing, peakBytes: m.peakBytes, rows: m.rows,
                    note: "in process: checking and storing, the workspace already loaded"))
            }
            if m.phase == "assess", let a = find("align", m.contracts), let sa = a.seconds, let sb = m.seconds {
                out.append(Measurement(
                    phase: "align + assess", contracts: m.contracts, seconds: sa + sb,
                    cpuSeconds: (a.cpuSeconds ?? 0) + (m.cpuSeconds ?? 0), peakBytes: max(a.peakBytes ?? 0, m.peakBytes ?? 0),
                    note: "two commands, each loading the workspace"))
                if let after = Report.afterLoad(align: a, assess: m) {
                    out.append(Measurement(
                        phase: "align + assess, after load", contracts: m.contracts, seconds: after,
                        peakBytes: max(a.peakBytes ?? 0, m.peakBytes ?? 0), note: "in process"))
                }
            }
        }
        return out
    }

    /// What judging takes once the workspace is loaded: everything `align` timed but the load (reading
    /// the tracker, assessing, aligning, rendering the findings) plus the rendering of `assess`'s report,
    /// which is all `assess` adds to `align`'s work. The workspace load is the validate phase's figure.
    static func afterLoad(align: Measurement, assess: Measurement) -> Double? {
        guard align.timing("load") != nil, let render = assess.timing("render") else { return nil }
        return align.timings.filter { $0.phase != "load" }.map(\.seconds).reduce(0, +) + render
    }

    /// The phases each command timed itself, per size.
    func breakdown() -> String {
        let timed = measurements.filter { !$0.timings.isEmpty }
        guard !timed.isEmpty else { return "" }
        var t = "\n## Where the time goes\n\n"
        t += "Each command's own phase timings (`MISSIONKPI_TIMINGS=1`), seconds, for the run kept above.\n\n"
        t += "| phase | contracts | wall (s) | timed inside the command |\n|---|---:|---:|---|\n"
        for m in timed {
            let parts = m.timings.map { "\($0.phase) \(String(format: "%.2f", $0.seconds))" }.joined(separator: " · ")
            t += "| \(m.phase) | \(m.contracts) | \(m.seconds.map { String(format: "%.2f", $0) } ?? "") | \(parts) |\n"
        }
        return t
    }

    func markdown() -> String {
        var t = "# Benchmark results\n\n"
        t += "Written by `missionkpi-bench` (see [README.md](README.md) for how to run it). Each phase runs the release\n"
        t += "`missionkpi` as a child process; wall time is the best of \(options.repeats) run(s), peak memory is the child's\n"
        t += "maximum resident set size (`wait4` rusage, or its own `VmHWM` when rusage would report the harness's). Synthetic workspaces from `missionkpi generate --seed \(options.seed)`.\n\n"
        t += "## Machine\n\n" + machine() + "\n"
        t += "## Workspaces\n\n| contracts | KPIs | return rows | YAML MiB |\n|---:|---:|---:|---:|\n"
        for (size, s) in workspaces {
            t += "| \(size) | \(s.kpis) | \(s.returnRows) | \(String(format: "%.1f", Double(yamlBytes[size] ?? 0) / 1_048_576)) |\n"
        }
        t += "\n## Phases\n\n"
        t += "`publish` starts from an empty tracker and an empty folder (it records, validates, aligns, assesses and writes "
        t += "the site); `re-publish, first` runs it again on the same tracker and folder (its pages now say nothing changed since "
        t += "the last review, so the index, snapshot and changes sections are written once more); `re-publish, unchanged` runs it "
        t += "a third time (the same bytes as the second); `re-publish, one new month` runs it "
        t += "on copies of both with the workspace plus one more month of returns (one file per department) as at \(Phase.nextAsOf). "
        t += "The previous figures are those of the report this one replaced (commit \(previous.commit)); before issue 16 "
        t += "`publish` ran on the tracker `record` had filled.\n\n"
        t += "| phase | contracts | wall (s) | CPU (s) | peak RSS (MB) | rows/s | target | result | previous wall (s) | previous peak (MB) |\n"
        t += "|---|---:|---:|---:|---:|---:|---|---|---:|---:|\n"
        for m in rows {
            let check = Targets.check(m)
            let result = check.pass.map { $0 ? "pass" : "**FAIL**" } ?? ""
            t += "| \(m.phase) | \(m.contracts) | \(m.seconds.map { String(format: "%.2f", $0) } ?? m.note) | "
            t += "\(m.cpuSeconds.map { String(format: "%.2f", $0) } ?? "") | "
            t += "\(m.peakBytes.map { String(format: "%.0f", Double($0) / 1_048_576) } ?? "") | "
            t += "\(m.rowsPerSecond.map { String(format: "%.0f", $0) } ?? "") | \(check.target) | \(result)"
            if m.seconds != nil && !m.note.isEmpty { t += " (\(m.note))" }
            let before = previous.figure(m.phase, m.contracts)
            t += " | \(before.wall) | \(before.peak) |\n"
        }
        t += siteTable()
        t += "\n## validate against the libyaml floor\n\n"
        t += "The floor lists, reads and parses every YAML file with bare libyaml events (no tree, no decoding) on all cores.\n\n"
        t += "| contracts | floor wall (s) | validate wall (s) | ratio | floor CPU (s) | validate CPU (s) | CPU ratio |\n|---:|---:|---:|---:|---:|---:|---:|\n"
        func f2(_ v: Double?) -> String { v.map { String(format: "%.2f", $0) } ?? "n/a" }
        for (size, _) in workspaces {
            guard let f = floors[size] else { continue }
            let v = find("validate", size)
            let c = floorCPU[size]
            t += "| \(size) | \(f2(f)) | \(f2(v?.seconds)) | \(v?.seconds.map { String(format: "%.1f×", $0 / f) } ?? "") | "
            t += "\(f2(c)) | \(f2(v?.cpuSeconds)) | \((v?.cpuSeconds).flatMap { vc in c.map { String(format: "%.1f×", vc / $0) } } ?? "") |\n"
        }
        t += breakdown()
        t += scaling()
        if let importRun { t += importRun.markdown() }
        return t
    }

    /// 50k against 10k: nothing may grow faster than 5.5× for 5× the contracts.
    func scaling() -> String {
        let big = 50_000, base = Targets.size
        guard workspaces.contains(where: { $0.size == big }), workspaces.contains(where: { $0.size == base }) else {
            return "\n(Run with both 10000 and 50000 in --sizes for the scaling check.)\n"
        }
        var t = "\n## Scaling: 50k against 10k (target ≤ \(Targets.maxScaling)×)\n\n| phase | 10k (s) | 50k (s) | ratio | result |\n|---|---:|---:|---:|---|\n"
        for phase in [
            "libyaml floor", "validate", "record", "record, after load", "re-record", "align", "assess", "align + assess",
            "align + assess, after load", "publish", "re-publish, first", "re-publish, unchanged", "re-publish, one new month",
        ] {
            guard let a = rows.first(where: { $0.phase == phase && $0.contracts == base })?.seconds,
                let b = rows.first(where: { $0.phase == phase && $0.contracts == big })?.seconds
            else {
                t += "| \(phase) | | | | n/a |\n"
                continue
            }
            let ratio = b / a
            t += "| \(phase) | \(String(format: "%.2f", a)) | \(String(format: "%.2f", b)) | \(String(format: "%.2f×", ratio)) | \(ratio <= Targets.maxScaling ? "pass" : "**FAIL**") |\n"
        }
        return t
    }

    /// The published site's size per size, by folder, against issue 16's ≤ 600 MB (≤ 60 KB a contract) at 10k.
    func siteTable() -> String {
        guard !siteSizes.isEmpty else { return "" }
        let folders = Set(siteSizes.values.flatMap(\.keys)).sorted()
        func mb(_ n: Int) -> String { String(format: "%.1f", Double(n) / 1_000_000) }
        var t = "\n## Site size (after `publish`; MB = 10⁶ bytes)\n\n| contracts | site MB | KB a contract | target | result | previous MB | "
        t += folders.map { $0.isEmpty ? "top-level files" : $0 + "/" }.joined(separator: " | ") + " |\n"
        t += "|---:|---:|---:|---|---|---:|" + folders.map { _ in "---:|" }.joined() + "\n"
        for size in siteSizes.keys.sorted() {
            let parts = siteSizes[size]!, total = parts.values.reduce(0, +)
            let perContract = Double(total) / Double(size) / 1000
            let target = size == Targets.size ? "≤ 600 MB, ≤ 60 KB a contract" : ""
            let pass = total <= Targets.siteBytes && total / size <= Targets.siteBytesPerContract
            t += "| \(size) | \(mb(total)) | \(String(format: "%.1f", perContract)) | \(target) | \(size == Targets.size ? (pass ? "pass" : "**FAIL**") : "") | "
            t += "\(previous.siteMB[size] ?? "") | " + folders.map { mb(parts[$0] ?? 0) }.joined(separator: " | ") + " |\n"
        }
        return t
    }

    func machine() -> String {
        let cpu = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?.split(separator: "\n")
            .first { $0.hasPrefix("model name") }.map { $0.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "" } ?? "?"
        let memory = Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824
        let swift = ChildProcess.output(["swift", "--version"])?.split(separator: "\n").first.map(String.init) ?? "?"
        var t = "- \(ProcessInfo.processInfo.activeProcessorCount) cores (nproc), \(cpu), \(String(format: "%.0f", memory)) GiB\n"
        t += "- \(swift); `swift build -c release`\n"
        t += "- \(ProcessInfo.processInfo.operatingSystemVersionString)\n"
        t += "- commit \(commit) (HEAD where the run started); load average at start \(loadAtStart) (other work on the machine makes figures noisy)\n"
        t += "- command: `missionkpi-bench --sizes \(options.sizes.map(String.init).joined(separator: ","))\(options.repeats > 1 ? " --repeat \(options.repeats)" : "")\(options.importMegabytes != 100 ? " --import-mb \(options.importMegabytes)" : "")\(options.phases.map { " --phases \"" + $0.sorted().joined(separator: ";") + "\"" } ?? "")`\n"
        return t
    }
}
