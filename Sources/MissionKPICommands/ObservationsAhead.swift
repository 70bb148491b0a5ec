import Dispatch
import MissionKPI
import MissionKPIStore

/// `publish`'s tracker read, started while the workspace loads when it can be: once the returns files are
/// hashed and every one was recorded before (re-publishing, or publishing after `record`), nothing will be
/// stored, so the observations can be read at once on another core instead of after the load.
final class ObservationsAhead: @unchecked Sendable {
    private var outcomes: [RecordOutcome]?
    private var observations: Result<(ObservationSet, [PublishedAssessment]), Error>?
    private let decided = DispatchSemaphore(value: 0)
    private let read = DispatchSemaphore(value: 0)

    /// Starts asking `reading` whether every file is recorded already, and if so reading `tracker`.
    init(reading: ReturnsReading, tracker: Tracker?) {
        guard let tracker else {
            decided.signal()
            read.signal()
            return
        }
        DispatchQueue.global().async { [self] in
            outcomes = reading.allAlreadyRecorded()
            decided.signal()
            if outcomes != nil { observations = Result { try tracker.observationSetAndPublished() } }
            read.signal()
        }
    }

    /// Every file's outcome when all were recorded before, else nil: then the caller records the reading
    /// and reads the tracker itself. Ask once, before recording.
    func alreadyRecorded() -> [RecordOutcome]? {
        decided.wait()
        defer { decided.signal() }
        return outcomes
    }

    /// The observations and published assessments read ahead (one snapshot), waiting for the read to
    /// end; nil when none was started.
    func observationSetAndPublished() throws -> (ObservationSet, [PublishedAssessment])? {
        read.wait()
        defer { read.signal() }
        return try observations?.get()
    }
}
