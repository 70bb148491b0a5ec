import Foundation
import MissionKPI
import MissionKPIStore
import PostgresNIO

/// The whole tracker read over two connections sharing one snapshot: the server scans the two halves
/// on two cores, and the client decodes them on two event loops. The contracts before the split go
/// to the caller as they arrive; those after it either go as they arrive too, a KPI at a time, when
/// the caller takes KPIs in any order (`ObservationSet.Builder` does: it keeps them by key), or are
/// kept and handed over once the first half is done, so the caller sees the same observations, in
/// the same order, as from one connection.
extension PostgresTracker {
    /// The fewest rows (as the files say) worth a second connection.
    static let twoConnectionRows = 100_000

    /// A contract near the middle of the observations, from a sample of 1% of the table's pages (the
    /// same pages each time); nil when the sample is empty. Only the speed depends on it.
    static func middleContract(_ c: PGConnection) throws -> String? {
        try c.query(
            "SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY contract_id) FROM observation TABLESAMPLE SYSTEM (1) REPEATABLE (17)"
        ).first?.decode(String?.self)
    }

    /// Reads the contracts before `split` on `first` (in its snapshot, which `second` adopts) and the
    /// rest on `second` at the same time; `body` gets them all, in order unless `anyOrder` (then each
    /// KPI whole, under a lock, as soon as it is decoded), and never on two threads at once.
    func readInTwo(
        _ first: PGConnection, _ second: PGConnection, split: String, files: [Int64: ProvenanceFile], anyOrder: Bool,
        _ body: @escaping (consuming Observation) -> Void
    ) throws {
        let id = try first.query("SELECT pg_export_snapshot()").first?.decode(String.self) ?? ""
        guard !id.isEmpty, id.allSatisfy({ $0.isHexDigit || $0 == "-" }) else {
            throw PGFailure(sqlState: "XX000", message: "the server exported a snapshot named '\(id.prefix(40))'", detail: nil)
        }
        try second.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        do {
            try second.query("SET TRANSACTION SNAPSHOT '\(id)'")
            try second.query(PGRowDecoder.readSettings)
            let lock = NSLock(), deliver = Sink(body)
            /// Decodes a KPI row on the calling event loop, then hands it over under the lock.
            func handOver(_ decoder: Sink<PGRowDecoder>) -> @Sendable (PostgresRow) throws -> Void {
                { row in
                    let kpi = try decoder.value.decode(row)
                    lock.lock()
                    defer { lock.unlock() }
                    decoder.value.emit(kpi) { deliver.value($0) }
                }
            }
            var upper = PostgresBindings()
            upper.append(split)
            let later = Sink([Observation]()), laterDecoder = Sink(PGRowDecoder(files: files))
            let keep: @Sendable (PostgresRow) throws -> Void = { row in try laterDecoder.value.observations(row) { later.value.append($0) } }
            let rest = try second.sendEach(PGRowDecoder.query(filter: "WHERE contract_id >= $1"), upper, anyOrder ? handOver(laterDecoder) : keep)
            var lower = PostgresBindings()
            lower.append(split)
            let decoder = Sink(PGRowDecoder(files: files))
            do {
                let pass: @Sendable (PostgresRow) throws -> Void = { row in try decoder.value.observations(row) { deliver.value($0) } }
                try first.each(PGRowDecoder.query(filter: "WHERE contract_id < $1"), lower, anyOrder ? handOver(decoder) : pass)
            } catch {
                _ = try? second.finish(rest)
                throw error
            }
            try second.finish(rest)
            try second.query("COMMIT")
            for o in later.value { body(o) }
        } catch {
            if !second.isClosed { _ = try? second.query("ROLLBACK") }
            throw error
        }
    }
}
