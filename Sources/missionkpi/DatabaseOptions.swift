import ArgumentParser
import Foundation
import MissionKPI
import MissionKPICommands
import MissionKPIPublish
import MissionKPIStore

/// `--db PATH`, shared by the subcommands that read or write the tracker.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The tracker database (default: <workspace>/.missionkpi/tracker.sqlite).", valueName: "path"))
    var db: String?

    /// For commands that only read: the tracker opened read-only (never written), or exit 1 with why not.
    func openForReading(_ workspace: WorkspaceOptions) throws -> Tracker {
        try Terminal.run { try workspace.place(self).openForReading(io: $0) }
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
