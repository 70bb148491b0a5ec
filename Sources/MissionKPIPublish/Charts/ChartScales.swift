import MissionKPI

/// A linear map from values to pixels over a "nice" domain, with round-numbered ticks.
///
/// ```swift
/// let y = ValueScale(values: [59.1, 92], from: 260, to: 20, ticks: 5)   // domain 50…100, ticks 50, 60, …
/// y.pixel(75)
/// ```
struct ValueScale {
    /// The domain's ends after rounding outwards to whole steps.
    let lo: Double, hi: Double
    /// The pixel ends (`from` is where `lo` lands).
    let from: Double, to: Double
    /// The tick values, low to high.
    let ticks: [Double]

    /// A scale covering the finite values (0…1 when there are none; widened when they are all equal).
    init(values: [Double], from: Double, to: Double, ticks count: Int) {
        let finite = values.filter(\.isFinite).map { min(max($0, -1e15), 1e15) }
        var lo = finite.min() ?? 0, hi = finite.max() ?? 1
        if hi - lo < 1e-9 * max(1, abs(hi)) {
            let pad = lo == 0 ? 1 : abs(lo) * 0.1
            lo -= pad
            hi += pad
        }
        let step = Self.niceStep((hi - lo) / Double(max(1, count)))
        let first = (lo / step).rounded(.down), last = (hi / step).rounded(.up)
        self.lo = first * step
        self.hi = last * step
        self.from = from
        self.to = to
        ticks = stride(from: first, through: last, by: 1).map { $0 * step }
    }

    /// The pixel of a value.
    func pixel(_ v: Double) -> Double { hi == lo ? from : from + (v - lo) / (hi - lo) * (to - from) }

    /// 1, 2, 2.5 or 5 × a power of ten, at least `raw`.
    static func niceStep(_ raw: Double) -> Double {
        guard raw.isFinite, raw > 0 else { return 1 }
        var p = 1.0
        while p * 10 <= raw { p *= 10 }
        while p > raw { p /= 10 }
        for m in [1.0, 2, 2.5, 5, 10] where m * p >= raw * (1 - 1e-9) { return m * p }
        return 10 * p
    }
}

/// A linear map from days to pixels, with ticks on month or year starts.
struct DayScale {
    let lo: Int, hi: Int
    let from: Double, to: Double

    /// A scale covering the days (widened by half a month either side when they are all one day).
    init(days: [Day], from: Double, to: Double) {
        let ords = days.map(\.ordinal)
        var lo = ords.min() ?? 0, hi = ords.max() ?? 0
        if hi - lo < 1 {
            lo -= 15
            hi += 15
        }
        self.lo = lo
        self.hi = hi
        self.from = from
        self.to = to
    }

    /// The pixel of a day.
    func pixel(_ d: Day) -> Double { from + Double(d.ordinal - lo) / Double(hi - lo) * (to - from) }

    /// Month or year starts inside the domain, at most `maxTicks` of them, with labels (`2026`, `Mar 2026`).
    func ticks(maxTicks: Int) -> [(day: Day, label: String)] {
        let start = Day(ordinal: lo), end = Day(ordinal: hi)
        let first = start.year * 12 + start.month - 1 + (start.day > 1 ? 1 : 0)
        let last = end.year * 12 + end.month - 1
        guard last >= first else { return [(start, Self.monthLabel(start))] }
        let steps = [1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200, 2400, 6000, 12000]
        let span = last - first
        let step = steps.first { span / $0 + 1 <= max(1, maxTicks) } ?? 12000
        var out: [(Day, String)] = []
        var m = first + ((step - first % step) % step)
        while m <= last {
            if let d = Day(year: m / 12, month: m % 12 + 1, day: 1) { out.append((d, step >= 12 ? String(d.year) : Self.monthLabel(d))) }
            m += step
        }
        if out.isEmpty { out.append((start, Self.monthLabel(start))) }
        return out
    }

    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `Mar 2026`.
    static func monthLabel(_ d: Day) -> String { months[d.month - 1] + " " + String(d.year) }

    /// `31 Mar 2026`.
    static func dayLabel(_ d: Day) -> String { String(d.day) + " " + monthLabel(d) }
}

/// Axis labels with their unit: `60%`, `£1.5m`, `12,000`, `2.5m`, `4.5`.
enum AxisText {
    /// The labels of an axis's ticks, in one scale for them all (`£0.5m`, `£1m`, `£1.5m`; `500,000` but `0.5m` beside `2m`).
    static func ticks(_ values: [Double], _ unit: Unit?) -> [String] {
        let top = values.map { abs($0) }.filter(\.isFinite).max() ?? 0
        let gbp = unit == .gbp
        let (divisor, suffix): (Double, String) =
            top >= 1e9 ? (1e9, "bn") : top >= 1e6 ? (1e6, "m") : (gbp && top >= 1e4) ? (1e3, "k") : (1, "")
        return values.map { v in
            let v = abs(v) < 1e-9 ? 0 : v
            if unit == .percent { return fmt(round(v, 4)) + "%" }
            let n = round(v / divisor, 4)
            let suffix = n == 0 ? "" : suffix
            if gbp { return (n < 0 ? "-£" : "£") + (divisor == 1 ? ValueText.value(abs(n), .count) : fmt(abs(n)) + suffix) }
            if divisor == 1 { return unit == .count ? ValueText.value(n, .count) : fmt(n) }
            return fmt(n) + suffix
        }
    }

    /// One tick value on its own.
    static func tick(_ v: Double, _ unit: Unit?) -> String { ticks([v], unit)[0] }

    /// The unit named above the value axis when the tick labels do not say it (`Days`, `Count`), else nil.
    static func caption(_ unit: Unit?) -> String? {
        switch unit {
        case .days: "Days"
        case .hours: "Hours"
        case .count: "Count"
        case .ratio: "Ratio"
        case .score: "Score"
        default: nil
        }
    }

    static func round(_ v: Double, _ places: Int) -> Double {
        var p = 1.0
        for _ in 0..<places { p *= 10 }
        return (v * p).rounded() / p
    }
}
