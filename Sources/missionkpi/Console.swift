import Foundation

/// Where the CLI writes: data to standard output, errors and notes to standard error. `--quiet` silences
/// the notes (progress, per-file lines, summaries), never data or errors; `--color` decides whether the
/// severity words of diagnostics are coloured. Set once, while the arguments are parsed (`ConsoleOptions`).
enum Console {
    nonisolated(unsafe) static var quiet = false
    nonisolated(unsafe) static var color = ColorChoice.auto

    /// An error (or anything a failing run must show), always written.
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((paint(text, for: 2) + "\n").utf8))
    }

    /// A note, progress or a summary on standard error; nothing with `--quiet`.
    static func note(_ text: String) {
        guard !quiet else { return }
        FileHandle.standardError.write(Data((paint(text, for: 2) + "\n").utf8))
    }

    /// Data on standard output, as it is.
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Diagnostics (`path:line:col: error: …` lines) on standard output, their severity coloured when wanted.
    static func outDiagnostics(_ text: String) {
        FileHandle.standardOutput.write(Data(paint(text, for: 1).utf8))
    }

    /// Whether file descriptor `fd` gets colour: always, never, or (auto) when it is a terminal and
    /// neither NO_COLOR is set nor TERM is dumb.
    static func colours(_ fd: Int32) -> Bool {
        switch color {
        case .always: return true
        case .never: return false
        case .auto:
            let env = ProcessInfo.processInfo.environment
            return isatty(fd) == 1 && (env["NO_COLOR"] ?? "").isEmpty && env["TERM"] != "dumb"
        }
    }

    /// `error:` red, `warning:` yellow, `info:` and `note:` cyan, where a diagnostic line names its severity.
    static func paint(_ text: String, for fd: Int32) -> String {
        guard colours(fd) else { return text }
        var out = text
        for (word, code) in [("error", "31"), ("warning", "33"), ("info", "36"), ("note", "36")] {
            out = out.replacingOccurrences(of: ": \(word): ", with: ": \u{1B}[1;\(code)m\(word)\u{1B}[0m: ")
            if out.hasPrefix("\(word): ") { out = "\u{1B}[1;\(code)m\(word)\u{1B}[0m" + out.dropFirst(word.count) }
            out = out.replacingOccurrences(of: "\n\(word): ", with: "\n\u{1B}[1;\(code)m\(word)\u{1B}[0m: ")
        }
        return out
    }
}

/// `--color auto|always|never`.
enum ColorChoice: String, CaseIterable, Sendable {
    case auto, always, never
}

/// Words the CLI's messages share.
enum CLIText {
    /// A size in mebibytes a person can read: `0.04 MiB`, `0.3 MiB`, `8.9 MiB`, `89 MiB`.
    static func mebibytes(_ bytes: Int) -> String {
        let m = Double(bytes) / 1_048_576
        return String(format: m < 0.1 ? "%.2f" : m < 10 ? "%.1f" : "%.0f", m) + " MiB"
    }
}
