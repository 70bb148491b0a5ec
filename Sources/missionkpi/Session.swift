import ArgumentParser
import Dispatch
import MissionKPI
import MissionKPIStore
import MissionKPIStorePostgres

/// What the judging subcommands (align, assess, audit, pipeline, publish) start from: the validated
/// workspace, the tracker's observations, their assessment and the as-of day.
///
/// ```swift
/// let session = try Session.open(workspace: workspace, db: database, asOf: asOf)
/// let report = AlignmentEngine.run(session.workspace, assessment: session.assessment, asOf: session.asOf)
/// ```
struct Session {
    var workspace: Workspace
    var observations: ObservationSet
    /// The published (UK9) assessments the tracker holds.
    var published: [PublishedAssessment]
    var assessment: Assessment
    var asOf: Day

    /// Parses `--as-of` (a bad date is a usage error, exit 64), loads the workspace (exit 1 with its
    /// diagnostics when it has problems), reads the tracker and assesses. A missing default tracker means
    /// no observations (with a note); a missing `--db` file is an error. The tracker is opened read-only:
    /// never created, migrated or written here.
    /// The tracker is read while the workspace loads; its messages come after the workspace's.
    static func open(workspace: WorkspaceOptions, db: DatabaseOptions, asOf: AsOfOption) throws -> Session {
        let day = try asOf.day()
        let read = try TrackerRead(workspace: workspace, db: db)
        let ws = try loadWorkspaceOrExit(workspace)
        let observations = try PhaseTimer.measure("read tracker") {
            try read.observations { "note: no tracker at '\($0)'; judging without KPI returns. Run 'missionkpi record' to record them." }
        }
        let published = read.published
        let assessment = PhaseTimer.measure("assess") {
            Assessor.assess(ws, observations: observations, published: published, asOf: day)
        }
        return Session(workspace: ws, observations: observations, published: published, assessment: assessment, asOf: day)
    }

    /// Keeps a large value alive until the process exits: freeing a national workspace, its million
    /// observations and their assessment piece by piece costs a noticeable share of a run, for nothing.
    /// Called on the main thread only.
    static func keepUntilExit(_ value: Any) { kept.append(value) }

    nonisolated(unsafe) private static var kept: [Any] = []
}

/// The tracker, read on another thread while the workspace loads (the two are independent). A missing
/// default tracker means no observations; a missing `--db` file or an unreadable tracker is an error.
/// Nothing is printed until `observations` is asked for, so messages keep their order.
final class TrackerRead: @unchecked Sendable {
    private enum Outcome {
        case read(ObservationSet, [PublishedAssessment])
        case noTracker(path: String)
        case failed(String)
    }

    private var outcome: Outcome = .read(.empty, [])
    private let done = DispatchSemaphore(value: 0)

    /// Starts reading `--db` (or `tracker.url`, or the workspace's default tracker); exit 1 for a
    /// malformed address.
    init(workspace: WorkspaceOptions, db: DatabaseOptions) throws {
        let (address, isDefault) = try db.address(workspace)
        DispatchQueue.global().async { [self] in
            if isDefault, case .file(let path) = address, !Tracker.exists(at: path) {
                outcome = .noTracker(path: path)
            } else {
                do {
                    let (set, published) = try address.openForReading().observationSetAndPublished()
                    outcome = .read(set, published)
                } catch {
                    outcome = .failed("error: \(error.localizedDescription)")
                }
            }
            done.signal()
        }
    }

    /// The published (UK9) assessments read with the observations (none without a tracker); ask after `observations`.
    var published: [PublishedAssessment] {
        done.wait()
        defer { done.signal() }
        if case .read(_, let published) = outcome { return published }
        return []
    }

    /// Waits for the read. Without a default tracker: an empty set and `note(path)` on standard error;
    /// when it could not be read: the error on standard error and exit 1.
    func observations(note: (String) -> String) throws -> ObservationSet {
        done.wait()
        defer { done.signal() }
        switch outcome {
        case .read(let set, _):
            return set
        case .noTracker(let path):
            Console.note(note(path))
            return .empty
        case .failed(let message):
            Console.error(message)
            throw ExitCode(1)
        }
    }
}
