import Foundation
import MissionKPI
import Testing

/// `fmt`, which every number on every page goes through: shortest text to four decimals, the same text as
/// the string-trimming version it replaced (kept here as the reference) for a million seeded values.
@Suite struct NumberFormatTests {
    /// The previous implementation, trimming zeros from a padded string.
    static func reference(_ v: Double) -> String {
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

    @Test func examples() {
        #expect(fmt(1.05) == "1.05")
        #expect(fmt(-0.1) == "-0.1")
        #expect(fmt(0.0001) == "0.0001")
        #expect(fmt(-0.00001) == "0")
        #expect(fmt(12.5) == "12.5")
        #expect(fmt(1_000_000.25) == "1000000.25")
        #expect(fmt(3) == "3")
        #expect(fmt(.nan) == "NaN" && fmt(-.infinity) == "-Infinity")
    }

    @Test func sameTextAsTheReference() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        var differing: [Double] = []
        for i in 0..<1_000_000 {
            let magnitude = pow(10, Double(Int(next() % 16)) - 5)
            var v = (Double(next() % 2_000_001) / 1_000_000 - 1) * magnitude
            if i % 7 == 0 { v = (v * 10).rounded() / 10 }  // the tenths charts use
            if fmt(v) != Self.reference(v) { differing.append(v) }
        }
        #expect(differing.isEmpty, "\(differing.prefix(5).map { "\($0): \(fmt($0)) vs \(Self.reference($0))" })")
    }
}
