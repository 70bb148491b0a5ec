/// A number as people write it: `90`, `92.5`, `-0.125` (at most four decimals, no trailing zeros).
/// Written by hand: Foundation's `String(format:)` crashed here under concurrent use.
public func fmt(_ v: Double) -> String {
    guard v.isFinite else { return v.isNaN ? "NaN" : (v > 0 ? "Infinity" : "-Infinity") }
    if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
    guard abs(v) < 1e14 else { return String(v) }
    let scaled = Int64((abs(v) * 10_000).rounded())
    let whole = scaled / 10_000
    var fraction = scaled % 10_000
    let sign = v < 0 && scaled != 0 ? "-" : ""
    guard fraction != 0 else { return sign + String(whole) }
    // Trailing zeros dropped by arithmetic, leading ones padded: no string surgery (charts call this millions of times).
    var digits = 4
    while fraction % 10 == 0 {
        fraction /= 10
        digits -= 1
    }
    var out = sign + String(whole) + "."
    let text = String(fraction)
    for _ in text.utf8.count..<digits { out += "0" }
    return out + text
}
