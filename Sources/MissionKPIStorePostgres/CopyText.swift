import Foundation
import MissionKPI
import PostgresNIO

/// Observation rows as `COPY observation (…) FROM STDIN` text: tab-separated fields, `\N` for NULL,
/// and a backslash before any backslash, tab, line feed or carriage return inside a text field.
/// Rows are cut into chunks of about `chunkSize` bytes, each sent as one CopyData message.
///
/// ```swift
/// var copy = CopyText()
/// copy.add(row, version: 2, fileId: 7)
/// let chunks = copy.finish()
/// ```
struct CopyText {
    /// The columns, in the order each line writes them.
    static let columns = ["contract_id", "kpi_id", "period", "period_start", "period_end", "value", "note", "version", "file_id", "row"]
    static let chunkSize = 1 << 20

    private(set) var chunks: [ByteBuffer] = []
    private var buffer = ByteBufferAllocator().buffer(capacity: CopyText.chunkSize + 4096)
    /// How many rows were added.
    private(set) var rows = 0

    /// Adds one version of a returned value.
    mutating func add(_ r: ReturnRow, version: Int32, fileId: Int64) {
        text(r.contract)
        text(r.kpi)
        text(r.period.text)
        raw(r.period.start.description)
        raw(r.period.end.description)
        raw(r.value.description)
        text(r.note)
        raw(String(version))
        raw(String(fileId))
        raw(String(r.row), last: true)
    }

    /// A field needing no escaping (a number or a day); `last` ends the line.
    mutating func raw(_ s: String, last: Bool = false) {
        buffer.writeString(s)
        end(last)
    }

    /// A text field (NULL when nil), escaped when it holds a byte COPY gives a meaning to; `last` ends the line.
    mutating func text(_ s: String?, last: Bool = false) {
        guard var s else {
            buffer.writeStaticString("\\N")
            return end(last)
        }
        s.withUTF8 { bytes in
            if !bytes.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
                buffer.writeBytes(bytes)
                return
            }
            for b in bytes {
                switch b {
                case 0x5C: buffer.writeStaticString("\\\\")
                case 0x09: buffer.writeStaticString("\\t")
                case 0x0A: buffer.writeStaticString("\\n")
                case 0x0D: buffer.writeStaticString("\\r")
                default: buffer.writeInteger(b)
                }
            }
        }
        end(last)
    }

    private mutating func end(_ last: Bool) {
        guard last else {
            buffer.writeInteger(UInt8(ascii: "\t"))
            return
        }
        buffer.writeInteger(UInt8(ascii: "\n"))
        rows += 1
        if buffer.readableBytes >= CopyText.chunkSize { cut() }
    }

    /// The chunks holding every row added.
    mutating func finish() -> [ByteBuffer] {
        if buffer.readableBytes > 0 { cut() }
        return chunks
    }

    private mutating func cut() {
        chunks.append(buffer)
        buffer = ByteBufferAllocator().buffer(capacity: CopyText.chunkSize + 4096)
    }
}
