import Foundation
import MissionKPI

extension Tracker {
    /// Records returns files: a file with any problem stores nothing, a file whose bytes were recorded
    /// before stores nothing, and a value differing from the current version of its KPI and period
    /// becomes the next version (a correction). Other files are unaffected by one file's problems.
    /// A row the tracker refuses rejects its own file (with the row's line). Throws only when the
    /// tracker itself fails (`RecordError` on SQLite, naming the tracker and the file being stored;
    /// `TrackerError` on PostgreSQL, naming the server).
    public func record(
        _ inputs: [ReturnsInput], workspace: Workspace, recordedAt: String,
        progress: ((RecordProgress) -> Void)? = nil
    ) throws -> [RecordOutcome] {
        let reading = ReturnsReading(inputs, recorded: try recordedFiles())
        return try record(reading, validator: ReturnsValidator(workspace: workspace), recordedAt: recordedAt, progress: progress)
    }

    /// Records the files of a reading started earlier (see `ReturnsReading`), checked by `validator`.
    ///
    /// Files are written in transactions holding whole files, committed once about `commitEvery` rows
    /// are waiting and at the end: a process killed (or a connection lost) at any moment leaves the
    /// tracker holding whole files only, and readers only ever see whole files.
    public func record(
        _ reading: ReturnsReading, validator: ReturnsValidator, recordedAt: String, commitEvery: Int = 1_000_000,
        progress: ((RecordProgress) -> Void)? = nil
    ) throws -> [RecordOutcome] {
        try backend.record(reading, validator: validator, recordedAt: recordedAt, commitEvery: commitEvery, progress: progress)
    }

    /// Every returns file the tracker holds, by content hash (SHA-256, hex).
    public func recordedFiles() throws -> [String: RecordedFile] { try backend.recordedFiles() }

    /// The outcome of each input if every one of them was recorded before (by content hash), else nil.
    ///
    /// Re-recording unchanged files is then answered without loading and checking the workspace.
    /// A file that cannot be read, or any file not yet recorded, returns nil: the full path handles it.
    public func alreadyRecorded(_ inputs: [ReturnsInput]) throws -> [RecordOutcome]? {
        let reading = ReturnsReading(inputs, recorded: try recordedFiles())
        defer { reading.cancel() }
        return reading.allAlreadyRecorded()
    }
}
