import Foundation
import MissionKPI
@_spi(TrackerBackend) import MissionKPIStore
import PostgresNIO

/// Turns KPI rows (binary format, columns in `PGRowDecoder.query` order: a contract, a KPI, then
/// each of the KPI's observation columns as an array, in key order) into `Observation`s without
/// postgres-nio's generic decoding (`PGArray`): one row per KPI instead of one per observation, so
/// the client decodes a few thousand rows of arrays where it decoded a million rows. Rows of one
/// period share its `Period`, rows of one file its `ProvenanceFile`.
///
/// ```swift
/// var decoder = PGRowDecoder(files: files)
/// try decoder.observations(row) { o in … }
/// ```
struct PGRowDecoder {
    /// The query for the observations matching `filter` (a WHERE clause, or ""): one row per contract
    /// and KPI, in order, each column an array in key order. The arrays are built from a sorted
    /// subquery (half the server's time of `array_agg(… ORDER BY …)` on each column); the order of the
    /// elements is checked as they are decoded all the same, and restored if a plan ever lost it.
    static func query(filter: String) -> String {
        let arrays = ["period", "period_start", "period_end", "value", "note", "version", "row", "file_id"].map { "array_agg(\($0))" }
        return """
            SELECT contract_id, kpi_id, \(arrays.joined(separator: ", ")) FROM (
                SELECT * FROM observation \(filter) ORDER BY contract_id, kpi_id, period_start, period_end, version) o
            GROUP BY contract_id, kpi_id ORDER BY contract_id, kpi_id
            """
    }
    /// The read transaction's settings, in one round trip: the plan is the primary key's index, which
    /// hands the rows over in order as they are read. Right after a large `record`, the statistics are
    /// those of an autoanalyze run part-way through it, and the planner chose a parallel scan and an
    /// external sort on disk for each half instead (two workers each: twice the server's CPU, 2 s
    /// against 1 s, at 10k). Compiling the query (JIT) costs more than it saves on one pass over the table.
    static let readSettings = """
        SELECT set_config('jit', 'off', true), set_config('enable_sort', 'off', true),
            set_config('max_parallel_workers_per_gather', '0', true)
        """

    /// Days from 1970-01-01 (`Day.ordinal`'s origin) to 2000-01-01 (PostgreSQL's).
    static let epochShift = 10_957

    private let files: [Int64: ProvenanceFile]
    /// The same files by id, when the ids are small (as identity columns give them): a KPI's rows
    /// change file every few elements, and an array index costs less than hashing the id.
    private let filesByID: [ProvenanceFile?]
    private static let missingFile = ProvenanceFile(path: "", sha256: "", recordedAt: "")
    private var contract = TextCache(), kpi = TextCache(), note = TextCache()
    private var periods = PeriodCache()
    private var lastFile: (id: Int64, file: ProvenanceFile) = (-1, ProvenanceFile(path: "", sha256: "", recordedAt: ""))

    init(files: [Int64: ProvenanceFile]) {
        self.files = files
        let top = files.keys.max() ?? -1
        var byID: [ProvenanceFile?] = []
        if top >= 0, top < 4 * Int64(files.count) + 1024, files.keys.allSatisfy({ $0 >= 0 }) {
            byID = Array(repeating: nil, count: Int(top) + 1)
            for (id, file) in files { byID[Int(id)] = file }
        }
        filesByID = byID
    }

    /// The file of this id (an empty one when the tracker does not hold it).
    private func file(_ id: Int64) -> ProvenanceFile {
        if id >= 0, id < filesByID.count { return filesByID[Int(id)] ?? PGRowDecoder.missingFile }
        return files[id] ?? PGRowDecoder.missingFile
    }

    /// One KPI row's arrays, decoded (`decode`) and not yet made into observations (`emit`).
    struct KPIRow {
        var contract: String, kpi: String
        var periods: [Period], notes: [String?], values: [Double]
        var versions: [Int32], rows: [Int32], fileIDs: [Int64]
        /// The elements' indices in key order (period, then version).
        var order: [Int]
    }

    /// Hands `body` the observations of one KPI row, in key order (period, then version).
    mutating func observations(_ row: PostgresRow, _ body: (consuming Observation) -> Void) throws {
        emit(try decode(row), body)
    }

    /// Reads one KPI row's arrays (the costly part, which can run while another thread emits).
    mutating func decode(_ row: PostgresRow) throws -> KPIRow {
        var it = row.makeIterator()
        guard let c0 = it.next(), let c1 = it.next(), let c2 = it.next(), let c3 = it.next(), let c4 = it.next(), let c5 = it.next(),
            let c6 = it.next(), let c7 = it.next(), let c8 = it.next(), let c9 = it.next()
        else { throw PGFailure(sqlState: "XX000", message: "a KPI row has too few columns", detail: nil) }
        let contract = self.contract.read(c0.bytes), kpi = self.kpi.read(c1.bytes)
        let starts = try PGArray.integers(c3, as: Int32.self), ends = try PGArray.integers(c4, as: Int32.self)
        let values = try PGArray.doubles(c5)
        let versions = try PGArray.integers(c7, as: Int32.self), rows = try PGArray.integers(c8, as: Int32.self)
        let fileIDs = try PGArray.integers(c9, as: Int64.self)
        let n = starts.count
        var periods: [Period] = [], notes: [String?] = []
        periods.reserveCapacity(n)
        notes.reserveCapacity(n)
        try PGArray.elements(c2) { text in
            let i = periods.count
            guard i < n else { throw PGRowDecoder.uneven }
            periods.append(self.periods.read(text ?? UnsafeRawBufferPointer(start: nil, count: 0), start: starts[i], end: ends[i]))
        }
        try PGArray.elements(c6) { text in notes.append(text.map { self.note.read($0) }) }
        guard ends.count == n, values.count == n, versions.count == n, rows.count == n, fileIDs.count == n, periods.count == n, notes.count == n
        else { throw PGRowDecoder.uneven }
        return KPIRow(
            contract: contract, kpi: kpi, periods: periods, notes: notes, values: values, versions: versions, rows: rows, fileIDs: fileIDs,
            order: PGRowDecoder.keyOrder(starts, ends, versions))
    }

    /// Hands `body` the observations of a decoded KPI row, in key order, each its own (no copy is made).
    mutating func emit(_ k: KPIRow, _ body: (consuming Observation) -> Void) {
        for i in k.order {
            if k.fileIDs[i] != lastFile.id { lastFile = (k.fileIDs[i], file(k.fileIDs[i])) }
            body(
                Observation(
                    contract: k.contract, kpi: k.kpi, period: k.periods[i], value: k.values[i], note: k.notes[i], version: Int(k.versions[i]),
                    provenance: Provenance(source: lastFile.file, row: Int(k.rows[i]))))
        }
    }

    /// The indices of a KPI's elements in key order (period start, end, version): as they came, unless
    /// they came out of order.
    static func keyOrder(_ starts: [Int32], _ ends: [Int32], _ versions: [Int32]) -> [Int] {
        func before(_ a: Int, _ b: Int) -> Bool {
            (starts[a], ends[a], versions[a]) < (starts[b], ends[b], versions[b])
        }
        let order = Array(starts.indices)
        for i in order.dropFirst() where !before(i - 1, i) { return order.sorted(by: before) }
        return order
    }

    private static let uneven = PGFailure(sqlState: "XX000", message: "a KPI row's arrays differ in length", detail: nil)

    /// A PostgreSQL `date` (days since 2000-01-01) as a `Day`.
    static func day(_ days: Int32) -> Day { Day(ordinal: Int(days) + epochShift) }

    /// A binary integer cell of 2, 4 or 8 bytes.
    static func int(_ cell: PostgresCell) throws -> Int {
        guard var b = cell.bytes else { throw missing(cell) }
        switch b.readableBytes {
        case 8: return Int(b.readInteger(as: Int64.self) ?? 0)
        case 4: return Int(b.readInteger(as: Int32.self) ?? 0)
        case 2: return Int(b.readInteger(as: Int16.self) ?? 0)
        default: throw missing(cell)
        }
    }

    /// A binary 4-byte integer (or date) cell.
    static func int32(_ cell: PostgresCell) throws -> Int32 {
        guard var b = cell.bytes, b.readableBytes == 4, let v = b.readInteger(as: Int32.self) else { throw missing(cell) }
        return v
    }

    /// A binary `double precision` cell.
    static func double(_ cell: PostgresCell) throws -> Double {
        guard var b = cell.bytes, b.readableBytes == 8, let bits = b.readInteger(as: UInt64.self) else { throw missing(cell) }
        return Double(bitPattern: bits)
    }

    /// A text cell (nil when NULL).
    static func text(_ cell: PostgresCell) -> String? {
        cell.bytes.map { String(buffer: $0) }
    }

    private static func missing(_ cell: PostgresCell) -> PGFailure {
        PGFailure(sqlState: "XX000", message: "column \(cell.columnName) holds an unexpected value", detail: nil)
    }
}
