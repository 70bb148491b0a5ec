import Foundation

/// File chores of the harness: tracker copies, hard-linked folder copies, the workspace with one more
/// month of returns, and the size of a published site.
enum Files {
    /// Deletes a SQLite database with its journal files.
    static func removeDatabase(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    /// `cp -al`: a copy of a folder whose files are hard links to the original's.
    static func linkCopy(_ from: String, to: String) throws {
        let run = try ChildProcess.run("/bin/cp", ["-al", from, to], stderrPath: "/dev/null", timeLimit: 600)
        guard run.exitCode == 0 else { throw BenchError("cp -al \(from) \(to) failed (exit \(run.exitCode))") }
    }

    /// The workspace plus one month of returns: a hard-linked copy of `workspace` (made once, kept beside
    /// it) where each department's returns folder gets one more file, `<latest>-next-month.csv`, holding
    /// the month after the latest monthly period of its latest file for every KPI reported that month,
    /// at the same value (a month like the last one). Returns how many rows were added.
    @discardableResult
    static func plusMonth(_ workspace: String, into target: String) throws -> Int {
        let marker = target + "/.bench-month"
        if let text = try? String(contentsOfFile: marker, encoding: .utf8), let n = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
            return n
        }
        try? FileManager.default.removeItem(atPath: target)
        try linkCopy(workspace, to: target)
        let contracts = target + "/Contracts"
        var added = 0
        for dept in try FileManager.default.contentsOfDirectory(atPath: contracts).sorted() {
            let folder = contracts + "/" + dept + "/returns"
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder),
                let latest = names.filter({ $0.hasSuffix(".csv") }).sorted().last,
                let text = try? String(contentsOfFile: folder + "/" + latest, encoding: .utf8)
            else { continue }
            var last: [String: (kpi: String, period: String, value: String)] = [:]
            var maxPeriod = ""
            for line in text.split(separator: "\n").dropFirst() {
                let f = line.split(separator: ",", maxSplits: 4, omittingEmptySubsequences: false).map(String.init)
                guard f.count >= 4, f[2].count == 7, f[2].dropFirst(4).first == "-" else { continue }  // monthly periods only
                if f[2] > maxPeriod { maxPeriod = f[2] }
                let key = f[0] + "," + f[1]
                if let old = last[key], old.period > f[2] { continue }
                last[key] = (f[1], f[2], f[3])
            }
            guard let year = Int(maxPeriod.prefix(4)), let month = Int(maxPeriod.suffix(2)) else { continue }
            let next = month == 12 ? String(format: "%04d-01", year + 1) : String(format: "%04d-%02d", year, month + 1)
            var out = "contract,kpi,period,value,note\n"
            for key in last.keys.sorted() where last[key]!.period == maxPeriod {
                out += "\(key),\(next),\(last[key]!.value),\n"
                added += 1
            }
            try out.write(toFile: folder + "/" + latest.dropLast(4) + "-next-month.csv", atomically: false, encoding: .utf8)
        }
        try "\(added)\n".write(toFile: marker, atomically: true, encoding: .utf8)
        return added
    }

    /// The bytes of every regular file under `folder`, by first path component (`contracts`, `data`, …;
    /// files at the top under ""), with hidden files left out.
    static func siteSize(_ folder: String) -> [String: Int] {
        var sizes: [String: Int] = [:]
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return sizes }
        while let relative = walker.nextObject() as? String {
            guard !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }),
                let attributes = walker.fileAttributes, attributes[.type] as? FileAttributeType == .typeRegular
            else { continue }
            let parts = relative.split(separator: "/")
            let top = parts.count > 1 ? String(parts[0]) : ""
            sizes[top, default: 0] += (attributes[.size] as? Int) ?? 0
        }
        return sizes
    }
}
