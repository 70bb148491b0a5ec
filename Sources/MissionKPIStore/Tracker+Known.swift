import Foundation
import GRDB
import MissionKPI

extension Tracker {
    /// Every returns file the tracker holds, by content hash (SHA-256, hex).
    public func recordedFiles() throws -> [String: RecordedFile] {
        try pool.read { db in
            var out: [String: RecordedFile] = [:]
            let cursor = try Row.fetchCursor(db, sql: "SELECT sha256, path, recorded_at FROM returns_file")
            while let row = try cursor.next() { out[row[0]] = RecordedFile(path: row[1], recordedAt: row[2]) }
            return out
        }
    }

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
