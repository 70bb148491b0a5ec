/// An RFC 4180 CSV reader over bytes: UTF-8 with or without a BOM, LF, CRLF or CR line ends, quoted
/// fields holding commas, doubled quotes and line breaks.
///
/// Rows are counted as a spreadsheet counts them: the first record is row 1, and a quoted field that
/// spans lines is still one row. A malformed record is reported (with its row and column) and skipped;
/// an unterminated quote ends the reading, since the rest of the file is inside it.
///
/// ```swift
/// let issues = CSVReader.read(Array("a,b\n1,\"x, y\"\n".utf8)) { row, fields in print(row, fields) }
/// // 1 ["a", "b"]   2 ["1", "x, y"]
/// ```
public enum CSVReader {
    /// A problem with the CSV syntax itself.
    public struct Issue: Sendable, Hashable {
        public var row: Int
        public var column: Int
        public var message: String
    }

    private static let quote: UInt8 = 0x22, comma: UInt8 = 0x2C, lf: UInt8 = 0x0A, cr: UInt8 = 0x0D

    /// Calls `body` with every well-formed record (its row and fields) and returns the syntax problems found.
    @discardableResult
    public static func read(_ bytes: [UInt8], _ body: (_ row: Int, _ fields: [String]) -> Void) -> [Issue] {
        bytes.withUnsafeBufferPointer { read($0, body) }
    }

    /// Reads from a buffer; see `read(_:_:)`.
    public static func read(_ buf: UnsafeBufferPointer<UInt8>, _ body: (_ row: Int, _ fields: [String]) -> Void) -> [Issue] {
        let n = buf.count
        var i = n >= 3 && buf[0] == 0xEF && buf[1] == 0xBB && buf[2] == 0xBF ? 3 : 0
        var issues: [Issue] = []
        var fields: [String] = []
        fields.reserveCapacity(8)
        var scratch: [UInt8] = []
        var row = 1
        while i < n {
            fields.removeAll(keepingCapacity: true)
            var broken = false
            while true {
                let column = fields.count + 1
                let fieldStart = i
                var text: String?
                if buf[i] == quote {
                    // Quoted field: runs to the quote not followed by another quote.
                    i += 1
                    var start = i
                    scratch.removeAll(keepingCapacity: true)
                    var closed = false
                    while i < n {
                        if buf[i] == quote {
                            if i + 1 < n && buf[i + 1] == quote {
                                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: buf[start...i]))
                                i += 2
                                start = i
                                continue
                            }
                            closed = true
                            break
                        }
                        i += 1
                    }
                    guard closed else {
                        issues.append(
                            Issue(
                                row: row, column: column,
                                message:
                                    "a quoted field is never closed; add the closing '\"' (a quote inside a quoted field is written twice: \"\")"
                            ))
                        return issues
                    }
                    if scratch.isEmpty {
                        text = string(UnsafeBufferPointer(rebasing: buf[start..<i]), ascii: false)
                    } else {
                        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: buf[start..<i]))
                        text = scratch.withUnsafeBufferPointer { string($0, ascii: false) }
                    }
                    i += 1
                    if i < n, buf[i] != comma, buf[i] != lf, buf[i] != cr {
                        if !broken {
                            issues.append(
                                Issue(
                                    row: row, column: column,
                                    message: "text after the closing quote of a quoted field; put the whole field inside the quotes"))
                        }
                        broken = true
                        while i < n, buf[i] != comma, buf[i] != lf, buf[i] != cr { i += 1 }
                    }
                } else {
                    let start = i
                    var strayQuote = false
                    var high: UInt8 = 0
                    while i < n {
                        let c = buf[i]
                        if c == comma || c == lf || c == cr { break }
                        if c == quote { strayQuote = true }
                        high |= c
                        i += 1
                    }
                    if strayQuote && !broken {
                        issues.append(
                            Issue(
                                row: row, column: column,
                                message: "a '\"' inside an unquoted field; enclose the field in quotes and write the quote twice (\"\")"))
                        broken = true
                    }
                    text = string(UnsafeBufferPointer(rebasing: buf[start..<i]), ascii: high < 0x80)
                }
                if let text {
                    fields.append(text)
                } else {
                    if !broken {
                        issues.append(Issue(row: row, column: column, message: notUTF8(UnsafeBufferPointer(rebasing: buf[fieldStart..<i]))))
                    }
                    broken = true
                    fields.append("")
                }
                if i >= n { break }
                let c = buf[i]
                i += 1
                if c == comma {
                    if i >= n {
                        fields.append("")
                        break
                    }
                    continue
                }
                if c == cr, i < n, buf[i] == lf { i += 1 }
                break
            }
            if !broken { body(row, fields) }
            row += 1
        }
        return issues
    }

    /// The message for a field that is not UTF-8, naming its first bad byte.
    static func notUTF8(_ field: UnsafeBufferPointer<UInt8>) -> String {
        let what = TextBytes.firstInvalidUTF8(field).map { "the byte \(TextBytes.name(field[$0])) in this field is not UTF-8 text" }
        return "\(what ?? "the field is not valid UTF-8"); save the file as UTF-8 (CSV UTF-8 in a spreadsheet)"
    }

    /// The field's text; nil when it is not valid UTF-8. ASCII takes the fast path (no generic validation).
    @inline(__always)
    static func string(_ bytes: UnsafeBufferPointer<UInt8>, ascii: Bool) -> String? {
        ascii ? String(decoding: bytes, as: UTF8.self) : String(validating: bytes, as: UTF8.self)
    }
}
