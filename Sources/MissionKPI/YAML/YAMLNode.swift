/// A position in a source text: 1-based line and column.
public struct Mark: Sendable, Hashable, Comparable {
    public var line: Int32
    public var column: Int32

    public init(line: Int, column: Int) {
        self.line = Int32(clamping: line)
        self.column = Int32(clamping: column)
    }

    public static func < (a: Mark, b: Mark) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }
}

/// A scalar of the YAML tree, as written, with where it starts.
public struct YAMLScalar: Sendable {
    public var text: String
    /// `true` when the scalar was quoted or a block scalar: it is then never `null`, a number or a boolean.
    public var isQuoted: Bool
    public var mark: Mark

    /// Whether the scalar is a YAML null (`~`, `null`, or nothing, unquoted).
    public var isNull: Bool {
        if isQuoted { return false }
        switch text.utf8.count {
        case 0: return true
        case 1: return text == "~"
        case 4: return text == "null" || text == "Null" || text == "NULL"
        default: return false
        }
    }

    /// Whether the scalar's text is `key` (lengths first: most keys differ in length, and that test is cheap).
    @inline(__always)
    func hasText(_ key: String) -> Bool { text.utf8.count == key.utf8.count && text == key }
}

/// One key of a mapping with its value.
public struct YAMLEntry: Sendable {
    public var key: YAMLScalar
    public var value: YAMLNode
}

/// A node of the YAML tree. Every node keeps its line and column.
///
/// ```swift
/// let root = try YAMLParser.parse(bytes)
/// if case .mapping(let entries, _) = root { … }
/// ```
public enum YAMLNode: Sendable {
    case scalar(YAMLScalar)
    case sequence([YAMLNode], Mark)
    case mapping([YAMLEntry], Mark)

    /// Where the node starts.
    public var mark: Mark {
        switch self {
        case .scalar(let s): s.mark
        case .sequence(_, let m), .mapping(_, let m): m
        }
    }

    /// A short name of the node's kind for messages ("a mapping", "a list", "a text").
    public var kindDescription: String {
        switch self {
        case .scalar(let s): s.isNull ? "nothing (null)" : "the value \(quoted: s.text)"
        case .sequence: "a list"
        case .mapping: "a mapping"
        }
    }
}
