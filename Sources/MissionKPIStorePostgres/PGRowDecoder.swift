import Foundation
import MissionKPI
@_spi(TrackerBackend) import MissionKPIStore
import PostgresNIO

/// Turns KPI rows (binary format, columns in `PGRowDecoder.query` order: a contract, a KPI, how many
/// observations, and their `SeriesCodec` bytes) into `Observation`s without postgres-nio's generic
/// decoding: one row per KPI instead of one per observation, so the client decodes a few thousand
/// rows where it decoded a million. Rows of one period share its `Period`, rows of one file its
/// `ProvenanceFile`.
///
/// ```swift
/// var decoder = PGRowDecoder(files: files)
/// try decoder.observations(row) { o in … }
/// ```
struct PGRowDecoder {
    /// The query for the observations matching `filter` (a WHERE clause on `contract_id` and
    /// `kpi_id`, or ""): one row per contract and KPI, in order, from the tracker's read model
    /// (`PostgresSchema.v3`, `observation_series`). A KPI's observations are in the order recorded
    /// (each file's in key order); `keyOrder` restores key order where a correction or an earlier
    /// period came in a later file.
    static func query(filter: String) -> String {
        "SELECT contract_id, kpi_id, observations, data FROM observation_series \(filter) ORDER BY contract_id, kpi_id"
    }
    /// The read transaction's settings, in one round trip: the plan is the primary key's index, which
    /// hands the rows over in order as they are read. Right after a large `record`, the statistics are
    /// those of an autoanalyze run part-way through it, and the planner chose a parallel scan and an
    /// external sort on disk for each half instead (two workers each: twice the server's CPU).
    /// Compiling the query (JIT) costs more than it saves on one pass over the table.
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

    /// One KPI row's observations as columns, decoded (`decode`) and not yet made into observations
    /// (`emit`), which goes in key order.
    private struct KPIRow {
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

    /// Reads one KPI row's observations.
    private mutating func decode(_ row: PostgresRow) throws -> KPIRow {
        var it = row.makeIterator()
        guard let c0 = it.next(), let c1 = it.next(), let c2 = it.next(), let c3 = it.next(), it.next() == nil
        else { throw PGFailure(sqlState: "XX000", message: "a KPI row has other columns than expected", detail: nil) }
        let contract = self.contract.read(c0.bytes), kpi = self.kpi.read(c1.bytes)
        let n = try PGRowDecoder.int(c2)
        // Each observation takes at least its fixed part and a note's length: a count the bytes could
        // not hold is refused before anything is reserved for it.
        guard n >= 0, let data = c3.bytes, n <= data.readableBytes / (SeriesCodec.fixedBytes + 4) else {
            throw PGRowDecoder.malformed(contract, kpi)
        }
        // Room for n observations in each column (n is checked against the bytes below).
        var k = KPIRow(contract: contract, kpi: kpi, periods: [], notes: [], values: [], versions: [], rows: [], fileIDs: [], order: [])
        var starts: [Int32] = [], ends: [Int32] = []
        k.periods.reserveCapacity(n)
        k.notes.reserveCapacity(n)
        k.values.reserveCapacity(n)
        k.versions.reserveCapacity(n)
        k.rows.reserveCapacity(n)
        k.fileIDs.reserveCapacity(n)
        starts.reserveCapacity(n)
        ends.reserveCapacity(n)
        let decoded: Int
        do {
            decoded = try data.withUnsafeReadableBytes { raw in
                try SeriesCodec.elements(raw) { e in
                    starts.append(e.start)
                    ends.append(e.end)
                    k.periods.append(periods.read(e.period, start: e.start, end: e.end))
                    k.notes.append(e.note.map { note.read($0) })
                    k.values.append(e.value)
                    k.versions.append(e.version)
                    k.rows.append(e.row)
                    k.fileIDs.append(e.file)
                }
            }
        } catch is SeriesCodec.Malformed {
            throw PGRowDecoder.malformed(contract, kpi)
        }
        guard decoded == n else { throw PGRowDecoder.malformed(contract, kpi) }
        k.order = PGRowDecoder.keyOrder(starts, ends, k.versions)
        return k
    }

    private static func malformed(_ contract: String, _ kpi: String) -> PGFailure {
        PGFailure(
            sqlState: "XX000", message: "the stored observations of \(contract.prefix(80)) \(kpi.prefix(80)) are malformed (observation_series)",
            detail: nil)
    }

    /// Hands `body` the observations of a decoded KPI row, in key order, each its own (no copy is made).
    private mutating func emit(_ k: KPIRow, _ body: (consuming Observation) -> Void) {
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
