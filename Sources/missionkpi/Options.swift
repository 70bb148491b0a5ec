import ArgumentParser
import Foundation
import MissionKPI

/// `--workspace PATH`, shared by every subcommand that reads a workspace. A path that is not a folder
/// is a usage error (exit 64), as for every other bad argument.
struct WorkspaceOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The workspace folder (holding Missions/ and Contracts/).", valueName: "path"))
    var workspace: String = "."

    func validate() throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isFolder), isFolder.boolValue else {
            throw ValidationError(
                "--workspace \(quoted: workspace) is not a folder; give the folder holding Missions/ and Contracts/ (or create one with 'missionkpi init --workspace \(clipped: workspace)')")
        }
    }

    /// The workspace path without a trailing slash.
    var root: String {
        var path = workspace
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        return path
    }
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

/// `--published DATE`: the publication date a site states beside its as-of date (default: the as-of date).
struct PublishedOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The publication date the site states (YYYY-MM-DD); default: the --as-of date.", valueName: "date"))
    var published: String?

    func day() throws -> Day? {
        guard let text = published else { return nil }
        guard let d = Day(parsing: text) else {
            throw ValidationError("--published \(quoted: text) is not a date written YYYY-MM-DD (e.g. 2026-12-01)")
        }
        return d
    }
}

/// The only place the CLI reads the wall clock.
enum Clock {
    static func today() -> Day {
        let seconds = Int(Date().timeIntervalSince1970)
        return Day(ordinal: seconds / 86_400)
    }
}
