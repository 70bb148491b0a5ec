import Foundation
import GRDB
import MissionKPI

extension SQLiteTracker {
    /// Every returns file the tracker holds, by content hash (SHA-256, hex).
    func recordedFiles() throws -> [String: RecordedFile] {
        try pool.read { db in
            var out: [String: RecordedFile] = [:]
            let cursor = try Row.fetchCursor(db, sql: "SELECT sha256, path, recorded_at FROM returns_file")
            while let row = try cursor.next() { out[row[0]] = RecordedFile(path: row[1], recordedAt: row[2]) }
            return out
        }
    }
}
