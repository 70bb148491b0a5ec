import Foundation
import MissionKPI

/// One open-data table: its columns (with type and meaning, for the data dictionary) and rows,
/// written as CSV (RFC 4180, formula-safe through `CSVText`) and as JSON (an array of objects).
struct DataTable: Sendable {
    /// A column: name, type as the dictionary states it, and what it means.
    struct Column: Sendable {
        var name: String
        var type: String
        var meaning: String
    }

    /// A cell; nil values are empty in CSV and null in JSON.
    enum Cell: Sendable {
        case text(String?)
        case number(Double?)
        case int(Int?)
        case bool(Bool?)
        case money(Decimal?)

        var csv: String {
            switch self {
            case .text(let s): s ?? ""
            case .number(let v): v.map(fmt) ?? ""
            case .int(let v): v.map(String.init) ?? ""
            case .bool(let b): b.map { $0 ? "true" : "false" } ?? ""
            case .money(let d): d.map { NSDecimalNumber(decimal: $0).stringValue } ?? ""
            }
        }

        var json: String {
            switch self {
            case .text(let s): s.map(JSONText.string) ?? "null"
            case .number(let v): JSONText.number(v)
            case .int(let v): v.map(String.init) ?? "null"
            case .bool(let b): b.map { $0 ? "true" : "false" } ?? "null"
            case .money(let d): d.map { NSDecimalNumber(decimal: $0).stringValue } ?? "null"
            }
        }
    }

    /// The file name without extension (`contracts`).
    var name: String
    /// What one row is.
    var summary: String
    var columns: [Column]
    var rows: [[Cell]] = []

    /// The table as CSV: a header row, then one record per row.
    var csv: String {
        CSVText.record(columns.map(\.name)) + rows.map { CSVText.record($0.map(\.csv)) }.joined()
    }

    /// The table as JSON: an array of objects, keys in column order, one compact object per line.
    var json: String {
        guard !rows.isEmpty else { return "[]\n" }
        let objects = rows.map { row in
            "{" + zip(columns, row).map { JSONText.string($0.name) + ":" + $1.json }.joined(separator: ",") + "}"
        }
        return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }
}
