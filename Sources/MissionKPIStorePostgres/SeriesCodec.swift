import Foundation
import PostgresNIO

/// The binary form of a KPI's observations in `observation_series.data` (`PostgresSchema.v3`): the
/// observations one after another, each
///
///     period_start  int32   days since 2000-01-01 (PostgreSQL's date origin)
///     period_end    int32   days since 2000-01-01
///     version       int32
///     row           int32
///     file_id       int64
///     value         float64 (IEEE 754 bits)
///     period        int32 byte count, then the period's text in UTF-8
///     note          int32 byte count (-1 when there is none), then the note in UTF-8
///
/// all big-endian, as `int4send`, `int8send` and `float8send` write them, so the migration can build
/// the same bytes in SQL from observations already recorded. Appending one KPI's bytes to another's
/// is appending its observations: the writer appends each recorded file's to the KPI's row.
///
/// ```swift
/// var at = 0
/// SeriesCodec.write(start: 9_221, end: 9_250, version: 1, row: 2, file: 7, value: 70, period: "2025-04", note: nil, to: raw, at: &at)
/// try SeriesCodec.elements(UnsafeRawBufferPointer(raw)) { e in … }
/// ```
enum SeriesCodec {
    /// The fixed-width part of an element: four int32s, an int64, a float64 and the period's length.
    static let fixedBytes = 4 * 4 + 8 + 8 + 4

    /// The bytes `write` writes for an observation with this period and note.
    static func size(period: String, note: String?) -> Int {
        fixedBytes + period.utf8.count + 4 + (note?.utf8.count ?? 0)
    }

    /// Writes one observation into `raw` at `at` (room for `size` bytes), moving past it.
    static func write(
        start: Int32, end: Int32, version: Int32, row: Int32, file: Int64, value: Double, period: String, note: String?,
        to raw: UnsafeMutableRawBufferPointer, at: inout Int
    ) {
        raw.storeBytes(of: start.bigEndian, toByteOffset: at, as: Int32.self)
        raw.storeBytes(of: end.bigEndian, toByteOffset: at + 4, as: Int32.self)
        raw.storeBytes(of: version.bigEndian, toByteOffset: at + 8, as: Int32.self)
        raw.storeBytes(of: row.bigEndian, toByteOffset: at + 12, as: Int32.self)
        raw.storeBytes(of: file.bigEndian, toByteOffset: at + 16, as: Int64.self)
        raw.storeBytes(of: value.bitPattern.bigEndian, toByteOffset: at + 24, as: UInt64.self)
        raw.storeBytes(of: Int32(truncatingIfNeeded: period.utf8.count).bigEndian, toByteOffset: at + 32, as: Int32.self)
        at += fixedBytes
        PGArrayParameter.store(period, raw, &at)
        raw.storeBytes(of: Int32(truncatingIfNeeded: note?.utf8.count ?? -1).bigEndian, toByteOffset: at, as: Int32.self)
        at += 4
        if let note { PGArrayParameter.store(note, raw, &at) }
    }

    /// One observation as stored, its texts still bytes (valid while `elements` runs).
    struct Element {
        var start: Int32, end: Int32, version: Int32, row: Int32
        var file: Int64
        var value: Double
        var period: UnsafeRawBufferPointer
        var note: UnsafeRawBufferPointer?
    }

    /// Hands each observation in `raw` to `body`, in stored order; the number of observations. Throws
    /// `Malformed` when the bytes end part-way through one or a length is impossible.
    @discardableResult
    static func elements(_ raw: UnsafeRawBufferPointer, _ body: (Element) throws -> Void) throws -> Int {
        var at = 0, n = 0
        func int32(_ offset: Int) -> Int32 { Int32(bigEndian: raw.loadUnaligned(fromByteOffset: at + offset, as: Int32.self)) }
        /// The text of `length` bytes at `at`, moving past it.
        func text(_ length: Int) throws -> UnsafeRawBufferPointer {
            guard length >= 0, length <= raw.count - at else { throw Malformed(offset: at) }
            defer { at += length }
            return UnsafeRawBufferPointer(rebasing: raw[at..<(at + length)])
        }
        while at < raw.count {
            guard raw.count - at >= fixedBytes else { throw Malformed(offset: at) }
            var e = Element(
                start: int32(0), end: int32(4), version: int32(8), row: int32(12),
                file: Int64(bigEndian: raw.loadUnaligned(fromByteOffset: at + 16, as: Int64.self)),
                value: Double(bitPattern: UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: at + 24, as: UInt64.self))),
                period: UnsafeRawBufferPointer(start: nil, count: 0), note: nil)
            let periodLength = Int(int32(32))
            at += fixedBytes
            e.period = try text(periodLength)
            guard raw.count - at >= 4 else { throw Malformed(offset: at) }
            let noteLength = Int(int32(0))
            at += 4
            if noteLength != -1 { e.note = try text(noteLength) }
            try body(e)
            n += 1
        }
        return n
    }

    /// Bytes that are not a series of observations, and where they stop making sense.
    struct Malformed: Error, Equatable {
        var offset: Int
    }
}
