import Foundation

/// A JSON value the streaming reader kept, with the byte offset in its file where it starts (for
/// `file:line:column` in messages). Objects keep their members in file order.
///
/// ```swift
/// let node = try JSONReader(path: "package.json").readValue(keep: .all)
/// node["releases"]?[0]?["ocid"]?.string   // "ocds-h6vhtk-06e0b1"
/// ```
public struct JSONNode: Sendable, Hashable {
    /// One member of an object.
    public struct Member: Sendable, Hashable {
        public var key: String
        public var node: JSONNode
    }

    /// The value itself; numbers keep their text (they are money and counts, never binary floats here).
    public indirect enum Value: Sendable, Hashable {
        case object([Member])
        case array([JSONNode])
        case string(String)
        case number(String)
        case bool(Bool)
        case null
    }

    public var value: Value
    /// Where the value starts: a byte offset in its file.
    public var offset: Int

    /// Creates a node.
    public init(_ value: Value, offset: Int = 0) {
        self.value = value
        self.offset = offset
    }

    /// The member `key` of an object (the last one when a key repeats), else nil.
    public subscript(key: String) -> JSONNode? {
        guard case .object(let members) = value else { return nil }
        return members.last { $0.key == key }?.node
    }

    /// The element at `index` of an array, else nil.
    public subscript(index: Int) -> JSONNode? {
        guard case .array(let items) = value, items.indices.contains(index) else { return nil }
        return items[index]
    }

    /// The text of a string.
    public var string: String? {
        if case .string(let s) = value { return s }
        return nil
    }

    /// A string's text, or a number's digits: OCDS ids may be either.
    public var idText: String? {
        switch value {
        case .string(let s): s
        case .number(let n): n
        default: nil
        }
    }

    /// The digits of a number.
    public var number: String? {
        if case .number(let n) = value { return n }
        return nil
    }

    /// The elements of an array (empty for anything else).
    public var items: [JSONNode] {
        if case .array(let items) = value { return items }
        return []
    }

    /// The members of an object (empty for anything else).
    public var members: [Member] {
        if case .object(let members) = value { return members }
        return []
    }

    /// Whether this is an object.
    public var isObject: Bool {
        if case .object = value { return true }
        return false
    }

    /// Whether this is `null`.
    public var isNull: Bool { value == .null }

    /// A short description of the kind, for messages: "an object", "a text", ….
    public var kindDescription: String {
        switch value {
        case .object: "an object"
        case .array: "a list"
        case .string: "a text"
        case .number: "a number"
        case .bool: "true or false"
        case .null: "null"
        }
    }
}

/// Which parts of a JSON value the reader keeps: for an object, the listed members (each with its own
/// rule); for an array, each element by the same rule; a scalar is always kept. Everything else is
/// skipped without being built, so a large file costs the memory of what is kept.
public final class JSONKeep: Sendable {
    /// One kept member: its name (as UTF-8 bytes, for matching without building a string) and its rule.
    struct Child: Sendable {
        let bytes: [UInt8]
        let name: String
        let keep: JSONKeep
    }

    /// Keeps the whole value.
    public static let all = JSONKeep(whole: true, children: [])

    let whole: Bool
    let children: [Child]

    private init(whole: Bool, children: [Child]) {
        self.whole = whole
        self.children = children
    }

    /// Keeps the members named in `members`, each by its rule (`.all` for a whole value or a scalar).
    public convenience init(_ members: KeyValuePairs<String, JSONKeep>) {
        self.init(whole: false, children: members.map { Child(bytes: Array($0.key.utf8), name: $0.key, keep: $0.value) })
    }

    /// This rule, also keeping the member `name` by `keep`.
    public func adding(_ name: String, _ keep: JSONKeep) -> JSONKeep {
        JSONKeep(whole: whole, children: children + [Child(bytes: Array(name.utf8), name: name, keep: keep)])
    }

    /// The rule for the member whose name is `key` (UTF-8 bytes), or nil to skip it.
    func child(_ key: UnsafeBufferPointer<UInt8>) -> Child? {
        if whole { return nil }
        for c in children where c.bytes.count == key.count {
            if c.bytes.elementsEqual(key) { return c }
        }
        return nil
    }
}
