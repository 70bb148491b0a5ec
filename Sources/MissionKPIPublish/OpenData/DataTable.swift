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
        var record = ""
        var object = count == 0 ? "[\n{" : ",\n{"
        for (i, cell) in row.enumerated() {
            if i > 0 {
                record += ","
                object += ","
            }
            object += keys[i]
            if case .text(let text?) = cell {
                record += Self.csvField(text)
                object += Self.jsonString(text)
            } else {
                record += CSVText.field(cell.csv)
                object += cell.json
            }
        }
        record += CSVText.lineEnd
        object += "}"
        csv.append(record)
        json.append(object)
        count += 1
    }

    /// `CSVText.field`, with text that needs neither quoting nor neutralising passed through untouched.
    static func csvField(_ text: String) -> String {
        guard let first = text.utf8.first, let last = text.utf8.last, first != 0x20, last != 0x20 else { return CSVText.field(text) }
        switch first {
        case 0x3D, 0x40, 0x09, 0x0D, 0x2B, 0x2D: return CSVText.field(text)
        default: break
        }
        for b in text.utf8 where b == 0x2C || b == 0x22 || b == 0x0A || b == 0x0D { return CSVText.field(text) }
        return text
    }

    /// `JSONText.string`, with text that has nothing to escape quoted without walking its scalars.
    static func jsonString(_ text: String) -> String {
        for b in text.utf8 where b < 0x20 || b == 0x22 || b == 0x5C || b == 0x3C || b == 0x3E || b == 0x26 {
            return JSONText.string(text)
        }
        return "\"" + text + "\""
    }

    /// Closes the JSON array.
    func end() { json.append(count == 0 ? "[]\n" : "\n]\n") }

    typealias Cell = DataTable.Cell
}
