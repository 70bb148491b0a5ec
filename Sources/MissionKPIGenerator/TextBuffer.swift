import MissionKPI

/// A growing UTF-8 byte buffer with the few formatting helpers the generator needs:
/// YAML scalars (quoted only when they must be), CSV fields, fixed-point numbers and dates.
///
/// ```swift
/// var out = TextBuffer()
/// out.add("title: "); out.yaml("Scans: reported"); out.newline()   // title: "Scans: reported"
/// ```
struct TextBuffer {
    var bytes: [UInt8] = []

    init(capacity: Int = 4096) { bytes.reserveCapacity(capacity) }

    mutating func add(_ text: String) { bytes.append(contentsOf: text.utf8) }
    mutating func add(_ text: Substring) { bytes.append(contentsOf: text.utf8) }
    mutating func byte(_ b: UInt8) { bytes.append(b) }
    mutating func newline() { bytes.append(0x0A) }

    /// A key line: `indent` spaces, `key: `, then nothing (the caller writes the value).
    mutating func key(_ key: String, indent: Int = 0) {
        for _ in 0..<indent { bytes.append(0x20) }
        add(key)
        bytes.append(0x3A)
        bytes.append(0x20)
    }

    /// `key: value` on its own line, the value written as a YAML scalar.
    mutating func field(_ key: String, _ value: String, indent: Int = 0) {
        self.key(key, indent: indent)
        yaml(value)
        newline()
    }

    /// A whole number.
    mutating func int(_ n: Int) {
        if n < 0 {
            bytes.append(0x2D)
            int(-n)
            return
        }
        if n >= 10 { int(n / 10) }
        bytes.append(0x30 + UInt8(n % 10))
    }

    /// `n` with at least `width` digits (zero-padded).
    mutating func padded(_ n: Int, width: Int) {
        var digits = 1, m = n
        while m >= 10 {
            digits += 1
            m /= 10
        }
        for _ in digits..<max(digits, width) { bytes.append(0x30) }
        int(n)
    }

    /// `v` rounded to `decimals` places, trailing zeros dropped (`72.5`, `90`, `0.35`).
    mutating func number(_ v: Double, decimals: Int) {
        var scale = 1
        for _ in 0..<decimals { scale *= 10 }
        var n = Int((v * Double(scale)).rounded())
        if n < 0 {
            bytes.append(0x2D)
            n = -n
        }
        int(n / scale)
        var fraction = n % scale, places = decimals
        while places > 0 && fraction % 10 == 0 {
            fraction /= 10
            places -= 1
        }
        if places > 0 {
            bytes.append(0x2E)
            padded(fraction, width: places)
        }
    }

    /// `YYYY-MM-DD`.
    mutating func day(_ d: Day) {
        padded(d.year, width: 4)
        bytes.append(0x2D)
        padded(d.month, width: 2)
        bytes.append(0x2D)
        padded(d.day, width: 2)
    }

    /// A YAML scalar: plain when that reads back as the same text, double-quoted otherwise.
    /// `flow` is true inside `{…}` or `[…]`, where `,[]{}` also need quotes.
    mutating func yaml(_ text: String, flow: Bool = false) {
        add(YAMLText.scalar(text, flow: flow))
    }

    /// A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break.
    mutating func csv(_ text: String) {
        guard text.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
            add(text)
            return
        }
        bytes.append(0x22)
        for b in text.utf8 {
            if b == 0x22 { bytes.append(0x22) }
            bytes.append(b)
        }
        bytes.append(0x22)
    }
}

