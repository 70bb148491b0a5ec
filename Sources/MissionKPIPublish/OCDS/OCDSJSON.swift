import Foundation
import MissionKPI

/// A JSON value with its keys in the order given, printed with two-space indentation (`write`) or on one
/// line (`writeCompact`, each release of the package): the OCDS export's bytes depend on nothing but the value. Strings go through `JSONText.string`, numbers through `JSONText.number`.
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

    /// Appends the value. Object members whose value is nil are left out; an empty array or object is `[]` / `{}`.
    func write(to out: inout String, depth: Int) {
        switch self {
        case .object(let pairs):
            var empty = true
            for (key, value) in pairs {
                guard let value else { continue }
                out += empty ? "{\n" : ",\n"
                empty = false
                Self.indent(&out, depth + 1)
                Self.string(key, &out)
                out += ": "
                value.write(to: &out, depth: depth + 1)
            }
            if empty { return out += "{}" }
            out += "\n"
            Self.indent(&out, depth)
            out += "}"
        case .array(let items):
            if items.isEmpty { return out += "[]" }
            if items.allSatisfy(\.isScalar) {  // ["contract"], ["buyer"]: on one line
                out += "["
                for (i, item) in items.enumerated() {
                    if i > 0 { out += ", " }
                    item.write(to: &out, depth: depth)
                }
                return out += "]"
            }
            for (i, item) in items.enumerated() {
                out += i == 0 ? "[\n" : ",\n"
                Self.indent(&out, depth + 1)
                item.write(to: &out, depth: depth + 1)
            }
            out += "\n"
            Self.indent(&out, depth)
            out += "]"
        case .string(let s): Self.string(s, &out)
        case .number(let v): out += JSONText.number(v)
        case .decimal(let d): out += d.isFinite ? "\(d)" : "null"
        case .bool(let b): out += b ? "true" : "false"
        }
    }

    /// Appends a JSON string literal: text needing no escape as it is, anything else through `JSONText.string`.
    static func string(_ s: String, _ out: inout String) {
        let plain = !s.utf8.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x3C || $0 == 0x3E || $0 == 0x26 }
        guard plain else { return out += JSONText.string(s) }
        out += "\""
        out += s
        out += "\""
    }

    /// Appends the value on one line, without spaces (`{"id":"1","tag":["contract"]}`). Object members
    /// whose value is nil are left out. A release written so is about half its indented size.
    func writeCompact(to out: inout String) {
        switch self {
        case .object(let pairs):
            var empty = true
            for (key, value) in pairs {
                guard let value else { continue }
                out += empty ? "{" : ","
                empty = false
                Self.string(key, &out)
                out += ":"
                value.writeCompact(to: &out)
            }
            out += empty ? "{}" : "}"
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                item.writeCompact(to: &out)
            }
            out += "]"
        case .string, .number, .decimal, .bool: write(to: &out, depth: 0)
        }
    }

    /// A string, number or boolean.
    var isScalar: Bool {
        switch self {
        case .object, .array: false
        case .string, .number, .decimal, .bool: true
        }
    }

    static func indent(_ out: inout String, _ depth: Int) {
        if depth < indents.count { out += indents[depth] } else { for _ in 0..<depth { out += "  " } }
    }

    static let indents = (0..<16).map { String(repeating: "  ", count: $0) }
}
