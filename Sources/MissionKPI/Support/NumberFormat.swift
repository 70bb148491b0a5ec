/// A number as people write it: `90`, `92.5`, `-0.125` (at most four decimals, no trailing zeros).
/// Written by hand: Foundation's `String(format:)` crashed here under concurrent use.
public func fmt(_ v: Double) -> String {
    guard v.isFinite else { return v.isNaN ? "NaN" : (v > 0 ? "Infinity" : "-Infinity") }
    if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
    guard abs(v) < 1e14 else { return String(v) }
    let scaled = Int64((abs(v) * 10_000).rounded())
    let whole = scaled / 10_000
    var fraction = String(scaled % 10_000)
    fraction = String(repeating: "0", count: 4 - fraction.count) + fraction
    while fraction.hasSuffix("0") { fraction.removeLast() }
    let sign = v < 0 && scaled != 0 ? "-" : ""
    return fraction.isEmpty ? sign + String(whole) : sign + String(whole) + "." + fraction
}
