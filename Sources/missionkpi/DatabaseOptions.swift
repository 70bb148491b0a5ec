import ArgumentParser
import Foundation
import MissionKPI
import MissionKPICommands
import MissionKPIPublish
import MissionKPIStore
import MissionKPIStorePostgres

/// `--db PATH|URL`, shared by the subcommands that read or write the tracker.
struct DatabaseOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The tracker: a SQLite file (default: <workspace>/.missionkpi/tracker.sqlite, or tracker.url of missionkpi.yaml) or postgresql://USER@HOST:PORT/DATABASE (password from PGPASSWORD or ~/.pgpass).",
            valueName: "path-or-url"))
    var db: String?

    /// Where the tracker is: `--db`, else `tracker.url` of missionkpi.yaml, else the workspace's SQLite
    /// file; with whether it is that default file. A malformed address is an error (exit 1).
    func address(_ workspace: WorkspaceOptions) throws -> (address: TrackerAddress, isDefault: Bool) {
        do {
            if let db { return (try TrackerAddress.parse(db), false) }
            let (settings, problems) = WorkspaceLoader.settings(at: workspace.root)
            if let tracker = settings.tracker {
                do {
                    return (try TrackerAddress.parse(tracker.url), false)
                } catch {
                    Console.error("\(tracker.location): error: \(error.localizedDescription)")
                    throw ExitCode(1)
                }
            }
            // A tracker setting with a problem must not fall back to the local file unnoticed.
            if let problem = problems.first(where: { $0.message.contains("'tracker'") || $0.message.contains("'url'") }) {
                Console.error(problem.description)
                throw ExitCode(1)
            }
            return (.file(Tracker.defaultPath(workspaceRoot: workspace.root)), true)
        } catch let error as TrackerError {
            Console.error("error: \(error.localizedDescription)")
            throw ExitCode(1)
        }
    }

    /// The tracker's path or URL for this workspace, for messages.
    func path(_ workspace: WorkspaceOptions) throws -> String { try address(workspace).address.description }

    /// For commands that only read: the tracker opened read-only (never created, migrated or written),
    /// or exit 1 with why not.
    func openForReading(_ workspace: WorkspaceOptions) throws -> Tracker {
        try Terminal.run { try workspace.place(self).openForReading(io: $0) }
    }

    /// Runs `body`, turning a tracker failure (a lost connection, a full disk) into one line and exit 1.
    static func run<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as ExitCode {
            throw error
        } catch {
            Console.error("error: \(error.localizedDescription)")
            throw ExitCode(1)
        }
    }
}

extension Clock {
    /// Now, as ISO 8601 UTC to the second (`2026-04-01T09:00:00Z`): when a file was recorded.
    static func timestamp() -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        f.timeZone = TimeZone(identifier: "UTC")
        return f.string(from: Date())
    }
}

extension ObservationListing.Format: ExpressibleByArgument {}
