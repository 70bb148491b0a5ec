import Foundation
import MissionKPI

/// One open-data table: its columns (with type and meaning, for the data dictionary) and rows,
/// written as CSV (RFC 4180, formula-safe through `CSVText`) and as JSON (an array of objects).
/// A table built with a `TableWriter` sends each row straight to its files instead of keeping it.
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
        /// A date, written as `Day.description` writes it (`2026-04-01`).
        case day(Day?)

        /// The CSV text before quoting and neutralising.
        var csv: String {
            switch self {
            case .text(let s): s ?? ""
            case .number(let v): v.map(fmt) ?? ""
            case .int(let v): v.map(String.init) ?? ""
            case .bool(let b): b.map { $0 ? "true" : "false" } ?? ""
            case .money(let d): d.map { NSDecimalNumber(decimal: $0).stringValue } ?? ""
            case .day(let d): d?.description ?? ""
            }
        }

        /// The JSON value.
        var json: String {
            switch self {
            case .text(let s): s.map(JSONText.string) ?? "null"
            case .number(let v): JSONText.number(v)
            case .int(let v): v.map(String.init) ?? "null"
            case .bool(let b): b.map { $0 ? "true" : "false" } ?? "null"
            case .money(let d): d.map { NSDecimalNumber(decimal: $0).stringValue } ?? "null"
            case .day(let d): d.map { JSONText.string($0.description) } ?? "null"
            }
        }
    }

    /// The rows kept in memory, or sent on to a writer as they come.
    struct Rows: Sendable {
        var stored: [[Cell]] = []
        var writer: TableWriter?

        /// Keeps the row, or writes it.
        mutating func append(_ row: [Cell]) {
            if let writer { writer.write(row) } else { stored.append(row) }
        }
    }

    /// The file name without extension (`contracts`).
    var name: String
    /// The JSON file's name, `<name>.json.gz`: gzipped, as it says again what the CSV says (see `OpenData`).
    var jsonFile: String { Self.jsonFile(name) }
    /// The CSV file's name: `<name>.csv`, or `<name>.csv.gz` for the tables of `OpenData.gzippedCSV`.
    var csvFile: String { Self.csvFile(name) }

    /// The JSON file of the table `name`.
    static func jsonFile(_ name: String) -> String { name + ".json.gz" }
    /// The CSV file of the table `name`.
    static func csvFile(_ name: String) -> String { OpenData.gzippedCSV.contains(name) ? name + ".csv.gz" : name + ".csv" }
    /// What one row is.
    var summary: String
    var columns: [Column]
    var rows = Rows()

    /// A table whose rows go to `writer` (which then writes the header), or are kept when it is nil.
    init(writer: TableWriter? = nil, name: String, summary: String, columns: [Column]) {
        self.name = name
        self.summary = summary
        self.columns = columns
        rows.writer = writer
        writer?.start(columns.map(\.name))
    }

    /// The stored rows written by a `TableWriter` into memory.
    private var written: TableWriter {
        let w = TableWriter(csv: FileBuffer(try! SitePath("t.csv")), json: FileBuffer(try! SitePath("t.json")))
        w.start(columns.map(\.name))
        for row in rows.stored { w.write(row) }
        w.end()
        return w
    }

    /// The table as CSV: a header row, then one record per row.
    var csv: String { String(decoding: written.csv.bytes, as: UTF8.self) }

    /// The table as JSON: an array of objects, keys in column order, one compact object per line.
    var json: String { String(decoding: written.json.bytes, as: UTF8.self) }
}
