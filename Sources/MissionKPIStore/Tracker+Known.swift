import Foundation
import GRDB
import MissionKPI

extension Tracker {
    /// The outcome of each input if every one of them was recorded before (by content hash), else nil.
    ///
    /// Re-recording unchanged files is then answered without loading and checking the workspace.
    /// A file that cannot be read, or any file not yet recorded, returns nil: the full path handles it.
    public func alreadyRecorded(_ inputs: [ReturnsInput]) throws -> [RecordOutcome]? {
        guard !inputs.isEmpty else { return nil }
        let known: [String: (path: String, recordedAt: String)] = try pool.read { db in
            var out: [String: (path: String, recordedAt: String)] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT sha256, path, recorded_at FROM returns_file") {
                out[row[0]] = (row[1], row[2])
            }
            return out
        }
        guard !known.isEmpty else { return nil }
        // Hash one file at a time and stop at the first new one, so a real recording hashes little twice.
        var outcomes: [RecordOutcome] = []
        outcomes.reserveCapacity(inputs.count)
        for input in inputs {
            guard let data = FileManager.default.contents(atPath: input.path) else { return nil }
            let sha = ReturnsFile.sha256([UInt8](data))
            guard let prior = known[sha] else { return nil }
            outcomes.append(.alreadyRecorded(path: input.displayPath, sha256: sha, firstPath: prior.path, recordedAt: prior.recordedAt))
        }
        return outcomes
    }
}
