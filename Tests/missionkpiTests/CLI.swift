import Foundation

/// Runs the built `missionkpi` binary, as a person or a CI job would, and captures what it says.
///
/// ```swift
/// let r = try CLI.run(["validate", "--workspace", "."], cwd: CLI.repositoryRoot)
/// #expect(r.exit == 0)
/// ```
enum CLI {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The repository root (the folder holding Package.swift).
    static let repositoryRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
        }
        return FileManager.default.currentDirectoryPath
    }()

    /// A fixture workspace of `Tests/MissionKPITests/Fixtures/`, by its relative path there.
    static func fixture(_ name: String) -> String {
        repositoryRoot + "/Tests/MissionKPITests/Fixtures/" + name
    }

    /// The `missionkpi` executable: `$MISSIONKPI_BIN`, or the one in the build products folder that holds the tests.
    static let binary: String? = {
        if let path = ProcessInfo.processInfo.environment["MISSIONKPI_BIN"] { return path }
        let starts = [Bundle.main.bundleURL, Bundle.main.executableURL, URL(fileURLWithPath: CommandLine.arguments[0])]
        for start in starts.compactMap({ $0 }) {
            var dir = start.resolvingSymlinksInPath()
            for _ in 0..<6 {
                let candidate = dir.appendingPathComponent("missionkpi").path
                var isDir: ObjCBool = false
                if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDir), !isDir.boolValue,
                    FileManager.default.isExecutableFile(atPath: candidate)
                {
                    return candidate
                }
                dir.deleteLastPathComponent()
            }
        }
        return nil
    }()

    /// Runs `missionkpi args…` in `cwd` and returns its exit status, standard output and standard error.
    /// The process is killed after `timeout` seconds, so a hang fails the test instead of stalling the suite.
    static func run(
        _ args: [String], cwd: String = repositoryRoot, stdin: String? = nil, timeout: TimeInterval = 60,
        environment extra: [String: String] = [:]
    ) throws -> (exit: Int32, stdout: String, stderr: String) {
        guard let binary else { throw Failure(description: "the missionkpi binary was not found next to the tests; run 'swift build' first or set MISSIONKPI_BIN") }
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("missionkpi-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: tmp) }
        let outURL = tmp.appendingPathComponent("stdout"), errURL = tmp.appendingPathComponent("stderr")
        let inURL = tmp.appendingPathComponent("stdin")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        FileManager.default.createFile(atPath: inURL.path, contents: Data((stdin ?? "").utf8))

        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = args
        process.currentDirectoryURL = URL(fileURLWithPath: cwd)
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment["SWIFT_BACKTRACE"] = "enable=no"
        environment.removeValue(forKey: "MISSIONKPI_TIMINGS")
        environment.merge(extra) { _, new in new }
        process.environment = environment
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        let input = try FileHandle(forReadingFrom: inURL)
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw Failure(description: "missionkpi \(args.joined(separator: " ")) did not finish within \(Int(timeout)) s")
        }
        process.waitUntilExit()
        try out.close()
        try err.close()
        try input.close()
        let stdout = String(decoding: try Data(contentsOf: outURL), as: UTF8.self)
        let stderr = String(decoding: try Data(contentsOf: errURL), as: UTF8.self)
        // A crash is reported as 128 + the signal, as shells do, so it never passes for an exit code.
        let status = process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
        return (status, stdout, stderr)
    }
}
