import Foundation
import MissionKPI
import MissionKPIStore

/// Where a command's entry point says what happens while it runs, and how its phases are timed. The CLI
/// writes errors and notes on standard error (notes silenced by `--quiet`) and times the phases
/// (`MISSIONKPI_TIMINGS=1`); a test can collect them. The library itself never prints and never exits.
///
/// ```swift
/// let outcome = try Commands.publish(request, io: terminal)   // notes and errors went to `terminal`
/// ```
public protocol CommandIO: Sendable {
    /// An error, or anything a failing run must show: always shown.
    func error(_ line: String)
    /// A note, progress or a summary: hidden with `--quiet`.
    func note(_ line: String)
    /// Runs one phase of the command (`load`, `read tracker`, `record`, `assess`, `align`, `publish`, …).
    func phase<T>(_ name: String, _ body: () throws -> T) rethrows -> T
}

/// A command could not do its work; what went wrong was already said through its `CommandIO` (exit 1).
public struct CommandFailed: Error, Equatable {
    /// The failure.
    public init() {}
}

/// The workspace folder and the tracker a command works on.
public struct Place: Sendable, Hashable {
    /// The workspace folder, without a trailing slash.
    public var workspace: String
    /// The tracker: a SQLite file or a PostgreSQL database (`--db`, `tracker.url`, or the workspace's file).
    public var tracker: TrackerAddress
    /// Whether `tracker` is the workspace's own default file (a missing one means "no returns yet").
    public var isDefaultTracker: Bool

    /// A place; without `tracker`, the workspace's own `<workspace>/.missionkpi/tracker.sqlite`.
    public init(workspace: String, tracker: TrackerAddress? = nil) {
        self.workspace = workspace
        self.tracker = tracker ?? .file(Tracker.defaultPath(workspaceRoot: workspace))
        isDefaultTracker = tracker == nil
    }

    /// A place whose tracker was resolved elsewhere (the CLI's `--db` and `tracker.url`).
    public init(workspace: String, tracker: TrackerAddress, isDefault: Bool) {
        (self.workspace, self.tracker, isDefaultTracker) = (workspace, tracker, isDefault)
    }

    /// The tracker's path or URL (password never shown), for messages.
    public var trackerPath: String { tracker.description }
}

/// Large values kept alive until the process exits: freeing a national workspace, its million
/// observations and their assessment piece by piece costs a noticeable share of a run, for nothing.
public enum Lifetime {
    /// Keeps `value` until the process exits. Called from the command's own thread only.
    public static func keepUntilExit(_ value: Any) { kept.append(value) }

    nonisolated(unsafe) private static var kept: [Any] = []
}

/// `work`'s value, or its error said as `error: …` (`describe` words it) and the command failed.
func orFail<T>(_ io: any CommandIO, describe: (Error) -> String = { $0.localizedDescription }, _ work: () throws -> T) throws -> T {
    do { return try work() } catch let failed as CommandFailed { throw failed } catch {
        io.error("error: \(describe(error))")
        throw CommandFailed()
    }
}

/// An error in the words it gives for itself (`LocalizedError`), else as it describes itself.
func said(_ error: Error) -> String { (error as? LocalizedError)?.errorDescription ?? "\(error)" }
