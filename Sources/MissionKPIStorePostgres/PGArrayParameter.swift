import Foundation
import PostgresNIO

/// A one-dimensional array parameter (`text[]`, `int4[]`, `int8[]`, `float8[]`, `bytea[]`) written
/// straight into PostgreSQL's binary array form as its elements are added: a header (one dimension,
/// no NULLs, the element type, the count, lower bound 1), then per element a 4-byte length and its
/// bytes, big-endian. Binding it copies one buffer, where binding a Swift array encodes it element by
/// element through postgres-nio's generic encoders (13% of a large record's CPU).
///
/// ```swift
/// try binds.append(PGArrayParameter(texts: contracts, at: rows))
/// try binds.append(PGArrayParameter(.int4, integers: versions, at: rows))
/// ```
struct PGArrayParameter: PostgresThrowingDynamicTypeEncodable {
    /// The element types this writes.
    enum Element {
        case text, int4, int8, float8, bytea

        var type: PostgresDataType {
            switch self {
            case .text: .text
            case .int4: .int4
            case .int8: .int8
            case .float8: .float8
            case .bytea: .bytea
            }
        }
        var arrayType: PostgresDataType {
            switch self {
            case .text: .textArray
            case .int4: .int4Array
            case .int8: .int8Array
            case .float8: .float8Array
            case .bytea: .byteaArray
            }
        }
    }

    let element: Element
    var psqlType: PostgresDataType { element.arrayType }
    var psqlFormat: PostgresFormat { .binary }
    /// The elements added.
    private(set) var count = 0
    private var elements: ByteBuffer

    /// An empty array of `element`s, with room for about `capacity` bytes of them.
    private init(_ element: Element, capacity: Int) {
        self.element = element
        elements = ByteBufferAllocator().buffer(capacity: max(capacity, 64))
    }

    /// An array of `count` elements whose bytes (each a 4-byte length and its bytes, `bytes` in all)
    /// `write` writes into the buffer's memory in one pass, returning how many it wrote.
    init(_ element: Element, count: Int, bytes: Int, _ write: (UnsafeMutableRawBufferPointer) -> Int) {
        self.init(element, capacity: bytes)
        elements.writeWithUnsafeMutableBytes(minimumWritableBytes: bytes) { raw in write(raw) }
        self.count = count
    }

    /// Copies `text`'s UTF-8 bytes to `raw` at `at`, moving past them.
    static func store(_ text: String, _ raw: UnsafeMutableRawBufferPointer, _ at: inout Int) {
        var text = text
        text.withUTF8 { utf8 in
            guard !utf8.isEmpty else { return }
            UnsafeMutableRawBufferPointer(rebasing: raw[at..<(at + utf8.count)]).copyMemory(from: UnsafeRawBufferPointer(utf8))
        }
        at += text.utf8.count
    }

    /// The `text` array of `column`'s values at `indices`, in that order: sized first, then written in
    /// one pass over the buffer's memory (a call per element through `ByteBuffer` costs three times as
    /// much).
    init(texts column: [String], at indices: [Int]) {
        var bytes = 0
        for i in indices { bytes += 4 + column[i].utf8.count }
        self.init(.text, count: indices.count, bytes: bytes) { raw in
            var at = 0
            for i in indices {
                raw.storeBytes(of: Int32(truncatingIfNeeded: column[i].utf8.count).bigEndian, toByteOffset: at, as: Int32.self)
                at += 4
                PGArrayParameter.store(column[i], raw, &at)
            }
            return at
        }
    }

    /// The `int4` or `int8` array of `column`'s values at `indices`, in that order, written in one pass.
    init<T: FixedWidthInteger>(_ element: Element, integers column: [T], at indices: [Int]) {
        precondition(element == .int4 ? T.bitWidth == 32 : element == .int8 && T.bitWidth == 64)
        let size = T.bitWidth / 8, bytes = indices.count * (4 + size)
        self.init(element, capacity: bytes)
        elements.writeWithUnsafeMutableBytes(minimumWritableBytes: bytes) { raw in
            var at = 0
            for i in indices {
                raw.storeBytes(of: Int32(size).bigEndian, toByteOffset: at, as: Int32.self)
                raw.storeBytes(of: column[i].bigEndian, toByteOffset: at + 4, as: T.self)
                at += 4 + size
            }
            return at
        }
        count = indices.count
    }

    /// The `float8` array of `column`'s values at `indices`, in that order, written in one pass.
    init(doubles column: [Double], at indices: [Int]) {
        let bytes = indices.count * 12
        self.init(.float8, capacity: bytes)
        elements.writeWithUnsafeMutableBytes(minimumWritableBytes: bytes) { raw in
            var at = 0
            for i in indices {
                raw.storeBytes(of: Int32(8).bigEndian, toByteOffset: at, as: Int32.self)
                raw.storeBytes(of: column[i].bitPattern.bigEndian, toByteOffset: at + 4, as: UInt64.self)
                at += 12
            }
            return at
        }
        count = indices.count
    }

    func encode<JSONEncoder: PostgresJSONEncoder>(into byteBuffer: inout ByteBuffer, context: PostgresEncodingContext<JSONEncoder>) throws {
        if count == 0 {
            byteBuffer.writeMultipleIntegers(Int32(0), Int32(0), element.type.rawValue)
            return
        }
        // One dimension, no NULL elements, the element type, then the dimension's length and lower bound.
        byteBuffer.writeMultipleIntegers(Int32(1), Int32(0), element.type.rawValue, Int32(truncatingIfNeeded: count), Int32(1))
        byteBuffer.writeImmutableBuffer(elements)
    }
}
