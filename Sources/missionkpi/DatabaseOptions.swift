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

    /// The tracker when its file exists (nil otherwise), or exit 1 when it cannot be opened.
    func openIfExists(_ workspace: WorkspaceOptions) throws -> Tracker? {
        Tracker.exists(at: path(workspace)) ? try open(workspace, create: false) : nil
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

    /// Opens the tracker (creating it when `create`), or explains why not and exits 1.
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
