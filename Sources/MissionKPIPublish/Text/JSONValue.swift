import MissionKPI

/// A JSON value with ordered keys, printed with two-space indentation (deterministic bytes).
enum JSONValue {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    case number(Double?)
    case bool(Bool)
    case null

    /// A string or null.
    static func text(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }

    /// A whole number.
    static func int(_ n: Int) -> JSONValue { .number(Double(n)) }

    /// Pretty-printed text.
    func render() -> String {
        var out = ""
        write(to: &out, depth: 0)
        return out
    }

    /// Appends the pretty-printed value (one buffer, no intermediate strings: large reports stay linear).
    func write(to out: inout String, depth: Int) {
        switch self {
        case .object(let pairs):
            if pairs.isEmpty { return out += "{}" }
            out += "{\n"
            for (i, pair) in pairs.enumerated() {
                Self.indent(&out, depth + 1)
                Self.string(pair.0, &out)
                out += ": "
                pair.1.write(to: &out, depth: depth + 1)
                out += i == pairs.count - 1 ? "\n" : ",\n"
            }
            Self.indent(&out, depth)
            out += "}"
        case .array(let items):
            if items.isEmpty { return out += "[]" }
            if items.allSatisfy(\.isScalar) {
                out += "["
                for (i, item) in items.enumerated() {
                    if i > 0 { out += ", " }
                    item.write(to: &out, depth: depth)
                }
                return out += "]"
            }
            out += "[\n"
            for (i, item) in items.enumerated() {
                Self.indent(&out, depth + 1)
                item.write(to: &out, depth: depth + 1)
                out += i == items.count - 1 ? "\n" : ",\n"
            }
            Self.indent(&out, depth)
            out += "]"
        case .string(let s): Self.string(s, &out)
        case .number(let v): out += JSONText.number(v)
        case .bool(let b): out += b ? "true" : "false"
        case .null: out += "null"
        }
    }

    /// Appends a JSON string literal; text needing no escape is copied as is.
    static func string(_ s: String, _ out: inout String) {
        let plain = !s.utf8.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x3C || $0 == 0x3E || $0 == 0x26 }
        guard plain else { return out += JSONText.string(s) }
        out += "\""
        out += s
        out += "\""
    }

    static func indent(_ out: inout String, _ depth: Int) {
        for _ in 0..<depth { out += "  " }
    }

    var isScalar: Bool {
        switch self {
        case .object, .array: false
        default: true
        }
    }
}
