/// Bytes that are not UTF-8 text, found and named for a message a person can act on.
///
/// ```swift
/// TextBytes.firstInvalidUTF8(Array("a\u{A3}".utf8))   // nil: valid
/// TextBytes.firstInvalidUTF8([0x61, 0xA3])             // 1
/// TextBytes.name(0xA3)                                  // "0xA3 (a '£' in Windows-1252 or Latin-1)"
/// TextBytes.mark(of: 5, in: Array("ab\ncd\u{E9}".utf8)) // line 2, column 3
/// ```
public enum TextBytes {
    /// The offset of the first byte that does not belong to well-formed UTF-8 (no overlong forms,
    /// surrogates or code points past U+10FFFF), or nil when all of it is UTF-8.
    public static func firstInvalidUTF8(_ bytes: some Collection<UInt8>) -> Int? {
        var it = bytes.makeIterator()
        var offset = 0
        while let b = it.next() {
            if b < 0x80 {
                offset += 1
                continue
            }
            let (length, low, high): (Int, UInt8, UInt8) =
                switch b {
                case 0xC2...0xDF: (2, 0x80, 0xBF)
                case 0xE0: (3, 0xA0, 0xBF)
                case 0xE1...0xEC, 0xEE...0xEF: (3, 0x80, 0xBF)
                case 0xED: (3, 0x80, 0x9F)
                case 0xF0: (4, 0x90, 0xBF)
                case 0xF1...0xF3: (4, 0x80, 0xBF)
                case 0xF4: (4, 0x80, 0x8F)
                default: (0, 0, 0)
                }
            guard length > 0 else { return offset }
            for k in 1..<length {
                guard let c = it.next() else { return offset }
                let (lo, hi) = k == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
                guard c >= lo, c <= hi else { return offset }
            }
            offset += length
        }
        return nil
    }

    /// `0xA3 (a '£' in Windows-1252 or Latin-1)`: the byte, and what it most likely was.
    public static func name(_ byte: UInt8) -> String {
        let hex = "0x" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16, uppercase: true)
        guard let scalar = windows1252(byte) else { return hex }
        return "\(hex) (a '\(Character(scalar))' in Windows-1252\(byte >= 0xA0 ? " or Latin-1" : ""))"
    }

    /// The character a byte stands for in Windows-1252, the encoding older spreadsheets and editors save in.
    static func windows1252(_ byte: UInt8) -> Unicode.Scalar? {
        let low: [UInt32] = [
            0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
            0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
        ]
        switch byte {
        case 0x80...0x9F: return low[Int(byte - 0x80)] == 0 ? nil : Unicode.Scalar(low[Int(byte - 0x80)])
        case 0xA1...0xFF: return Unicode.Scalar(UInt32(byte))
        default: return nil
        }
    }

    /// The 1-based line and column of the byte at `offset`: lines end at LF, CR LF or CR; a column counts
    /// characters (the bytes of one UTF-8 character count once).
    public static func mark(of offset: Int, in bytes: some Collection<UInt8>) -> Mark {
        var line = 1, column = 1
        var previous: UInt8 = 0
        for b in bytes.prefix(offset) {
            if b == 0x0A {
                if previous != 0x0D { line += 1 }
                column = 1
            } else if b == 0x0D {
                line += 1
                column = 1
            } else if b & 0xC0 != 0x80 {
                column += 1
            }
            previous = b
        }
        return Mark(line: line, column: column)
    }
}
