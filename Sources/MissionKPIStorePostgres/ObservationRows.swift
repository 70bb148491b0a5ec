import Foundation
import MissionKPI
import PostgresNIO

/// Observation rows gathered column by column and stored with one statement per `limit` rows:
/// `INSERT INTO observation … SELECT … FROM unnest($1::text[], …)`, each column one array parameter
/// (binary), so a statement carries tens of thousands of rows in one round trip. (postgres-nio's
/// `COPY` can hang when the server ends the session mid-copy, so it is not used.) A note is sent as ''
/// for none, which the schema never stores (`note <> ''`); days as numbers of days since 2000-01-01.
///
/// ```swift
/// var rows = ObservationRows()
/// rows.add(contract: "c", kpi: "k", period: p, value: 1, note: nil, version: 1, fileId: 7, row: 2)
/// try rows.store(on: connection)
/// ```
struct ObservationRows {
    /// Rows per statement: enough that a statement's overhead is small, few enough that the server can
    /// start on the first while the client prepares the next.
    static let limit = 20_000

    static let insert = """
        INSERT INTO observation (contract_id, kpi_id, period, period_start, period_end, value, note, version, file_id, row)
        SELECT c, k, p, DATE '2000-01-01' + s, DATE '2000-01-01' + e, v, NULLIF(n, ''), ver, f, r
        FROM unnest($1::text[], $2::text[], $3::text[], $4::int4[], $5::int4[], $6::float8[], $7::text[], $8::int4[], $9::int8[],
            $10::int4[]) AS t(c, k, p, s, e, v, n, ver, f, r)
        """

    private var contract: [String] = [], kpi: [String] = [], period: [String] = [], note: [String] = []
    private var start: [Int32] = [], end: [Int32] = [], version: [Int32] = [], row: [Int32] = []
    private var value: [Double] = []
    private var file: [Int64] = []
    /// The rows gathered and not yet stored.
    var count: Int { contract.count }

    /// Adds one version of a value.
    mutating func add(contract c: String, kpi k: String, period p: Period, value v: Double, note n: String?, version ver: Int, fileId: Int64, row r: Int) {
        add(contract: c, kpi: k, period: p.text, start: p.start, end: p.end, value: v, note: n, version: ver, fileId: fileId, row: r)
    }

    /// Adds one version of a value, its period given as text and days.
    mutating func add(
        contract c: String, kpi k: String, period p: String, start s: Day, end e: Day, value v: Double, note n: String?, version ver: Int,
        fileId: Int64, row r: Int
    ) {
        contract.append(c)
        kpi.append(k)
        period.append(p)
        start.append(Int32(clamping: s.ordinal - PGRowDecoder.epochShift))
        end.append(Int32(clamping: e.ordinal - PGRowDecoder.epochShift))
        value.append(v)
        note.append(n ?? "")
        version.append(Int32(clamping: ver))
        file.append(fileId)
        row.append(Int32(clamping: r))
    }

    /// Stores every row gathered (in statements of `limit` rows), waiting for each, and forgets them.
    mutating func store(on connection: PGConnection) throws {
        for sent in try send(on: connection) { try connection.finish(sent) }
    }

    /// Sends every row gathered (in statements of `limit` rows) without waiting, and forgets them;
    /// the statements to wait for.
    mutating func send(on connection: PGConnection) throws -> [PGConnection.Sent] {
        var sent: [PGConnection.Sent] = []
        var from = 0
        while from < count {
            let to = min(from + ObservationRows.limit, count)
            var binds = PostgresBindings(capacity: 10)
            binds.append(Array(contract[from..<to]))
            binds.append(Array(kpi[from..<to]))
            binds.append(Array(period[from..<to]))
            binds.append(Array(start[from..<to]))
            binds.append(Array(end[from..<to]))
            binds.append(Array(value[from..<to]))
            binds.append(Array(note[from..<to]))
            binds.append(Array(version[from..<to]))
            binds.append(Array(file[from..<to]))
            binds.append(Array(row[from..<to]))
            sent.append(try connection.send(ObservationRows.insert, binds))
            from = to
        }
        self = ObservationRows()
        return sent
    }
}
