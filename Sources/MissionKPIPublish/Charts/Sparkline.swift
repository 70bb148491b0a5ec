import MissionKPI

/// A KPI's recent returns as a sparkline (a line with no axes, about a word wide) for the department
/// review's summary of each KPI; the contract page keeps the full chart.
///
/// ```swift
/// Sparkline.svg(id: "spark-c1-k1", title: "Recent returns of Calls answered", values: [91, 93, 95])
/// ```
enum Sparkline {
    /// The most recent returns drawn (older ones are on the contract page's chart).
    static let maxPoints = 24
    static let width = 96.0, height = 20.0, pad = 2.0

    /// The SVG, or "" for fewer than two values (nothing to draw a line through).
    static func svg(id: String, title: String, values: [Double]) -> String {
        let values = Array(values.suffix(maxPoints))
        guard values.count >= 2, let lo = values.min(), let hi = values.max() else { return "" }
        let span = hi > lo ? hi - lo : 1
        let step = (width - 2 * pad) / Double(values.count - 1)
        let points = values.enumerated().map { i, v in
            (pad + Double(i) * step, height - pad - (v - lo) / span * (height - 2 * pad))
        }
        let desc = "\(values.count) most recent returns, from \(ValueText.number(values[0])) to \(ValueText.number(values[values.count - 1]))"
        var svg = SVGMarkup(id: id, width: width, height: height, title: title, desc: desc, maxWidth: width, minWidth: width, hasText: false)
        let path = points.map { SVGMarkup.n($0.0) + "," + SVGMarkup.n($0.1) }.joined(separator: " ")
        svg.add("<polyline fill=\"none\" stroke=\"\(Palette.blue)\" stroke-width=\"1.5\" points=\"\(path)\"/>")
        let last = points[points.count - 1]
        svg.add("<circle cx=\"\(SVGMarkup.n(last.0))\" cy=\"\(SVGMarkup.n(last.1))\" r=\"2\" fill=\"\(Palette.text)\"/>")
        return svg.finish()
    }
}
