import Foundation
import MissionKPI
@_spi(TrackerBackend) import MissionKPIStore
import PostgresNIO

/// Turns observation rows (binary format, columns in `PGRowDecoder.columns` order) into `Observation`s
/// without postgres-nio's generic decoding: consecutive rows share their contract and KPI strings,
/// rows of one period share its `Period`, rows of one file its `ProvenanceFile`.
///
/// ```swift
/// var decoder = PGRowDecoder(files: files)
/// let o = try decoder.observation(row)
/// ```
struct PGRowDecoder {
    /// The columns every observation query selects, in this order.
    static let columns = "contract_id, kpi_id, period, period_start, period_end, value, note, version, row, file_id"
    /// Days from 1970-01-01 (`Day.ordinal`'s origin) to 2000-01-01 (PostgreSQL's).
    static let epochShift = 10_957

    private let files: [Int64: ProvenanceFile]
    private var contract = TextCache(), kpi = TextCache(), note = TextCache(), periodText = TextCache()
    private var period: (text: String, start: Int32, end: Int32, value: Period)?
    private var lastFile: (id: Int64, file: ProvenanceFile) = (-1, ProvenanceFile(path: "", sha256: "", recordedAt: ""))

    init(files: [Int64: ProvenanceFile]) { self.files = files }

    /// The observation a row holds.
    mutating func observation(_ row: PostgresRow) throws -> Observation {
        var it = row.makeIterator()
        guard let c0 = it.next(), let c1 = it.next(), let c2 = it.next(), let c3 = it.next(), let c4 = it.next(), let c5 = it.next(),
            let c6 = it.next(), let c7 = it.next(), let c8 = it.next(), let c9 = it.next()
        else { throw PGFailure(sqlState: "XX000", message: "an observation row has too few columns", detail: nil) }
        let start = try PGRowDecoder.int32(c3), end = try PGRowDecoder.int32(c4)
        let text = periodText.read(c2.bytes)
        let p: Period
        if let cached = period, cached.start == start, cached.end == end, cached.text == text {
            p = cached.value
        } else {
            p = Period(kind: Tracker.kind(of: text), start: PGRowDecoder.day(start), end: PGRowDecoder.day(end), text: text)
            period = (text, start, end, p)
        }
        let fileID = Int64(try PGRowDecoder.int(c9))
        if fileID != lastFile.id { lastFile = (fileID, files[fileID] ?? ProvenanceFile(path: "", sha256: "", recordedAt: "")) }
        return Observation(
            contract: contract.read(c0.bytes), kpi: kpi.read(c1.bytes), period: p, value: try PGRowDecoder.double(c5),
            note: c6.bytes == nil ? nil : note.read(c6.bytes), version: try PGRowDecoder.int(c7),
            provenance: Provenance(source: lastFile.file, row: try PGRowDecoder.int(c8)))
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

/// A text column whose value often repeats from one row to the next: the previous string is reused
/// while the bytes are the same.
struct TextCache {
    private var bytes: [UInt8] = []
    private var value = ""

    mutating func read(_ buffer: ByteBuffer?) -> String {
        guard let buffer, buffer.readableBytes > 0 else { return "" }
        let same = buffer.withUnsafeReadableBytes { raw in
            raw.count == bytes.count && bytes.withUnsafeBytes { memcmp($0.baseAddress!, raw.baseAddress!, raw.count) == 0 }
        }
        if same { return value }
        bytes = Array(buffer.readableBytesView)
        value = String(decoding: bytes, as: UTF8.self)
        return value
    }
}
