import Foundation

/// Runs `git` (found on PATH) in a folder and collects what it prints. Only reading commands are run
/// (rev-parse, log, ls-tree, cat-file), with optional locks off, so the user's work tree and index are never touched.
struct GitCommand: Sendable {
    /// The folder git runs in (the workspace root; git finds the repository above it).
    var folder: String

    /// What one run gave.
    struct Output {
        var status: Int32
        var stdout: Data
        var stderr: String
    }

    /// Runs `git <arguments>` with `input` on its standard input; throws only when git cannot be started.
    func run(_ arguments: [String], input: Data? = nil) throws(HistoryError) -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_OPTIONAL_LOCKS"] = "0"
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["LC_ALL"] = "C"
        process.environment = environment
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        do { try process.run() } catch { throw .gitUnavailable(error.localizedDescription) }
        // Both outputs are drained on other threads while the input is written, so no pipe fills up.
        let out = Drain(stdout.fileHandleForReading), err = Drain(stderr.fileHandleForReading)
        if let input { try? stdin.fileHandleForWriting.write(contentsOf: input) }
        try? stdin.fileHandleForWriting.close()
        process.waitUntilExit()
        let text = String(decoding: err.wait(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if process.terminationStatus == 127 && text.contains("No such file") { throw .gitUnavailable("git is not on PATH") }
        return Output(status: process.terminationStatus, stdout: out.wait(), stderr: text)
    }

    /// Runs a command that must succeed; its failure becomes `gitFailed` with git's own words.
    func checked(_ arguments: [String], input: Data? = nil) throws(HistoryError) -> Data {
        let output = try run(arguments, input: input)
        guard output.status == 0 else {
            throw .gitFailed(arguments.prefix(2).joined(separator: " "), output.stderr.isEmpty ? "exit \(output.status)" : output.stderr)
        }
        return output.stdout
    }
}

/// Reads a pipe to its end on another thread.
final class Drain: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        DispatchQueue.global().async { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    /// Everything the pipe held, once it closed.
    func wait() -> Data {
        done.wait()
        return data
    }
}
