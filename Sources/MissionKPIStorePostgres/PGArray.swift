import Foundation
import PostgresNIO

/// One-dimensional PostgreSQL arrays in binary format, read without postgres-nio's generic decoding:
/// a header (dimensions, has-nulls flag, element type, then length and lower bound per dimension),
/// then per element a 4-byte length (-1 for NULL) and its bytes, all big-endian.
///
/// ```swift
/// let versions: [Int32] = try PGArray.integers(cell)
/// try PGArray.elements(textCell) { bytes in … }   // nil for a NULL element
/// ```
enum PGArray {
    /// The elements of an array of 2-, 4- or 8-byte integers, dates or doubles (as their bit pattern).
    static func integers<T: FixedWidthInteger>(_ cell: PostgresCell, as: T.Type = T.self) throws -> [T] {
        guard let buffer = cell.bytes else { throw bad(cell) }
        return try buffer.withUnsafeReadableBytes { raw -> [T] in
            var at = 0
            let n = try header(raw, &at, cell)
            let size = MemoryLayout<T>.size
            guard raw.count - at == n * (4 + size) else { throw bad(cell) }
            return try [T](unsafeUninitializedCapacity: n) { out, done in
                for i in 0..<n {
                    guard Int32(bigEndian: raw.loadUnaligned(fromByteOffset: at, as: Int32.self)) == size else { throw bad(cell) }
                    out[i] = T(bigEndian: raw.loadUnaligned(fromByteOffset: at + 4, as: T.self))
                    at += 4 + size
                    done = i + 1
                }
            }
        }
    }

    /// The elements of a `double precision` array.
    static func doubles(_ cell: PostgresCell) throws -> [Double] {
        try integers(cell, as: UInt64.self).map(Double.init(bitPattern:))
    }

    /// Hands each element of an array of variable-length values (text) to `body`: its bytes, or nil
    /// for NULL; the number of elements.
    @discardableResult
    static func elements(_ cell: PostgresCell, _ body: (UnsafeRawBufferPointer?) throws -> Void) throws -> Int {
        guard let buffer = cell.bytes else { throw bad(cell) }
        return try buffer.withUnsafeReadableBytes { raw -> Int in
            var at = 0
            let n = try header(raw, &at, cell)
            for _ in 0..<n {
                guard at + 4 <= raw.count else { throw bad(cell) }
                let length = Int(Int32(bigEndian: raw.loadUnaligned(fromByteOffset: at, as: Int32.self)))
                at += 4
                if length < 0 {
                    try body(nil)
                    continue
                }
                guard at + length <= raw.count else { throw bad(cell) }
                try body(UnsafeRawBufferPointer(rebasing: raw[at..<(at + length)]))
                at += length
            }
            guard at == raw.count else { throw bad(cell) }
            return n
        }
    }

    /// Reads the header of a one-dimensional array (or an empty one); its number of elements.
    private static func header(_ raw: UnsafeRawBufferPointer, _ at: inout Int, _ cell: PostgresCell) throws -> Int {
        guard raw.count >= 12 else { throw bad(cell) }
        let dimensions = Int32(bigEndian: raw.loadUnaligned(fromByteOffset: 0, as: Int32.self))
        if dimensions == 0 {
            at = 12
            return 0
        }
        guard dimensions == 1, raw.count >= 20 else { throw bad(cell) }
        let n = Int(Int32(bigEndian: raw.loadUnaligned(fromByteOffset: 12, as: Int32.self)))
        guard n >= 0 else { throw bad(cell) }
        at = 20
        return n
    }

    private static func bad(_ cell: PostgresCell) -> PGFailure {
        PGFailure(sqlState: "XX000", message: "column \(cell.columnName) holds an unexpected array", detail: nil)
    }
}
