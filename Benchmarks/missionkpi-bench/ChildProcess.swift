import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One run of a child process: its exit status, wall time and peak memory (from `wait4`'s rusage, or from
/// the child's own `VmHWM` when the rusage figure may be the harness's: see `ChildProcess.run`).
struct ChildRun {
    var exitCode: Int32
    var seconds: Double
    /// User plus system CPU time of the child: unlike wall time, it does not grow when other work shares the cores.
    var cpuSeconds: Double
    /// Peak resident set size of the child, in bytes.
    var peakBytes: Int
    /// The first lines of what it wrote to standard error.
    var stderr: String
    /// The child was killed after running longer than the time limit.
    var timedOut = false
    /// The phase durations it printed (`timing: <phase> <seconds> s`, from MISSIONKPI_TIMINGS=1), in order.
    var timings: [(phase: String, seconds: Double)] = []
}

extension ChildRun {
    /// The `timing:` lines of a child's standard error.
    static func timings(in text: String) -> [(phase: String, seconds: Double)] {
        text.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("timing: "), line.hasSuffix(" s") else { return nil }
            let words = line.dropFirst("timing: ".count).dropLast(2).split(separator: " ")
            guard words.count >= 2, let seconds = Double(words.last!) else { return nil }
            return (words.dropLast().joined(separator: " "), seconds)
        }
    }
}

enum ChildProcess {
    /// Runs `executable` with `arguments`, standard output to `stdoutPath` (or /dev/null), standard error to a
    /// temporary file, and measures it.
    static func run(
        _ executable: String, _ arguments: [String], stdoutPath: String = "/dev/null", stderrPath: String, timeLimit: Double
    ) throws -> ChildRun {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var pid: pid_t = 0
        // glibc's posix_spawn shares this process's memory until the child execs, and Linux carries the
        // shared memory's high-water mark into the child's rusage at exec: after the in-process phases
        // (a 10k workspace loaded here) every child's ru_maxrss was at least the harness's own peak (an
        // import of 174 MB reported as 506 MB). So the child's own VmHWM is polled after its exec, and
        // used whenever rusage's figure does not exceed the harness's own peak.
        let ownPeak = Self.highWater(pid: nil, name: nil) ?? 0
        let childName = String((executable as NSString).lastPathComponent.prefix(15))
        var polledPeak = 0
        let start = now()
        let rc = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard rc == 0 else { throw BenchError("could not start \(executable): \(String(cString: strerror(rc)))") }
        var status: Int32 = 0
        var usage = rusage()
        var timedOut = false
        // Poll every 2 ms so a phase that runs away can be stopped; the error on wall time is at most that.
        while true {
            let r = wait4(pid, &status, WNOHANG, &usage)
            if r == pid { break }
            if r == 0, let hwm = Self.highWater(pid: pid, name: childName) { polledPeak = max(polledPeak, hwm) }
            if r < 0 {
                guard errno == EINTR else { throw BenchError("wait4 failed: \(String(cString: strerror(errno)))") }
                continue
            }
            if !timedOut && now() - start > timeLimit {
                kill(pid, SIGKILL)
                timedOut = true
            }
            usleep(2_000)
        }
        let seconds = now() - start
        let reported = Int(usage.ru_maxrss) * 1024
        let peak = reported > ownPeak || polledPeak == 0 ? reported : polledPeak
        // WIFEXITED / WEXITSTATUS, spelled out (the macros are not imported into Swift).
        let exited = status & 0x7F == 0
        let code: Int32 = exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let text = (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? ""
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true).filter { !$0.hasPrefix("timing: ") }
        let head = lines.prefix(3).joined(separator: " | ")
        return ChildRun(
            exitCode: code, seconds: seconds, cpuSeconds: cpu(usage), peakBytes: peak, stderr: String(head),
            timedOut: timedOut, timings: ChildRun.timings(in: text))
    }

    /// The high-water resident set (`VmHWM`, bytes) of a process (this one when `pid` is nil), read from
    /// /proc; nil when it cannot be read or the process is not (yet) running the program called `name`.
    static func highWater(pid: pid_t?, name: String?) -> Int? {
        let path = pid.map { "/proc/\($0)/status" } ?? "/proc/self/status"
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 8192)
        let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        guard count > 0 else { return nil }
        var hwm: Int?
        var named = name == nil
        for line in String(decoding: buffer[..<count], as: UTF8.self).split(separator: "\n") {
            if let name, line.hasPrefix("Name:") { named = line.dropFirst(5).trimmingCharacters(in: .whitespaces) == name }
            if line.hasPrefix("VmHWM:"), let kb = Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces).split(separator: " ").first ?? "") {
                hwm = kb * 1024
            }
        }
        return named ? hwm : nil
    }

    /// User plus system time in a rusage.
    static func cpu(_ u: rusage) -> Double {
        Double(u.ru_utime.tv_sec) + Double(u.ru_utime.tv_usec) / 1e6 + Double(u.ru_stime.tv_sec) + Double(u.ru_stime.tv_usec) / 1e6
    }

    /// CPU time used so far by this process (all threads).
    static func selfCPU() -> Double {
        var u = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &u)
        return cpu(u)
    }

    /// Seconds on a monotonic clock.
    static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    /// What a command prints to standard output, or nil if it could not run.
    static func output(_ command: [String]) -> String? {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = command
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = FileHandle.nullDevice
        do { try p.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return p.terminationStatus == 0 ? String(decoding: data, as: UTF8.self) : nil
    }
}

/// A failure of the harness itself.
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ text: String) { description = text }
}
