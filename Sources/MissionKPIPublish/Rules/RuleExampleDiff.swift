import MissionKPI

/// What a rule example changes in the example workspace, as the few lines that differ: for each file
/// it adds or replaces, the lines removed (`-`) from the base example and added (`+`), with one line of
/// context around each change (`explain RULE` shows these instead of whole copies of the files).
enum RuleExampleDiff {
    /// One file the example adds or changes, and its changed lines.
    struct FileChange: Equatable {
        var caption: String
        /// Lines starting `+ `, `- ` or `  ` (context), and `…` where unchanged lines are skipped.
        var lines: [String]
    }

    /// The changes of `example` against the base example workspace, file by file; for an example of a
    /// changes rule (with an earlier revision), the changes from the earlier revision to the later.
    static func changes(_ example: RuleExample) -> [FileChange] {
        let base = ExampleWorkspace.files
        let later = applied(kpi: example.kpi, contract: example.contract, files: example.files, to: base)
        let earlier = example.before.map { applied(kpi: $0.kpi, contract: $0.contract, files: $0.files, to: base) } ?? base
        var out: [FileChange] = []
        for path in Set(earlier.keys).union(later.keys).sorted() where earlier[path] != later[path] {
            let caption = path + (earlier[path] == nil ? " (added)" : later[path] == nil ? " (removed)" : "")
            out.append(change(caption, from: earlier[path], to: later[path] ?? ""))
        }
        if let returns = example.returns {
            out.append(change("KPI returns (contract,kpi,period,value)", from: ExampleWorkspace.returns, to: returns))
        }
        return out
    }

    /// The example workspace's files with one revision's edits, as `RuleExampleRunner` makes them: the
    /// contract replaced, the KPI appended to `c1`, files added or replaced (an empty text removes one).
    static func applied(kpi: String?, contract: String?, files edits: [String: String], to base: [String: String]) -> [String: String] {
        var files = base
        if let contract { files["Contracts/dept/c1.yaml"] = contract }
        if let kpi {
            let item = kpi.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { i, line in
                (i == 0 ? "  - " : "    ") + line
            }.joined(separator: "\n")
            files["Contracts/dept/c1.yaml", default: ""] += item + "\n"
        }
        for (path, text) in edits { files[path] = text.isEmpty ? nil : text }
        return files
    }

    static func change(_ caption: String, from old: String?, to new: String) -> FileChange {
        FileChange(caption: caption, lines: diff(lines(old ?? ""), lines(new), context: 1))
    }

    static func lines(_ text: String) -> [String] {
        let t = RulesReference.trimmed(text)
        return t.isEmpty ? [] : t.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// Runs of more than 4 removed lines (a block the example leaves out) shown by their first 2 lines
    /// and a count; runs of more than 16 added lines by their first 12 and a count.
    static func collapsed(_ script: [(Character, String)]) -> [(Character, String)] {
        var out: [(Character, String)] = []
        var k = 0
        while k < script.count {
            var end = k
            while end < script.count, script[end].0 == script[k].0 { end += 1 }
            let run = end - k, kind = script[k].0
            let (limit, shown) = kind == "-" ? (4, 2) : kind == "+" ? (16, 12) : (Int.max, 0)
            if run > limit {
                out += script[k..<(k + shown)]
                out.append((kind, "… (\(run - shown) more lines \(kind == "-" ? "left out" : "added"))"))
            } else {
                out += script[k..<end]
            }
            k = end
        }
        return out
    }

    /// A line diff (longest common subsequence) keeping `context` unchanged lines around each change.
    static func diff(_ a: [String], _ b: [String], context: Int) -> [String] {
        // lcs[i][j]: the longest common subsequence of a[i...] and b[j...].
        var lcs = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var script: [(Character, String)] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                script.append((" ", a[i]))
                i += 1
                j += 1
            } else if i < a.count, j == b.count || lcs[i + 1][j] >= lcs[i][j + 1] {
                script.append(("-", a[i]))
                i += 1
            } else {
                script.append(("+", b[j]))
                j += 1
            }
        }
        script = collapsed(script)
        let changed = script.indices.filter { script[$0].0 != " " }
        var keep = Set<Int>()
        for k in changed { for n in max(0, k - context)...min(script.count - 1, k + context) { keep.insert(n) } }
        var out: [String] = []
        var last = -1
        for k in keep.sorted() {
            if k > last + 1 { out.append("…") }
            out.append("\(script[k].0) \(script[k].1)")
            last = k
        }
        if last >= 0 && last < script.count - 1 { out.append("…") }
        return out
    }
}
