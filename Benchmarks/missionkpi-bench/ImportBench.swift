import Foundation

/// The import row (issue 13): `missionkpi import ocds` on ~100 MB of real Find a Tender release packages,
/// made by repeating the reference pages with distinct ocids, into an empty workspace.
struct ImportBench {
    static let targetSeconds = 5.0
    static let targetPeakBytes = 500 * 1_048_576

    var options: BenchOptions
    var binary: String

    /// The measurement, or nil when skipped (`--import-mb 0`).
    func run() throws -> ImportMeasurement? {
        guard options.importMegabytes > 0 else { return nil }
        guard let fts = options.fts ?? Self.defaultReference() else {
            return ImportMeasurement(note: "n/a: no ../shared/reference/fts (pass --fts PATH)")
        }
        let input = try buildInput(from: fts)
        var best: ImportMeasurement?
        for _ in 0..<options.repeats {
            let ws = options.work + "/import-ws"
            try? FileManager.default.removeItem(atPath: ws)
            try FileManager.default.createDirectory(atPath: ws, withIntermediateDirectories: true)
            log("[import] \(input.files) files, \(input.bytes / 1_048_576) MiB…")
            let run = try ChildProcess.run(
                binary, ["import", "ocds", input.folder, "--workspace", ws], stderrPath: options.work + "/stderr.txt",
                timeLimit: options.timeLimit)
            var m = ImportMeasurement(
                bytes: input.bytes, files: input.files, seconds: run.seconds, cpuSeconds: run.cpuSeconds, peakBytes: run.peakBytes,
                summary: Self.summary(options.work + "/stderr.txt"))
            if run.timedOut { m.note = String(format: "stopped after %.0f s (--time-limit)", run.seconds) }
            if run.exitCode != 0 { m.note = "failed (exit \(run.exitCode)): \(run.stderr.prefix(160))" }
            if !m.note.isEmpty { return m }
            log(String(format: "[import] %.2f s", run.seconds))
            if (best?.seconds ?? .infinity) > run.seconds { best = m }
        }
        return best
    }

    /// The import's summary line, from its whole standard error (the run keeps only its start).
    static func summary(_ path: String) -> String {
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").last { $0.hasPrefix("imported ") }.map(String.init) ?? ""
    }

    /// `../shared/reference/fts` (or one level further up, for a git worktree), from the current folder.
    static func defaultReference() -> String? {
        ["../shared/reference/fts", "../../shared/reference/fts"].first { FileManager.default.fileExists(atPath: $0) }
    }

    /// The input folder, built once and cached: copies of the reference release packages, copy k's ocids
    /// made distinct (`ocds-h6vhtk-` → `ocds-h6vhtk-k<k>-`) and its titles and descriptions too (a
    /// `~<letters> ` prefix), so that every copy's KPIs are new words to read, as in a real month of
    /// notices, until the folder holds the size asked for.
    func buildInput(from fts: String) throws -> (folder: String, files: Int, bytes: Int) {
        let folder = options.work + "/ocds-\(options.importMegabytes)mb-v2"
        let marker = folder + "/.bench-input"
        if let text = try? String(contentsOfFile: marker, encoding: .utf8) {
            let n = text.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            if n.count == 2 { return (folder, n[0], n[1]) }
        }
        try? FileManager.default.removeItem(atPath: folder)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let pages = try FileManager.default.contentsOfDirectory(atPath: fts).filter { $0.hasSuffix(".json") }.sorted()
            .map { try String(contentsOfFile: fts + "/" + $0, encoding: .utf8) }
        guard !pages.isEmpty else { throw BenchError("no .json files in \(fts)") }
        var bytes = 0, files = 0, copy = 0
        while bytes < options.importMegabytes * 1_048_576 {
            copy += 1
            for (i, page) in pages.enumerated() {
                let mark = Self.letters(copy)
                let text = page.replacingOccurrences(of: "ocds-h6vhtk-", with: "ocds-h6vhtk-k\(copy)-")
                    .replacingOccurrences(of: "\"title\":\"", with: "\"title\":\"~\(mark) ")
                    .replacingOccurrences(of: "\"description\":\"", with: "\"description\":\"~\(mark) ")
                let name = String(format: "%@/copy-%04d-page-%02d.json", folder, copy, i + 1)
                try text.write(toFile: name, atomically: false, encoding: .utf8)
                bytes += text.utf8.count
                files += 1
            }
        }
        try "\(files) \(bytes)\n".write(toFile: marker, atomically: true, encoding: .utf8)
        return (folder, files, bytes)
    }
}

extension ImportBench {
    /// 1 → `a`, 26 → `z`, 27 → `aa`: a copy's mark without digits (the words reader reads figures).
    static func letters(_ n: Int) -> String {
        var n = n, out = ""
        while n > 0 {
            let r = (n - 1) % 26
            out = String(UnicodeScalar(UInt8(97 + r))) + out
            n = (n - 1) / 26
        }
        return out
    }
}

/// One import run.
struct ImportMeasurement {
    var bytes = 0, files = 0
    var seconds: Double?
    var cpuSeconds: Double?
    var peakBytes: Int?
    /// The import's own summary line.
    var summary = ""
    var note = ""

    var pass: Bool? {
        guard let seconds, let peakBytes, note.isEmpty else { return note.isEmpty ? nil : false }
        return seconds <= ImportBench.targetSeconds && peakBytes <= ImportBench.targetPeakBytes
    }

    /// The report's section.
    func markdown() -> String {
        var t = "\n## Import (issue 13)\n\n"
        t += "`missionkpi import ocds FOLDER --workspace EMPTY` (its summary line kept below) on copies of the real Find a Tender release packages of\n"
        t += "`shared/reference/fts/` (each copy's ocids, titles and descriptions made distinct), into an empty workspace.\n"
        t += "Target: ≤ 5 s and ≤ 500 MB for 100 MB. Wall time depends on how busy the machine is; CPU time does not.\n\n"
        guard let seconds else { return t + note + "\n" }
        let mb = Double(bytes) / 1_048_576
        t +=
            "| input (MiB) | files | wall (s) | CPU (s) | peak RSS (MB) | MiB/s | target | result |\n|---:|---:|---:|---:|---:|---:|---|---|\n"
        t += String(
            format: "| %.1f | %d | %.2f | %.2f | %.0f | %.0f | ≤ 5 s, ≤ 500 MB | %@ |\n", mb, files, seconds, cpuSeconds ?? 0,
            Double(peakBytes ?? 0) / 1_048_576, mb / seconds, pass == true ? "pass" : "**FAIL**")
        t += "\nIts summary: `\(summary)`\n"
        return t
    }
}
