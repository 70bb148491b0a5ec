import Foundation
import MissionKPI

/// A JSON value with its keys in the order given, printed with two-space indentation: the OCDS export's
/// bytes depend on nothing but the value. Strings go through `JSONText.string`, numbers through `JSONText.number`.
enum OCDSJSON {
    case object([(String, OCDSJSON?)])
    case array([OCDSJSON])
    case string(String)
    case number(Double)
    case decimal(Decimal)
    case bool(Bool)

    /// A string, or nothing (the key is left out) for nil.
    static func text(_ s: String?) -> OCDSJSON? { s.map { .string($0) } }

    /// A whole number.
    static func int(_ n: Int) -> OCDSJSON { .number(Double(n)) }

    /// The value, pretty-printed, ending with a line break.
    func rendered() -> String {
        var out = ""
        write(to: &out, depth: 0)
        return out + "\n"
    }

    /// Appends the value. Object members whose value is nil are left out; an empty array or object is `[]` / `{}`.
    func write(to out: inout String, depth: Int) {
        switch self {
        case .object(let pairs):
            let present = pairs.compactMap { pair in pair.1.map { (pair.0, $0) } }
            if present.isEmpty { return out += "{}" }
            out += "{\n"
            for (i, (key, value)) in present.enumerated() {
                Self.indent(&out, depth + 1)
                out += JSONText.string(key) + ": "
                value.write(to: &out, depth: depth + 1)
                out += i == present.count - 1 ? "\n" : ",\n"
            }
            Self.indent(&out, depth)
            out += "}"
        case .array(let items):
            if items.isEmpty { return out += "[]" }
            out += "[\n"
            for (i, item) in items.enumerated() {
                Self.indent(&out, depth + 1)
                item.write(to: &out, depth: depth + 1)
                out += i == items.count - 1 ? "\n" : ",\n"
            }
            Self.indent(&out, depth)
            out += "]"
        case .string(let s): out += JSONText.string(s)
        case .number(let v): out += JSONText.number(v)
        case .decimal(let d): out += d.isFinite ? "\(d)" : "null"
        case .bool(let b): out += b ? "true" : "false"
        }
    }

    static func indent(_ out: inout String, _ depth: Int) {
        for _ in 0..<depth { out += "  " }
    }
}
