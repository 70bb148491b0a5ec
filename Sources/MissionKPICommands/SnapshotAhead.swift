import Dispatch
import MissionKPIPublish

/// `publish`'s last snapshot (`data/snapshot.json.gz` of the output folder, what the next review compares
/// with), read and decoded on another core while the workspace loads and the returns are recorded: at
/// 10,000 contracts it is 62 MB of JSON, seconds of one core that would otherwise come before judging.
final class SnapshotAhead: @unchecked Sendable {
    private var snapshot: Snapshot?
    private var unreadable: String?
    private let done = DispatchSemaphore(value: 0)

    /// Starts reading the snapshot of the site in `folder`.
    init(folder: String) {
        DispatchQueue.global().async { [self] in
            (snapshot, unreadable) = Snapshot.found(site: folder)
            done.signal()
        }
    }

    /// The snapshot (nil when the folder holds none), waiting for the read to end; a warning on `io`
    /// when a snapshot file is there but cannot be read. Ask once.
    func wait(io: any CommandIO) -> Snapshot? {
        done.wait()
        defer { done.signal() }
        if let unreadable {
            io.error(
                "warning: \(unreadable): the last review's snapshot cannot be read (damaged or cut short); "
                    + "this review is compared with none, as a first one, and the publish writes a new snapshot")
        }
        return snapshot
    }
}
