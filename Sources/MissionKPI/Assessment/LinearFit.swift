/// An ordinary least-squares line through dated values, with x in days.
///
/// ```swift
/// let fit = LinearFit(points)!      // nil for fewer than two distinct dates
/// fit.value(at: targetDate)
/// ```
public struct LinearFit: Sendable, Hashable {
    /// Change per day.
    public var slope: Double
    /// The fitted value at `origin`.
    public var intercept: Double
    /// The day x is measured from (the first point's date).
    public var origin: Day

    /// Fits y = intercept + slope × (days since origin); nil for fewer than two distinct dates.
    public init?(_ points: [PathPoint]) {
        guard let first = points.first, points.count >= 2 else { return nil }
        let xs = points.map { Double(first.date.days(to: $0.date)) }
        let ys = points.map(\.value)
        let n = Double(points.count)
        let mx = xs.reduce(0, +) / n
        let my = ys.reduce(0, +) / n
        var sxx = 0.0
        var sxy = 0.0
        for (x, y) in zip(xs, ys) {
            sxx += (x - mx) * (x - mx)
            sxy += (x - mx) * (y - my)
        }
        guard sxx > 0 else { return nil }
        slope = sxy / sxx
        intercept = my - slope * mx
        origin = first.date
    }

    /// The fitted value on `day`.
    public func value(at day: Day) -> Double { intercept + slope * Double(origin.days(to: day)) }
}
