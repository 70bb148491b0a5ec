import GRDB
import MissionKPI

extension Tracker {
    /// A SHA-256 that changes whenever the tracker's content does: the content hashes of the returns files
    /// recorded (observations come only from them) and the number of published assessments (append-only,
    /// never changed or deleted). Publish compares it to skip a re-publish of unchanged inputs.
    public func contentKey() throws -> String {
        try pool.read { db in
            var h = SHA256()
            let cursor = try String.fetchCursor(db, sql: "SELECT sha256 FROM returns_file ORDER BY sha256")
            while let sha = try cursor.next() { h.update(Array((sha + "\n").utf8)) }
            let published = try Int.fetchOne(db, sql: "SELECT count(*) FROM published_assessment") ?? 0
            h.update(Array("published \(published)\n".utf8))
            return h.finalizeHex()
        }
    }
}
