import Foundation
import GRDB
import MissionKPI

extension Tracker {
    /// Records returns files: a file with any problem stores nothing, a file whose bytes were recorded
    /// before stores nothing, and a value differing from the current version of its KPI and period
    /// becomes the next version (a correction). Other files are unaffected by one file's problems.
    /// A row the tracker refuses rejects its own file (with the row's line). Throws only when the
    /// database itself fails (`RecordError`, naming the tracker and the file being stored).
    public func record(
        _ inputs: [ReturnsInput], workspace: Workspace, recordedAt: String,
        progress: ((RecordProgress) -> Void)? = nil
    ) throws -> [RecordOutcome] {
        let reading = ReturnsReading(inputs, recorded: try recordedFiles())
        return try record(reading, validator: ReturnsValidator(workspace: workspace), recordedAt: recordedAt, progress: progress)
    }

    /// Records the files of a reading started earlier (see `ReturnsReading`), checked by `validator`.
    ///
    /// The files are written in one transaction, each in a savepoint of its own, committed at a file's
    /// end once `commitEvery` rows are waiting and at the end: a process killed at any moment leaves the
    /// tracker holding whole files only, and readers only ever see whole files.
    public func record(
        _ reading: ReturnsReading, validator: ReturnsValidator, recordedAt: String, commitEvery: Int = 1_000_000,
        progress: ((RecordProgress) -> Void)? = nil
    ) throws -> [RecordOutcome] {
        guard !isReadOnly else {
            reading.cancel()
            throw RecordError.failed(tracker: path, file: nil, reason: "it was opened for reading only")
        }
        reading.start(validator)
        do {
            return try pool.writeWithoutTransaction { db in
                // Each file's savepoint keeps a copy of every page the file changes (its sub-journal); on disk,
                // that is 16 KiB written per page per file (70k writes, 1.1 GB at 10k contracts). Kept in
                // memory instead: a few MB for a file of a few thousand rows.
                try db.execute(sql: "PRAGMA temp_store = MEMORY")
                defer { try? db.execute(sql: "PRAGMA temp_store = DEFAULT") }
                var run = RecordRun(
                    db, path: path, files: reading.inputs.count, validator: validator, recordedAt: recordedAt, commitEvery: commitEvery,
                    progress: progress)
                return try run.run(reading)
            }
        } catch {
            reading.queue.cancel()
            throw RecordError.failed(tracker: path, file: nil, error)
        }
    }
}
