import Foundation
import MissionKPI
import MissionKPIStore
import PostgresNIO

/// The whole tracker read over two connections sharing one snapshot: the server scans the two halves
/// on two cores, and the client decodes them on two event loops. The contracts before the split go
/// to the caller as they arrive, those after it are kept and handed over once the first half is done,
/// so the caller sees the same observations, in the same order, as from one connection.
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
    /// rest on `second` at the same time; `body` gets them all, in order.
    func readInTwo(
        _ first: PGConnection, _ second: PGConnection, split: String, files: [Int64: ProvenanceFile], _ body: @escaping (Observation) -> Void
    ) throws {
        let id = try first.query("SELECT pg_export_snapshot()").first?.decode(String.self) ?? ""
        guard !id.isEmpty, id.allSatisfy({ $0.isHexDigit || $0 == "-" }) else {
            throw PGFailure(sqlState: "XX000", message: "the server exported a snapshot named '\(id.prefix(40))'", detail: nil)
        }
        try second.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        do {
            try second.query("SET TRANSACTION SNAPSHOT '\(id)'")
            try second.query("SET LOCAL jit = off")
            var upper = PostgresBindings()
            upper.append(split)
            let later = Sink([Observation]()), laterDecoder = Sink(PGRowDecoder(files: files))
            let rest = try second.sendEach(PGRowDecoder.query(filter: "WHERE contract_id >= $1"), upper) { row in
                try laterDecoder.value.observations(row) { later.value.append($0) }
            }
            var lower = PostgresBindings()
            lower.append(split)
            let decoder = Sink(PGRowDecoder(files: files)), deliver = Sink(body)
            do {
                try first.each(PGRowDecoder.query(filter: "WHERE contract_id < $1"), lower) { row in
                    try decoder.value.observations(row) { deliver.value($0) }
                }
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
