import Dispatch
import MissionKPI
import MissionKPIStore
import MissionKPIStorePostgres

/// The tracker, read on another thread while the workspace loads (the two are independent). A missing
/// default tracker means no observations; a missing `--db` file or an unreadable tracker is an error.
/// Nothing is said until `observations` is asked for, so messages keep their order.
final class TrackerRead: @unchecked Sendable {
    private enum Outcome {
        case read(ObservationSet, [PublishedAssessment])
        case noTracker(path: String)
        case failed(String)
    }

    private var outcome: Outcome = .read(.empty, [])
    private let done = DispatchSemaphore(value: 0)

    /// Starts reading `place`'s tracker (`--db`, `tracker.url`, or the workspace's default file).
    init(_ place: Place) {
        let address = place.tracker, isDefault = place.isDefaultTracker
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

    /// Waits for the read. Without a default tracker: an empty set and `note(path)` said; when it could
    /// not be read: the error said and the command failed.
    func observations(io: any CommandIO, note: (String) -> String) throws -> ObservationSet {
        done.wait()
        defer { done.signal() }
        switch outcome {
        case .read(let set, _):
            return set
        case .noTracker(let path):
            io.note(note(path))
            return .empty
        case .failed(let message):
            io.error(message)
            throw CommandFailed()
        }
    }
}
