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

    /// The table as CSV: a header row, then one record per row.
    var csv: String {
        let w = TableWriter(csv: FileBuffer(try! SitePath("t.csv")), json: FileBuffer(try! SitePath("t.json")))
        w.start(columns.map(\.name))
        for row in rows.stored { w.write(row) }
        w.end()
        return String(decoding: w.csv.bytes, as: UTF8.self)
    }

    /// The table as JSON: an array of objects, keys in column order, one compact object per line.
    var json: String {
        let w = TableWriter(csv: FileBuffer(try! SitePath("t.csv")), json: FileBuffer(try! SitePath("t.json")))
        w.start(columns.map(\.name))
        for row in rows.stored { w.write(row) }
        w.end()
        return String(decoding: w.json.bytes, as: UTF8.self)
    }
}

/// Writes a table's rows to its CSV and JSON files as they are produced.
final class TableWriter: @unchecked Sendable {
    let csv: FileBuffer
    let json: FileBuffer
    private var keys: [String] = []
    private var count = 0

    /// A writer into two file buffers.
    init(csv: FileBuffer, json: FileBuffer) {
        self.csv = csv
        self.json = json
    }

    /// Writes the CSV header and remembers the JSON keys.
    func start(_ names: [String]) {
        csv.append(CSVText.record(names))
        keys = names.map { JSONText.string($0) + ":" }
    }

    /// One row: a CSV record and a JSON object on its own line.
    func write(_ row: [Cell]) {
        csv.append(CSVText.record(row.map(\.csv)))
        var object = count == 0 ? "[\n{" : ",\n{"
        for (i, cell) in row.enumerated() {
            if i > 0 { object += "," }
            object += keys[i]
            object += cell.json
        }
        object += "}"
        json.append(object)
        count += 1
    }

    /// Closes the JSON array.
    func end() { json.append(count == 0 ? "[]\n" : "\n]\n") }

    typealias Cell = DataTable.Cell
}
