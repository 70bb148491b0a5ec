import MissionKPI
import MissionKPIStore

/// Opening the tracker for a command: each way says why it could not, then fails the command.
extension Place {
    /// For `record` and `publish`: the tracker opened read-only when its file exists, to learn what it
    /// holds without writing (nil when there is none yet, or it is an empty file or of an older schema,
    /// which recording sets up).
    func openIfExists(io: any CommandIO) throws -> Tracker? {
        guard Tracker.exists(at: trackerPath) else { return nil }
        do {
            return try Tracker(readingAt: trackerPath)
        } catch TrackerError.empty, TrackerError.olderSchema {
            return nil
        } catch {
            io.message("error: \(error.localizedDescription)")
            throw CommandError.failed
        }
    }

    /// For commands that only read: the tracker opened read-only (never written).
    func openForReading(io: any CommandIO) throws -> Tracker {
        try orFail(io) { try Tracker(readingAt: trackerPath) }
    }

    /// The tracker opened for writing (created when `create`).
    func open(create: Bool, io: any CommandIO) throws -> Tracker {
        try orFail(io) { try Tracker(path: trackerPath, create: create) }
    }

    /// Starts reading and hashing `inputs` on another core, told which files `existing` holds already.
    func startReading(_ inputs: [ReturnsInput], knownTo existing: Tracker?, io: any CommandIO) throws -> ReturnsReading {
        try orFail(io) { ReturnsReading(inputs, recorded: try existing?.recordedFiles() ?? [:]) }
    }
}

/// `work`'s value, or its error said as `error: …` and the command failed.
func orFail<T>(_ io: any CommandIO, _ work: () throws -> T) throws -> T {
    do { return try work() } catch {
        io.message("error: \(error.localizedDescription)")
        throw CommandError.failed
    }
}
