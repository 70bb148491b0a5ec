import Foundation
import MissionKPICommands
import MissionKPIStore

/// A progress line on standard error (files, rows, rate), redrawn in place; silent unless standard
/// error is a terminal, `CI` is unset and `--quiet` is not given, so logs and pipes get no noise.
final class ProgressLine: ProgressDisplay {
    let enabled: Bool
    private let started = Date()
    private var lastDrawn = Date.distantPast
    private var drawn = false

    init(enabled: Bool = ProgressLine.isInteractive) { self.enabled = enabled }

    /// Standard error is a terminal and we are not under CI.
    static var isInteractive: Bool {
        isatty(2) == 1 && (ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty && !Console.quiet
    }

    /// Redraws at most ten times a second.
    func update(_ p: RecordProgress) {
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(lastDrawn) >= 0.1 else { return }
        lastDrawn = now
        let seconds = max(now.timeIntervalSince(started), 0.001)
        let rate = Int(Double(p.rowsDone) / seconds)
        var line = "recording: \(p.filesDone)/\(p.filesTotal) files, \(p.rowsDone) rows, \(rate) rows/s"
        if !p.currentFile.isEmpty { line += " — \(p.currentFile)" }
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
        drawn = true
    }

    /// Erases the line before the results are printed.
    func clear() {
        guard drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        drawn = false
    }
}
