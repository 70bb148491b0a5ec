import Foundation
import GRDB
import MissionKPI

extension SQLiteTracker {
    /// Records the files of a reading started earlier (see `ReturnsReading`), checked by `validator`.
    ///
    /// The files are written in one transaction, each in a savepoint of its own, committed at a file's
    /// end once `commitEvery` rows are waiting and at the end: a process killed at any moment leaves the
    /// tracker holding whole files only, and readers only ever see whole files.
    func record(
        _ reading: ReturnsReading, validator: ReturnsValidator, recordedAt: String, commitEvery: Int,
        progress: ((RecordProgress) -> Void)?
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
