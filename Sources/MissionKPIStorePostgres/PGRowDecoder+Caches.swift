import Foundation
import MissionKPI
@_spi(TrackerBackend) import MissionKPIStore
import PostgresNIO

/// A text column whose value often repeats from one row to the next: the previous string is reused
/// while the bytes are the same.
struct TextCache {
    private var bytes: [UInt8] = []
    private var value = ""

    mutating func read(_ buffer: ByteBuffer?) -> String {
        guard let buffer, buffer.readableBytes > 0 else { return "" }
        return buffer.withUnsafeReadableBytes { read($0) }
    }

    /// The text of these bytes (the previous string when they are the same).
    mutating func read(_ raw: UnsafeRawBufferPointer) -> String {
        guard raw.count > 0 else { return "" }
        if sameBytes(bytes, raw) { return value }
        bytes = Array(raw)
        value = String(decoding: bytes, as: UTF8.self)
        return value
    }
}

/// Whether `stored` holds exactly the bytes of `raw` (one `memcmp`; no pointer is assumed to exist).
func sameBytes(_ stored: [UInt8], _ raw: UnsafeRawBufferPointer) -> Bool {
    guard stored.count == raw.count else { return false }
    guard raw.count > 0, let theirs = raw.baseAddress else { return true }  // both empty
    return stored.withUnsafeBytes { ours in ours.baseAddress.map { memcmp($0, theirs, raw.count) == 0 } ?? false }
}

/// Periods by their text, first and last days: a tracker holds few distinct periods, and a KPI's rows
/// go through them in turn, so each is built once and found again by a hash of its bytes (checked byte
/// for byte) in a small direct-mapped table, without allocating; a collision just builds it again.
struct PeriodCache {
    private struct Entry {
        var text: [UInt8]
        var start: Int32
        var end: Int32
        var period: Period
    }
    private var slots = [Entry?](repeating: nil, count: 256)

    /// The period written `text` from day `start` to day `end` (PostgreSQL days since 2000-01-01).
    mutating func read(_ raw: UnsafeRawBufferPointer, start: Int32, end: Int32) -> Period {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in raw { hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3 }
        hash = (hash ^ UInt64(UInt32(bitPattern: start))) &* 0x100_0000_01b3
        hash = (hash ^ UInt64(UInt32(bitPattern: end))) &* 0x100_0000_01b3
        let slot = Int(truncatingIfNeeded: (hash ^ (hash >> 29)) & 255)
        if let e = slots[slot], e.start == start, e.end == end, sameBytes(e.text, raw) {
            return e.period
        }
        let words = String(decoding: raw, as: UTF8.self)
        let period = Period(kind: Tracker.kind(of: words), start: PGRowDecoder.day(start), end: PGRowDecoder.day(end), text: words)
        slots[slot] = Entry(text: Array(raw), start: start, end: end, period: period)
        return period
    }
}
