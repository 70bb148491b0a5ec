/// Estimated text widths (no font is measured: a table of advance widths) and word wrapping.
///
/// ```swift
/// TextMetrics.wrap("More diagnostic tests are delivered", width: 120, size: 11)   // ["More diagnostic tests", "are delivered"]
/// ```
enum TextMetrics {
    /// The estimated width of `s` at `size` pixels. The table is DejaVu Sans (the widest of the usual system
    /// fonts, Linux's default), so text measured here also fits in Arial, Segoe UI, Roboto or San Francisco.
    static func width(_ s: String, size: Double, bold: Bool = false) -> Double {
        var em = 0.0
        for c in s.unicodeScalars { em += advance(c) }
        return em * size * (bold ? 1.12 : 1.0)
    }

    /// Advance width in ems (DejaVu Sans Book, rounded).
    static func advance(_ c: Unicode.Scalar) -> Double {
        switch c {
        case "'", "i", "j", "l", "I", "J": 0.29
        case " ", ",", ".", "·": 0.32
        case "/", ":", ";", "\\", "|", "f", "-": 0.36
        case "(", ")", "[", "]", "t", "!", "r": 0.41
        case "\"", "*", "_", "`", "s", "z", "?", "c": 0.55
        case "L", "F", "k", "v", "x", "y", "P": 0.6
        case "m", "W", "@", "%": 1.0
        case "M", "w", "#", "+", "<", "=", ">", "^", "~", "&": 0.86
        case "A", "V", "B", "R", "X", "Z", "C", "U", "H", "N", "D", "G", "O", "Q", "K": 0.75
        case "0"..."9", "a"..."z", "A"..."Z", "$", "{", "}", "£": 0.64
        default: c.value < 0x80 ? 0.64 : 0.8
        }
    }

    /// Greedy word wrap to lines no wider than `width`; a word longer than a line is broken.
    static func wrap(_ text: String, width: Double, size: Double, bold: Bool = false) -> [String] {
        let space = self.width(" ", size: size, bold: bold)
        var lines: [String] = []
        var current = "", used = 0.0
        func flush() {
            if !current.isEmpty { lines.append(current) }
            current = ""
            used = 0
        }
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }) {
            let w = self.width(String(word), size: size, bold: bold)
            if w > width {
                flush()
                for ch in word {
                    let cw = self.width(String(ch), size: size, bold: bold)
                    if used + cw > width, !current.isEmpty { flush() }
                    current.append(ch)
                    used += cw
                }
                continue
            }
            if current.isEmpty {
                current = String(word)
                used = w
            } else if used + space + w <= width {
                current += " " + word
                used += space + w
            } else {
                flush()
                current = String(word)
                used = w
            }
        }
        flush()
        return lines
    }
}
