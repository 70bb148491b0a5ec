import ArgumentParser
import Foundation
import MissionKPI
import MissionKPIPublish
import MissionKPIStore

/// `--db PATH`, shared by the subcommands that read or write the tracker.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The tracker database (default: <workspace>/.missionkpi/tracker.sqlite).", valueName: "path"))
    var db: String?

    /// The tracker's path for this workspace.
    func path(_ workspace: WorkspaceOptions) -> String { db ?? Tracker.defaultPath(workspaceRoot: workspace.root) }

    /// For `record` and `publish`: the tracker opened read-only when its file exists, to learn what it
    /// holds without writing (nil when there is none yet, or it is an empty file or of an older schema,
    /// which recording sets up), or exit 1 when it cannot be read.
    func openIfExists(_ workspace: WorkspaceOptions) throws -> Tracker? {
        guard Tracker.exists(at: path(workspace)) else { return nil }
        do {
            return try Tracker(readingAt: path(workspace))
        } catch TrackerError.empty, TrackerError.olderSchema {
            return nil
        } catch {
            Console.error("error: \(error.localizedDescription)")
            throw ExitCode(1)
        }
    }

    /// For commands that only read: the tracker opened read-only (never written), or exit 1 with why not.
    func openForReading(_ workspace: WorkspaceOptions) throws -> Tracker {
        do {
            return try Tracker(readingAt: path(workspace))
        } catch {
            Console.error("error: \(error.localizedDescription)")
            throw ExitCode(1)
        }
    }

    /// Starts reading and hashing `inputs` on another core, told which files `existing` holds already.
    func startReading(_ inputs: [ReturnsInput], knownTo existing: Tracker?) throws -> ReturnsReading {
        do {
            return ReturnsReading(inputs, recorded: try existing?.recordedFiles() ?? [:])
        } catch {
            Console.error("error: \(error.localizedDescription)")
            throw ExitCode(1)
        }
    }

    /// Opens the tracker for writing (creating it when `create`), or explains why not and exits 1.
    func open(_ workspace: WorkspaceOptions, create: Bool) throws -> Tracker {
        do {
            return try Tracker(path: path(workspace), create: create)
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
