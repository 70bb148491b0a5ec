import Foundation
import MissionKPI
import MissionKPIStore
import PostgresNIO

/// The whole tracker read over two connections sharing one snapshot: the server scans the two halves
/// on two cores, and the client decodes them on two event loops. The contracts before the split go
/// to the caller as they arrive; those after it either go as they arrive too, to a second sink of the
/// caller's (`ObservationSet.Builder`s, merged at the end), or are kept and handed over once the
/// first half is done, so the caller sees the same observations, in the same order, as from one
/// connection.
extension PostgresTracker {
    /// The fewest rows (as the files say) worth a second connection.
    static let twoConnectionRows = 100_000

    /// A contract near the middle of the KPIs' series, from a sample of 1% of the table's pages (the
    /// same pages each time); nil when the sample is empty. Only the speed depends on it.
    static func middleContract(_ c: PGConnection) throws -> String? {
        try c.query(
            "SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY contract_id) FROM observation_series TABLESAMPLE SYSTEM (1) REPEATABLE (17)"
        ).first?.decode(String?.self)
    }

    /// Reads the contracts before `split` on `first` (in its snapshot, which `second` adopts) into
    /// `lower`, and the rest on `second` at the same time: into `upper` as they arrive when given
    /// (each sink only ever called from its own connection's event loop), else kept and handed to
    /// `lower` after the first half, in order.
    func readInTwo(
        _ first: PGConnection, _ second: PGConnection, split: String, files: [Int64: ProvenanceFile],
        lower: @escaping (consuming Observation) -> Void, upper: ((consuming Observation) -> Void)?
    ) throws {
        let id = try first.query("SELECT pg_export_snapshot()").first?.decode(String.self) ?? ""
        guard !id.isEmpty, id.allSatisfy({ $0.isHexDigit || $0 == "-" }) else {
            throw PGFailure(sqlState: "XX000", message: "the server exported a snapshot named '\(id.prefix(40))'", detail: nil)
        }
        try second.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        do {
            try second.query("SET TRANSACTION SNAPSHOT '\(id)'")
            try second.query(PGRowDecoder.readSettings)
            var bounds = PostgresBindings()
            bounds.append(split)
            let later = Sink([Observation]())
            let upperSink = Sink(upper ?? { later.value.append($0) }), upperDecoder = Sink(PGRowDecoder(files: files))
            let rest = try second.sendEach(PGRowDecoder.query(filter: "WHERE contract_id >= $1"), bounds) { row in
                try upperDecoder.value.observations(row) { upperSink.value($0) }
            }
            let lowerSink = Sink(lower), decoder = Sink(PGRowDecoder(files: files))
            do {
                try first.each(PGRowDecoder.query(filter: "WHERE contract_id < $1"), bounds) { row in
                    try decoder.value.observations(row) { lowerSink.value($0) }
                }
            } catch {
                _ = try? second.finish(rest)
                throw error
            }
            try second.finish(rest)
            try second.query("COMMIT")
            for o in later.value { lower(o) }
        } catch {
            if !second.isClosed { _ = try? second.query("ROLLBACK") }
            throw error
        }
    }
}
