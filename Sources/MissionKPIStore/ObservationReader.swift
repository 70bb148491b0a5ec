import Foundation
import GRDB
import GRDBSQLite
import MissionKPI

/// Reads observation rows straight from SQLite's statement, in the tracker's order, without a GRDB
/// `Row` per row: consecutive rows share their contract and KPI id strings, rows of one period share
/// its `Period`, and rows of one file share its `ProvenanceFile`. A national tracker (1.25 million
/// rows) is read in well under a second this way.
struct ObservationReader {
    /// Column order the reader relies on.
    static let columns = "contract_id, kpi_id, period, period_start, period_end, value, note, version, row, file_id"

    /// Calls `body` with each observation matching `filter` (a `WHERE` clause or nothing), sorted by
    /// contract, KPI, period start, period end and version.
    static func read(
        _ db: Database, filter: String, arguments: StatementArguments, _ body: (Observation) throws -> Void
    ) throws {
        var files: [Int64: ProvenanceFile] = [:]
        for r in try Row.fetchAll(db, sql: "SELECT id, path, sha256, recorded_at FROM returns_file") {
            files[r[0]] = ProvenanceFile(path: r[1], sha256: r[2], recordedAt: r[3])
        }
        let unknown = ProvenanceFile(path: "", sha256: "", recordedAt: "")
        let sql = "SELECT \(columns) FROM observation \(filter) ORDER BY contract_id, kpi_id, period_start, period_end, version"
        let statement = try db.makeStatement(sql: sql)
        try statement.setArguments(arguments)
        let s = statement.sqliteStatement
        var contract = TextColumn(), kpi = TextColumn(), note = TextColumn()
        var periods = PeriodCache()
        var lastFile: (id: Int64, file: ProvenanceFile) = (-1, unknown)
        while true {
            let rc = sqlite3_step(s)
            if rc == SQLITE_DONE { break }
            guard rc == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: rc), message: db.lastErrorMessage, sql: sql)
            }
            let fileID = sqlite3_column_int64(s, 9)
            if fileID != lastFile.id { lastFile = (fileID, files[fileID] ?? unknown) }
            let o = Observation(
                contract: contract.read(s, 0), kpi: kpi.read(s, 1), period: periods.read(s), value: sqlite3_column_double(s, 5),
                note: sqlite3_column_type(s, 6) == SQLITE_NULL ? nil : note.read(s, 6), version: Int(sqlite3_column_int64(s, 7)),
                provenance: Provenance(source: lastFile.file, row: Int(sqlite3_column_int64(s, 8))))
            try body(o)
        }
    }
}

/// A text column whose value often repeats from one row to the next: the previous string is reused
/// (one shared buffer) while the bytes are the same.
private struct TextColumn {
    private var bytes: [UInt8] = []
    private var value = ""

    mutating func read(_ s: SQLiteStatement, _ column: Int32) -> String {
        let n = Int(sqlite3_column_bytes(s, column))
        guard n > 0, let p = sqlite3_column_text(s, column) else { return "" }
        let raw = UnsafeBufferPointer(start: p, count: n)
        if same(raw, bytes) { return value }
        bytes = Array(raw)
        value = String(decoding: raw, as: UTF8.self)
        return value
    }
}

/// Whether the bytes are equal (memcmp: `elementsEqual` goes byte by byte through iterators).
private func same(_ a: UnsafeBufferPointer<UInt8>, _ b: [UInt8]) -> Bool {
    a.count == b.count && (a.isEmpty || b.withUnsafeBufferPointer { memcmp(a.baseAddress!, $0.baseAddress!, a.count) == 0 })
}

/// Periods by their text, first and last days (`period`, `period_start`, `period_end`, columns 2–4):
/// a tracker holds few distinct periods, so each is built once, found again by a hash of the bytes
/// (checked byte for byte) without allocating.
private struct PeriodCache {
    private struct Entry {
        var text: [UInt8]
        var start: [UInt8]
        var end: [UInt8]
        var period: Period
    }
    /// The entries, found by hash in a small direct-mapped table; a collision just rebuilds the period.
    private var slots = [Entry?](repeating: nil, count: 256)

    mutating func read(_ s: SQLiteStatement) -> Period {
        let text = Self.raw(s, 2), start = Self.raw(s, 3), end = Self.raw(s, 4)
        let hash = Self.fnv(end, Self.fnv(start, Self.fnv(text, 0xcbf2_9ce4_8422_2325)))
        let slot = Int(truncatingIfNeeded: hash & 255)
        if let e = slots[slot], same(text, e.text), same(start, e.start), same(end, e.end) { return e.period }
        let entry = Entry(text: Array(text), start: Array(start), end: Array(end), period: Self.make(text, start, end))
        slots[slot] = entry
        return entry.period
    }

    /// FNV-1a over the bytes and a separator.
    private static func fnv(_ bytes: UnsafeBufferPointer<UInt8>, _ seed: UInt64) -> UInt64 {
        var hash = seed
        for b in bytes { hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3 }
        return (hash ^ 0xff) &* 0x100_0000_01b3
    }

    private static func raw(_ s: SQLiteStatement, _ column: Int32) -> UnsafeBufferPointer<UInt8> {
        let n = Int(sqlite3_column_bytes(s, column))
        guard n > 0, let p = sqlite3_column_text(s, column) else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: p, count: n)
    }

    private static func make(_ text: UnsafeBufferPointer<UInt8>, _ start: UnsafeBufferPointer<UInt8>, _ end: UnsafeBufferPointer<UInt8>) -> Period {
        let text = String(decoding: text, as: UTF8.self)
        let first = Day(parsing: String(decoding: start, as: UTF8.self)) ?? Day(ordinal: 0)
        let last = Day(parsing: String(decoding: end, as: UTF8.self)) ?? Day(ordinal: 0)
        return Period(kind: Tracker.kind(of: text), start: first, end: last, text: text)
    }
}
