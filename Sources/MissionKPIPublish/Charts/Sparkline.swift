import MissionKPI

/// A KPI's recent returns as a sparkline (a line with no axes, about a word wide) in the department
/// review's row for each KPI; the contract page keeps the full chart. Small, as a national review has
/// 60,000 of them: one polyline, the latest return as a dot, its text alternative in `aria-label`.
///
/// ```swift
/// Sparkline.svg(values: [91, 93, 95], unit: .percent)
/// // <svg … role="img" aria-label="3 most recent returns, from 91% to 95%">…</svg>
/// ```
enum Sparkline {
    /// The most recent returns drawn (older ones are on the contract page's chart).
    static let maxPoints = 24
    static let width = 96.0, height = 20.0, pad = 2.0

    /// The SVG, or "" for fewer than two values (nothing to draw a line through).
    static func svg(values: [Double], unit: MissionKPI.Unit?) -> String {
        let values = Array(values.suffix(maxPoints))
        guard values.count >= 2, let lo = values.min(), let hi = values.max() else { return "" }
        let span = hi > lo ? hi - lo : 1
        let step = (width - 2 * pad) / Double(values.count - 1)
        let points = values.enumerated().map { i, v in
            (pad + Double(i) * step, height - pad - (v - lo) / span * (height - 2 * pad))
        }
        let label = "\(values.count) most recent returns, from \(ValueText.value(values[0], unit)) to \(ValueText.value(values[values.count - 1], unit))"
        var out = "<svg class=\"spark\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 96 20\" width=\"96\" height=\"20\" role=\"img\" aria-label=\""
        out += HTMLText.escape(label) + "\"><polyline fill=\"none\" stroke=\"\(Palette.blue)\" stroke-width=\"1.5\" points=\""
        for (i, p) in points.enumerated() {
            if i > 0 { out += " " }
            out += SVGMarkup.n(p.0) + "," + SVGMarkup.n(p.1)
        }
        let last = points[points.count - 1]
        out += "\"/><circle cx=\"\(SVGMarkup.n(last.0))\" cy=\"\(SVGMarkup.n(last.1))\" r=\"2\" fill=\"\(Palette.text)\"/></svg>"
        return out
    }
}
