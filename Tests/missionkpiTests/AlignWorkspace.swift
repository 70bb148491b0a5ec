import Foundation
import MissionKPI

/// A workspace for `align` end-to-end tests: the rule examples' workspace (one mission, one department,
/// contract `c1` with three KPIs) written to a temporary folder, with every registered rule switched off
/// except those named, so the tests do not change as rules are added.
struct AlignWorkspace {
    var root: String

    /// Writes the workspace; `rules` are the settings of the rules left on (`id: setting`), `edit` changes files.
    init(rules: [String: String], edit: (inout [String: String]) -> Void = { _ in }) throws {
        var files = ExampleWorkspace.files
        var settings = "financial_year_start: 04-01\nrules:\n"
        for id in RuleRegistry.all.map(\.description.id).sorted() { settings += "  \(id): \(rules[id] ?? "off")\n" }
        files["missionkpi.yaml"] = settings
        edit(&files)
        root = FileManager.default.temporaryDirectory.appendingPathComponent("missionkpi-align-\(UUID().uuidString)").path
        for (path, text) in files { try write(text, to: path) }
    }

    /// Writes (or replaces) one file, by workspace-relative path.
    func write(_ text: String, to path: String) throws {
        let full = root + "/" + path
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: full))
    }

    /// The text of a workspace file.
    func read(_ path: String) -> String {
        String(decoding: FileManager.default.contents(atPath: root + "/" + path) ?? Data(), as: UTF8.self)
    }

    /// `missionkpi align --workspace <root> --as-of 2026-11-24 <args>`.
    func align(_ args: [String] = []) throws -> (exit: Int32, stdout: String, stderr: String) {
        try CLI.run(["align", "--workspace", root, "--as-of", "2026-11-24"] + args, cwd: root)
    }

    /// Removes the folder.
    func remove() { try? FileManager.default.removeItem(atPath: root) }

    /// A contract-level waiver for `rule`, to append to `Contracts/dept/c1.yaml` (before its `kpis:`).
    static func waiver(_ rule: String, expires: String, reason: String = "Agreed with the SRO until the re-let.") -> String {
        "waivers:\n  - rule: \(rule)\n    reason: \(reason)\n    approved_by: p-sro\n    expires: \(expires)\n"
    }
}

extension [String: String] {
    /// Adds a contract-level waiver to `c1`.
    mutating func waiveOnC1(_ waiver: String) {
        self["Contracts/dept/c1.yaml"] = self["Contracts/dept/c1.yaml"]!.replacingOccurrences(
            of: "\nkpis:\n", with: "\n" + waiver + "kpis:\n")
    }
}

/// Runs `python3` (for the SARIF schema check with `jsonschema`, which CI installs).
enum Python {
    static func run(_ args: [String]) throws -> (exit: Int32, stdout: String, stderr: String) {
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("missionkpi-python-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: tmp) }
        let outURL = tmp.appendingPathComponent("stdout"), errURL = tmp.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3"] + args
        p.standardOutput = out
        p.standardError = err
        try p.run()
        p.waitUntilExit()
        try out.close()
        try err.close()
        return (
            p.terminationStatus, String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            String(decoding: try Data(contentsOf: errURL), as: UTF8.self)
        )
    }
}
