import Dispatch
import MissionKPI
import MissionKPIStore

/// What the judging commands (align, assess, audit, pipeline, export) start from: the validated
/// workspace, the tracker's observations and published assessments, their assessment and the as-of day.
///
/// ```swift
/// let session = try Session.open(place, asOf: day, io: io)
/// let report = AlignmentEngine.run(session.workspace, assessment: session.assessment, asOf: session.asOf)
/// ```
public struct Session {
    /// The validated workspace.
    public var workspace: Workspace
    /// Every recorded version of every return.
    public var observations: ObservationSet
    /// The published (UK9) assessments the tracker holds.
    public var published: [PublishedAssessment]
    /// Ratings, trajectories, roll-ups, annual assessments.
    public var assessment: Assessment
    /// The day every judgement is made at.
    public var asOf: Day

    /// Loads the workspace (failing with its diagnostics when it has problems), reads the tracker and
    /// assesses. A missing default tracker means no observations (with `note`); a missing `--db` file is
    /// an error. The tracker is opened read-only: never created, migrated or written here. It is read
    /// while the workspace loads; its messages come after the workspace's.
    public static func open(
        _ place: Place, asOf day: Day, io: any CommandIO,
        note: String = "judging without KPI returns. Run 'missionkpi record' to record them."
    ) throws -> Session {
        let (ws, read) = try loadWithTracker(place, io: io)
        let observations = try io.phase("read tracker") { try read.observations(io: io, note: note) }
        let published = read.published
        let assessment = io.phase("assess") { Assessor.assess(ws, observations: observations, published: published, asOf: day) }
        return Session(workspace: ws, observations: observations, published: published, assessment: assessment, asOf: day)
    }

    /// Starts reading the tracker, then loads the workspace: for commands that check the workspace
    /// (their options name its ids) before they wait for the tracker.
    public static func loadWithTracker(_ place: Place, io: any CommandIO) throws -> (Workspace, TrackerRead) {
        let read = TrackerRead(place)
        return (try Workspaces.load(place, io: io), read)
    }
}

/// Loading the workspace for a command.
public enum Workspaces {
    /// The validated workspace, or its diagnostics and the advice to run `validate` (then `CommandError.failed`).
    public static func load(_ place: Place, io: any CommandIO) throws -> Workspace {
        let result: LoadResult
        do {
            result = try io.phase("load") { try WorkspaceLoader.load(at: place.workspace, ruleCatalog: RuleRegistry.catalog) }
        } catch {
            io.message("error: \(error.localizedDescription)")
            throw CommandError.failed
        }
        if !result.isClean {
            for d in result.diagnostics { io.message(d.description) }
            io.message("\(result.diagnostics.count) error(s) in the workspace; run 'missionkpi validate' for details. Nothing else was done.")
            throw CommandError.failed
        }
        return result.workspace
    }

    /// The settings in the workspace's `missionkpi.yaml`, read on their own; defaults when there is none.
    /// Problems in the file are left to `validate` and `align`: listing rules helps to fix them.
    public static func settings(_ place: Place) -> Settings {
        guard case .success(let bytes) = FileBytes.contents(of: place.workspace + "/missionkpi.yaml") else { return Settings() }
        return WorkspaceLoader.load(files: ["missionkpi.yaml": String(decoding: bytes, as: UTF8.self)]).workspace.settings
    }
}

/// The tracker, read on another thread while the workspace loads (the two are independent). A missing
/// default tracker means no observations; a missing `--db` file or an unreadable tracker is an error.
/// Nothing is said until `observations` is asked for, so messages keep their order.
public final class TrackerRead: @unchecked Sendable {
    private enum Outcome {
        case read(ObservationSet, [PublishedAssessment])
        case noTracker(path: String)
        case failed(String)
    }

    private var outcome: Outcome = .read(.empty, [])
    private let done = DispatchSemaphore(value: 0)

    /// Starts reading `--db` (or the workspace's default tracker), read-only.
    public init(_ place: Place) {
        let path = place.trackerPath, isDefault = place.db == nil
        DispatchQueue.global().async { [self] in
            if isDefault && !Tracker.exists(at: path) {
                outcome = .noTracker(path: path)
            } else {
                do {
                    let tracker = try Tracker(readingAt: path)
                    outcome = .read(try tracker.observationSet(), try tracker.publishedAssessments())
                } catch {
                    outcome = .failed("error: \(error.localizedDescription)")
                }
            }
            done.signal()
        }
    }

    /// The published (UK9) assessments read with the observations (none without a tracker); ask after `observations`.
    public var published: [PublishedAssessment] {
        done.wait()
        defer { done.signal() }
        if case .read(_, let published) = outcome { return published }
        return []
    }

    /// Waits for the read. Without a default tracker: an empty set and "note: no tracker at '…'; `note`";
    /// when it could not be read: the error, then `CommandError.failed`.
    public func observations(io: any CommandIO, note: String) throws -> ObservationSet {
        done.wait()
        defer { done.signal() }
        switch outcome {
        case .read(let set, _):
            return set
        case .noTracker(let path):
            io.message("note: no tracker at '\(path)'; " + note)
            return .empty
        case .failed(let message):
            io.message(message)
            throw CommandError.failed
        }
    }
}
