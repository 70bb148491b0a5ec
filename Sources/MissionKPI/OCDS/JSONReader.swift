import Foundation

/// Malformed JSON: what is wrong, and the byte offset in the file where it was found.
public struct JSONSyntaxError: Error, Sendable, Equatable {
    public var offset: Int
    public var message: String
}

/// A streaming JSON reader of our own: it reads a file in chunks and builds only the values a
/// `JSONKeep` asks for, skipping the rest; every node keeps its byte offset, so a problem can be named
/// by `file:line:column` (see `JSONPositions`). Strict RFC 8259: anything else is a `JSONSyntaxError`.
///
/// ```swift
/// let reader = try JSONReader(path: "releases.json")
/// try reader.skipWhitespace()
/// let value = try reader.readValue(keep: .all)
/// ```
public final class JSONReader {
    /// Nesting deeper than this is refused (a release is a few levels deep).
    public static let maxDepth = 256
    static let chunk = 1 << 20

    let fd: Int32
    let buffer: UnsafeMutablePointer<UInt8>
    /// Bytes `pos..<end` of `buffer` are unread; `buffer[0]` is byte `base` of the file.
    var pos = 0, end = 0, base = 0
    var atEOF = false
    var depth = 0
    /// Bytes of the string or number being read.
    var scratch: [UInt8] = []

    /// Opens `path` for reading; throws the POSIX error when it cannot be opened.
    public init(path: String) throws {
        fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        buffer = .allocate(capacity: Self.chunk)
        scratch.reserveCapacity(4096)
    }

    deinit {
        buffer.deallocate()
        close(fd)
    }

    /// The file offset of the next unread byte.
    public var offset: Int { base + pos }

    func fail(_ message: String, at offset: Int? = nil) -> JSONSyntaxError {
        JSONSyntaxError(offset: offset ?? self.offset, message: message)
    }

    /// Reads the next chunk; false at the end of the file.
    func refill() throws -> Bool {
        if atEOF { return false }
        base += end
        pos = 0
        end = 0
        while true {
            let n = read(fd, buffer, Self.chunk)
            if n < 0 {
                if errno == EINTR { continue }
                throw fail("the file could not be read (\(String(cString: strerror(errno))))")
            }
            if n == 0 { atEOF = true; return false }
            end = n
            return true
        }
    }

    /// The next byte without consuming it, or nil at the end of the file.
    @inline(__always) func peek() throws -> UInt8? {
        if pos < end { return buffer[pos] }
        return try refill() ? buffer[pos] : nil
    }

    /// Skips spaces, tabs, line feeds and carriage returns; returns the next byte (nil at the end).
    @discardableResult public func skipWhitespace() throws -> UInt8? {
        while true {
            while pos < end {
                let b = buffer[pos]
                if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { pos += 1 } else { return b }
            }
            if try !refill() { return nil }
        }
    }

    /// Skips a UTF-8 byte order mark at the start of the file, if there is one.
    public func skipByteOrderMark() throws {
        guard offset == 0, try peek() == 0xEF else { return }
        for expected: UInt8 in [0xEF, 0xBB, 0xBF] {
            guard try peek() == expected else { throw fail("the file starts with a broken byte order mark") }
            pos += 1
        }
    }

    /// Consumes `byte` (after whitespace) or fails with `what` was expected.
    func expect(_ byte: UInt8, _ what: String) throws {
        guard let b = try skipWhitespace() else { throw fail("the file ends where \(what) was expected; it is cut short") }
        guard b == byte else { throw fail("expected \(what) but found \(Self.describe(b))") }
        pos += 1
    }

    /// Words for a byte in messages: "'x'", "a line break", "byte 0xFF".
    static func describe(_ b: UInt8) -> String {
        switch b {
        case 0x0A, 0x0D: "a line break"
        case 0x20...0x7E: "'\(Character(Unicode.Scalar(b)))'"
        default: String(format: "byte 0x%02X", b)
        }
    }
}
