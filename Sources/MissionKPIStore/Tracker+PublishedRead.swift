import Foundation
import GRDB
import MissionKPI

extension Tracker {
    /// The keys (contract, KPI, period start and end, release) of the published assessments held by the
    /// tracker at `path`, read through a read-only connection that leaves the file's bytes as they are:
    /// an import asks this before deciding whether it has anything to record. Empty for a tracker older
    /// than the published assessments.
    public static func publishedKeys(readOnlyAt path: String) throws -> Set<[String]> {
        var config = Configuration()
        config.readonly = true
        config.label = "tracker (read only)"
        // A tracker closed cleanly has no write-ahead log: read it as immutable, which creates no -wal or
        // -shm file beside it. With a log (a writer may be at work) read it the ordinary read-only way.
        let wal = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? nil
        let immutable = wal == nil || wal == 0
        let url = URL(fileURLWithPath: path).absoluteString + (immutable ? "?immutable=1" : "")
        let queue = try DatabaseQueue(path: immutable && wal == nil ? url : path, configuration: config)
        return try queue.read { db in
            guard try db.tableExists("published_assessment") else { return [] }
            let rows = try Row.fetchCursor(
                db, sql: "SELECT contract_id, kpi_id, period_start, period_end, release_id FROM published_assessment")
            var keys = Set<[String]>()
            while let row = try rows.next() { keys.insert([row[0], row[1], row[2], row[3], row[4]]) }
            return keys
        }
    }
}
