import MissionKPI
import MissionKPIStore

/// Where a command sends what it says while it runs, and how its phases are timed. The CLI prints the
/// messages on standard error as they come and times the phases (`MISSIONKPI_TIMINGS=1`); a test can
/// collect them. The library itself never prints, never exits and never reads the clock.
///
/// ```swift
/// let result = try AlignCommand.run(AlignRequest(place: place, asOf: day), io: terminal)
/// print(result.output)   // the findings; the summary went to io.message
/// ```
public protocol CommandIO: AnyObject, Sendable {
    /// One line for standard error: a diagnostic, a note, a summary.
    func message(_ line: String)
    /// Runs one phase of the command (`load`, `read tracker`, `assess`, `render`, …).
    func phase<T>(_ name: String, _ body: () throws -> T) rethrows -> T
    /// How far recording has got (files, rows), for a live line on a terminal.
    func progress(_ p: RecordProgress)
}

/// What a command gives back: the data for standard output, and whether it fails (exit 1) though it ran.
public struct CommandResult: Sendable, Equatable {
    /// Standard output (may be empty).
    public var output: String
    /// The command ran but its outcome fails it: error findings, rejected files, an unclean workspace.
    public var failed: Bool

    /// A result.
    public init(output: String = "", failed: Bool = false) {
        self.output = output
        self.failed = failed
    }
}

/// How a command stopped early, which the CLI turns into an exit code.
public enum CommandError: Error, Equatable {
    /// The command line names something that does not exist (exit 64): the message, with a did-you-mean.
    case usage(String)
    /// The command could not do its work (exit 1); what went wrong was already said through `CommandIO`.
    case failed
}

/// The workspace folder and the tracker a command works on.
public struct Place: Sendable, Hashable {
    /// The workspace folder, without a trailing slash.
    public var workspace: String
    /// `--db`, or nil for the workspace's own tracker.
    public var db: String?

    /// A place.
    public init(workspace: String, db: String? = nil) {
        self.workspace = workspace
        self.db = db
    }

    /// The tracker's path: `--db`, or `<workspace>/.missionkpi/tracker.sqlite`.
    public var trackerPath: String { db ?? Tracker.defaultPath(workspaceRoot: workspace) }
}

/// Large values kept alive until the process exits: freeing a national workspace, its million
/// observations and their assessment piece by piece costs a noticeable share of a run, for nothing.
public enum Lifetime {
    /// Keeps `value` until the process exits. Called from the command's own thread only.
    public static func keepUntilExit(_ value: Any) { kept.append(value) }

    nonisolated(unsafe) private static var kept: [Any] = []
}
