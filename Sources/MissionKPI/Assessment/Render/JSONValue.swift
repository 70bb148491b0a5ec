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
    func render(indent: String = "") -> String {
        let inner = indent + "  "
        switch self {
        case .object(let pairs):
            if pairs.isEmpty { return "{}" }
            return "{\n" + pairs.map { inner + JSONText.string($0.0) + ": " + $0.1.render(indent: inner) }.joined(separator: ",\n") + "\n" + indent + "}"
        case .array(let items):
            if items.isEmpty { return "[]" }
            if items.allSatisfy(\.isScalar) { return "[" + items.map { $0.render() }.joined(separator: ", ") + "]" }
            return "[\n" + items.map { inner + $0.render(indent: inner) }.joined(separator: ",\n") + "\n" + indent + "]"
        case .string(let s): return JSONText.string(s)
        case .number(let v): return JSONText.number(v)
        case .bool(let b): return b ? "true" : "false"
        case .null: return "null"
        }
    }

    var isScalar: Bool {
        switch self {
        case .object, .array: false
        default: true
        }
    }
}
