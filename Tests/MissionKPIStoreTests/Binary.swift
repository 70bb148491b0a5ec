import Foundation

/// The built `missionkpi` executable, run as a child process.
///
/// ```swift
/// let r = try Binary.run(["record", "--workspace", root])
/// #expect(r.exit == 0)
/// ```
enum Binary {
    struct Missing: Error, CustomStringConvertible {
        var description = "the missionkpi binary was not found next to the tests; run 'swift build' first or set MISSIONKPI_BIN"
    }

    /// `$MISSIONKPI_BIN`, or `missionkpi` in the build products folder holding the test bundle.
    static let path: String? = {
        if let path = ProcessInfo.processInfo.environment["MISSIONKPI_BIN"] { return path }
        let starts = [Bundle.main.bundleURL, Bundle.main.executableURL, URL(fileURLWithPath: CommandLine.arguments[0])]
        for start in starts.compactMap({ $0 }) {
            var dir = start.resolvingSymlinksInPath()
            for _ in 0..<6 {
                let candidate = dir.appendingPathComponent("missionkpi").path
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue,
                    FileManager.default.isExecutableFile(atPath: candidate)
                {
                    return candidate
                }
                dir.deleteLastPathComponent()
            }
        }
        return nil
    }()

    /// A started child whose output goes to files (no pipe can fill up and stall it).
    final class Child {
        let process = Process()
        let out: String, err: String

        init(_ args: [String], environment: [String: String] = [:]) throws {
            guard let path = Binary.path else { throw Missing() }
            let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("missionkpi-child-\(UUID().uuidString)").path
            out = tmp + ".out"
            err = tmp + ".err"
            FileManager.default.createFile(atPath: out, contents: nil)
            FileManager.default.createFile(atPath: err, contents: nil)
            process.executableURL = URL(fileURLWithPath: path)
            process.arguments = args
            var env = ProcessInfo.processInfo.environment
            env["SWIFT_BACKTRACE"] = "enable=no"
            env["CI"] = nil
            for (k, v) in environment { env[k] = v }
            process.environment = env
            process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: out))
            process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: err))
            process.standardInput = FileHandle.nullDevice
            try process.run()
        }

        deinit {
            if process.isRunning { process.terminate() }
            try? FileManager.default.removeItem(atPath: out)
            try? FileManager.default.removeItem(atPath: err)
        }

        /// Waits (at most `timeout` seconds, then kills) and returns the exit status and output.
        func finish(timeout: TimeInterval = 120) -> (exit: Int32, stdout: String, stderr: String) {
            let deadline = Date().addingTimeInterval(timeout)
            while process.isRunning && Date() < deadline { usleep(5_000) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            let o = (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
            let e = (try? String(contentsOfFile: err, encoding: .utf8)) ?? ""
            return (process.terminationStatus, o, e)
        }
    }

    /// Runs `missionkpi args…` to the end.
    static func run(_ args: [String], environment: [String: String] = [:]) throws -> (exit: Int32, stdout: String, stderr: String) {
        try Child(args, environment: environment).finish()
    }
}
