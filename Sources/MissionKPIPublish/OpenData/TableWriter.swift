import MissionKPI

/// Writes a table's rows to its CSV and JSON files as they are produced, straight as UTF-8 bytes.
/// Every value comes out exactly as `CSVText.field` of `Cell.csv` and `Cell.json` would write it:
/// text needing no quoting, formula neutralising or escaping is copied as it is, numbers, integers and
/// dates are written digit by digit (`fmt`'s text), and anything unusual takes the general path.
final class TableWriter: @unchecked Sendable {
    let csv: FileBuffer
    let json: FileBuffer
    private var keys: [[UInt8]] = []
    private var count = 0

    /// A writer into two file buffers.
    init(csv: FileBuffer, json: FileBuffer) {
        self.csv = csv
        self.json = json
    }

    /// Writes the CSV header and remembers the JSON keys.
    func start(_ names: [String]) {
        csv.append(CSVText.record(names))
        keys = names.map { Array((JSONText.string($0) + ":").utf8) }
    }

    /// One row: a CSV record and a JSON object on its own line.
    func write(_ row: [Cell]) {
        json.put(utf8: count == 0 ? "[\n{" : ",\n{")
        for (i, cell) in row.enumerated() {
            if i > 0 {
                csv.append(0x2C)
                json.append(0x2C)
            }
            json.append(bytes: keys[i])
            switch cell {
            case .text(let text?): Self.text(text, csv: csv, json: json)
            case .int(let v?): copyingToJSON { CellBytes.int(v, into: csv) }
            case .day(let d?) where CellBytes.isPlain(d):
                let text = d.description  // ten bytes: a small string, no allocation
                csv.put(utf8: text)
                json.append(0x22)
                json.put(utf8: text)
                json.append(0x22)
            case .number(let v?) where CellBytes.isPlain(v): copyingToJSON { CellBytes.number(v, into: csv) }
            case .bool(let b?): copyingToJSON { csv.put(utf8: b ? "true" : "false") }
            case .text(nil), .int(nil), .day(nil), .number(nil), .bool(nil), .money(nil): json.put(utf8: "null")
            default:
                csv.put(utf8: CSVText.field(cell.csv))
                json.put(utf8: cell.json)
            }
        }
        csv.append(0x0D)
        csv.append(0x0A)
        json.append(0x7D)
        count += 1
        csv.endPiece()
        json.endPiece()
    }

    /// Runs `body`, which writes a value to the CSV buffer, then copies the same bytes to the JSON buffer.
    @inline(__always) private func copyingToJSON(_ body: () -> Void) {
        let start = csv.count
        body()
        json.append(UnsafeRawBufferPointer(start: csv.base + start, count: csv.count - start))
    }

    /// A text cell: copied as it is to both files when nothing in it needs CSV or JSON treatment.
    static func text(_ text: String, csv: FileBuffer, json: FileBuffer) {
        var text = text
        text.withUTF8 { u in
            let raw = UnsafeRawBufferPointer(u)
            let plain = CellBytes.scan(u)
            if plain.csv { csv.append(raw) } else { csv.put(utf8: CSVText.field(String(decoding: u, as: UTF8.self))) }
            if plain.json {
                json.append(0x22)
                json.append(raw)
                json.append(0x22)
            } else {
                json.put(utf8: JSONText.string(String(decoding: u, as: UTF8.self)))
            }
        }
    }

    /// Closes the JSON array.
    func end() { json.append(count == 0 ? "[]\n" : "\n]\n") }

    typealias Cell = DataTable.Cell
}

/// Open-data values as bytes, exactly as the text forms (`fmt`, `String(Int)`, `Day.description`) write them.
enum CellBytes {
    /// Whether text goes as it is into CSV (no quoting or neutralising) and into a JSON string (no escaping).
    @inline(__always) static func scan(_ u: UnsafeBufferPointer<UInt8>) -> (csv: Bool, json: Bool) {
        guard let first = u.first, let last = u.last else { return (true, true) }  // "" is "" and "\"\""
        var csv = first != 0x20 && last != 0x20
        switch first {
        case 0x3D, 0x40, 0x09, 0x0D, 0x2B, 0x2D: csv = false
        default: break
        }
        var json = true
        for b in u {
            if b < 0x20 {
                json = false
                if b == 0x0A || b == 0x0D { csv = false }
            } else if b <= 0x3E {
                switch b {
                case 0x22:
                    csv = false
                    json = false
                case 0x26, 0x3C, 0x3E: json = false
                case 0x2C: csv = false
                default: break
                }
            } else if b == 0x5C {
                json = false
            }
        }
        return (csv, json)
    }

    /// Whether `day.description` is four, two and two digits (years 0 to 9999), so needs no CSV or JSON treatment.
    @inline(__always) static func isPlain(_ day: Day) -> Bool {
        (0...9999).contains(day.year) && (0...99).contains(day.month) && (0...99).contains(day.day)
    }

    /// Whether `fmt(v)` is a plain decimal this writer produces itself (finite and below 1e14, or whole below 1e15).
    @inline(__always) static func isPlain(_ v: Double) -> Bool {
        v.isFinite && (abs(v) < 1e14 || (v == v.rounded() && abs(v) < 1e15))
    }

    /// `String(v)`.
    @inline(__always) static func int(_ v: Int, into out: FileBuffer) {
        out.reserve(20)
        if v < 0 { out.put(0x2D) }
        digits(v.magnitude, into: out)
    }

    /// The decimal digits of `v` (no sign, no padding), in room already reserved.
    @inline(__always) static func digits(_ v: UInt, into out: FileBuffer) {
        var tmp: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: room for 20 digits
        withUnsafeMutableBytes(of: &tmp) { t in
            var n = v, i = 24
            repeat {
                i -= 1
                t[i] = UInt8(truncatingIfNeeded: n % 10) &+ 0x30
                n /= 10
            } while n > 0
            out.append(UnsafeRawBufferPointer(rebasing: t[i..<24]))
        }
    }

    /// `n` as exactly `width` digits, zero-padded (`n` fits).
    @inline(__always) static func padded(_ n: Int, width: Int, into out: FileBuffer) {
        out.reserve(width)
        var p = 1
        for _ in 1..<width { p *= 10 }
        var n = n
        while p > 0 {
            out.put(UInt8(truncatingIfNeeded: n / p) &+ 0x30)
            n %= p
            p /= 10
        }
    }

    /// `fmt(v)` for a value with `isPlain(v)`: whole numbers as integers, others to at most four
    /// decimals without trailing zeros, and no minus sign on a value that rounds to zero.
    static func number(_ v: Double, into out: FileBuffer) {
        if v == v.rounded(), abs(v) < 1e15 { return int(Int(Int64(v)), into: out) }
        let scaled = Int64((abs(v) * 10_000).rounded())
        out.reserve(24)
        if v < 0 && scaled != 0 { out.put(0x2D) }
        digits(UInt(scaled / 10_000), into: out)
        var fraction = Int(scaled % 10_000), width = 4
        guard fraction != 0 else { return }
        while fraction % 10 == 0 {
            fraction /= 10
            width -= 1
        }
        out.put(0x2E)
        padded(fraction, width: width, into: out)
    }
}
