import Foundation
import PostgresNIO

/// A one-dimensional array parameter (`text[]`, `int4[]`, `int8[]`, `float8[]`, `bytea[]`) written
/// straight into PostgreSQL's binary array form as its elements are added: a header (one dimension,
/// no NULLs, the element type, the count, lower bound 1), then per element a 4-byte length and its
/// bytes, big-endian. Binding it copies one buffer, where binding a Swift array encodes it element by
/// element through postgres-nio's generic encoders (13% of a large record's CPU).
///
/// ```swift
/// var ids = PGArrayParameter(.text, capacity: n * 16)
/// ids.append("c-one")
/// try binds.append(ids)
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
    init(_ element: Element, capacity: Int) {
        self.element = element
        elements = ByteBufferAllocator().buffer(capacity: max(capacity, 64))
    }

    /// Adds a `text` element.
    mutating func append(_ text: String) {
        precondition(element == .text)
        let lengthAt = elements.writerIndex
        elements.writeInteger(Int32(0))
        let n = elements.writeString(text)
        elements.setInteger(Int32(truncatingIfNeeded: n), at: lengthAt)
        count += 1
    }

    /// Adds an `int4` element.
    mutating func append(_ value: Int32) {
        precondition(element == .int4)
        elements.writeMultipleIntegers(Int32(4), value)
        count += 1
    }

    /// Adds an `int8` element.
    mutating func append(_ value: Int64) {
        precondition(element == .int8)
        elements.writeMultipleIntegers(Int32(8), value)
        count += 1
    }

    /// Adds a `float8` element.
    mutating func append(_ value: Double) {
        precondition(element == .float8)
        elements.writeMultipleIntegers(Int32(8), value.bitPattern)
        count += 1
    }

    /// Adds a `bytea` element: what `body` writes.
    mutating func append(bytes body: (inout ByteBuffer) -> Void) {
        precondition(element == .bytea)
        let lengthAt = elements.writerIndex
        elements.writeInteger(Int32(0))
        body(&elements)
        elements.setInteger(Int32(truncatingIfNeeded: elements.writerIndex - lengthAt - 4), at: lengthAt)
        count += 1
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
