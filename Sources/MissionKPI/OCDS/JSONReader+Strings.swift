import Foundation

extension JSONReader {
    /// Reads a string's contents (after its opening quote) into `scratch`, decoding escapes.
    func readString() throws {
        scratch.removeAll(keepingCapacity: true)
        try scanString(keep: true)
    }

    /// Skips a string's contents (after its opening quote), checking its escapes.
    func skipString() throws {
        try scanString(keep: false)
    }

    private func scanString(keep: Bool) throws {
        while true {
            var i = pos
            while i < end {
                let b = buffer[i]
                if b == 0x22 || b == 0x5C || b < 0x20 { break }
                i += 1
            }
            if keep && i > pos { scratch.append(contentsOf: UnsafeBufferPointer(start: buffer + pos, count: i - pos)) }
            pos = i
            if pos == end {
                if try !refill() { throw fail("the file ends inside a text; a closing '\"' is missing") }
                continue
            }
            let b = buffer[pos]
            if b == 0x22 { pos += 1; return }
            if b < 0x20 {
                throw fail(
                    b == 0x0A || b == 0x0D
                        ? "a text runs past the end of the line; a closing '\"' is missing, or write the line break as \\n"
                        : String(format: "a control character (byte 0x%02X) inside a text; write it as an escape such as \\u%04X", b, b))
            }
            pos += 1  // the backslash
            try escape(keep: keep)
        }
    }

    private func escape(keep: Bool) throws {
        let start = offset - 1
        guard let e = try peek() else { throw fail("the file ends inside a text; a closing '\"' is missing") }
        pos += 1
        let byte: UInt8
        switch e {
        case 0x22, 0x5C, 0x2F: byte = e
        case 0x62: byte = 0x08
        case 0x66: byte = 0x0C
        case 0x6E: byte = 0x0A
        case 0x72: byte = 0x0D
        case 0x74: byte = 0x09
        case 0x75:
            var scalar = try hex4(start)
            if (0xD800...0xDBFF).contains(scalar) {
                guard try peek() == 0x5C else { throw fail("a \\u escape of a high surrogate must be followed by a low one", at: start) }
                pos += 1
                guard try peek() == 0x75 else { throw fail("a \\u escape of a high surrogate must be followed by a low one", at: start) }
                pos += 1
                let low = try hex4(start)
                guard (0xDC00...0xDFFF).contains(low) else {
                    throw fail("a \\u escape of a high surrogate must be followed by a low one", at: start)
                }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(scalar) {
                throw fail("a \\u escape holds a lone low surrogate", at: start)
            }
            if keep, let u = Unicode.Scalar(scalar) { scratch.append(contentsOf: UTF8.encode(u)!) }
            return
        default:
            throw fail(
                "\(e > 0x20 && e < 0x7F ? "'\\\(Character(Unicode.Scalar(e)))' is not a JSON escape" : "a backslash before \(JSONReader.describe(e)) is not a JSON escape")"
                    + " (use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX)",
                at: start)
        }
        if keep { scratch.append(byte) }
    }

    private func hex4(_ start: Int) throws -> UInt32 {
        var v: UInt32 = 0
        for _ in 0..<4 {
            guard let h = try peek() else { throw fail("the file ends inside a \\u escape", at: start) }
            pos += 1
            let d: UInt8
            switch h {
            case 0x30...0x39: d = h - 0x30
            case 0x41...0x46: d = h - 0x41 + 10
            case 0x61...0x66: d = h - 0x61 + 10
            default: throw fail("a \\u escape needs four hexadecimal digits", at: start)
            }
            v = v << 4 | UInt32(d)
        }
        return v
    }
}

/// Whether bytes are well-formed UTF-8 (RFC 3629: no overlongs, no surrogates, at most U+10FFFF).
enum UTF8Check {
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let need: Int, low: UInt8, high: UInt8
            switch b {
            case 0xC2...0xDF: (need, low, high) = (1, 0x80, 0xBF)
            case 0xE0: (need, low, high) = (2, 0xA0, 0xBF)
            case 0xE1...0xEC, 0xEE...0xEF: (need, low, high) = (2, 0x80, 0xBF)
            case 0xED: (need, low, high) = (2, 0x80, 0x9F)
            case 0xF0: (need, low, high) = (3, 0x90, 0xBF)
            case 0xF1...0xF3: (need, low, high) = (3, 0x80, 0xBF)
            case 0xF4: (need, low, high) = (3, 0x80, 0x8F)
            default: return false
            }
            guard i + need < n else { return false }  // the sequence is cut short
            guard bytes[i + 1] >= low && bytes[i + 1] <= high else { return false }
            var k = 2
            while k <= need {
                guard bytes[i + k] >= 0x80 && bytes[i + k] <= 0xBF else { return false }
                k += 1
            }
            i += need + 1
        }
        return true
    }
}
