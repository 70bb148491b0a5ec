import ArgumentParser
import Foundation
import MissionKPI
import MissionKPICommands

/// `--workspace PATH`, shared by every subcommand.
struct WorkspaceOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The workspace folder (holding Missions/ and Contracts/).", valueName: "path"))
    var workspace: String = "."

    /// The workspace path without a trailing slash.
    var root: String {
        var path = workspace
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        return path
    }

    /// The workspace and the tracker `--db` names (or its own).
    func place(_ database: DatabaseOptions? = nil) -> Place { Place(workspace: root, db: database?.db) }
}

/// `--as-of DATE`: the date every judgement is made at.
struct AsOfOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Judge as at this date (YYYY-MM-DD); default: today.", valueName: "date"))
    var asOf: String?

    func day() throws -> Day {
        guard let text = asOf else { return Clock.today() }
        guard let d = Day(parsing: text) else {
            throw ValidationError("--as-of \(quoted: text) is not a date written YYYY-MM-DD (e.g. 2026-03-31)")
        }
        return d
    }
}

/// Writes to standard output and standard error.
enum Console {
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

/// The only place the CLI reads the wall clock.
enum Clock {
    static func today() -> Day {
        let seconds = Int(Date().timeIntervalSince1970)
        return Day(ordinal: seconds / 86_400)
    }

    /// Now, as ISO 8601 UTC to the second (`2026-04-01T09:00:00Z`): when a file was recorded.
    static func timestamp() -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        f.timeZone = TimeZone(identifier: "UTC")
        return f.string(from: Date())
    }
}
