import Foundation
import MissionKPI

/// A git repository in a fresh temporary folder holding a workspace, committed edit by edit with fixed
/// dates (so hashes and dates are the same on every run).
///
/// ```swift
/// var repo = try GitFixture(files: ExampleWorkspace.files)
/// try repo.edit("Contracts/dept/c1.yaml", "value: 95", "value: 90")
/// let hash = try repo.commit("lower a target")
/// ```
struct GitFixture {
    struct Failure: Error, CustomStringConvertible { var description: String }

    let root: String
    private(set) var commits = 0

    /// Writes `files`, initialises the repository and commits them as the first revision.
    init(files: [String: String]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("missionkpi-history-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        for (path, text) in files { try write(path, text) }
        _ = try git(["init", "-q", "-b", "main"])
        _ = try commit("the workspace as first reviewed")
    }

    /// Writes a file (creating its folder).
    func write(_ path: String, _ text: String) throws {
        let url = URL(fileURLWithPath: root + "/" + path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// A file's text.
    func read(_ path: String) throws -> String { try String(contentsOfFile: root + "/" + path, encoding: .utf8) }

    /// Replaces `old` (which must occur exactly once) by `new` in a file.
    func edit(_ path: String, _ old: String, _ new: String) throws {
        let text = try read(path)
        guard text.components(separatedBy: old).count == 2 else { throw Failure(description: "'\(old)' is not once in \(path)") }
        try write(path, text.replacingOccurrences(of: old, with: new))
    }

    /// The 1-based line of the only line of a file containing `marker`.
    func line(_ path: String, containing marker: String) throws -> Int {
        let lines = try read(path).components(separatedBy: "\n")
        let hits = lines.indices.filter { lines[$0].contains(marker) }
        guard hits.count == 1 else { throw Failure(description: "'\(marker)' is on \(hits.count) lines of \(path)") }
        return hits[0] + 1
    }

    /// Stages everything and commits; returns the commit hash. Each commit is one day after the last.
    mutating func commit(_ message: String) throws -> String {
        commits += 1
        let date = "2026-09-\(String(format: "%02d", commits)) 12:00:00 +0000"
        _ = try git(["add", "-A"])
        _ = try git(["commit", "-q", "-m", message], environment: ["GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date])
        return try git(["rev-parse", "HEAD"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Runs git in the repository and returns its standard output; throws on a non-zero exit.
    @discardableResult
    func git(_ arguments: [String], environment extra: [String: String] = [:]) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments =
            ["git", "-C", root, "-c", "user.name=Test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false"]
            + arguments
        var env = ProcessInfo.processInfo.environment
        for (k, v) in extra { env[k] = v }
        p.environment = env
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else {
            throw Failure(description: "git \(arguments.joined(separator: " ")): \(String(decoding: errors, as: UTF8.self))")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
