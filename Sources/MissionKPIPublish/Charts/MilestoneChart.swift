import MissionKPI

/// Pure functions from a chart spec to an SVG string.
///
/// ```swift
/// let svg = Charts.milestone(spec)   // a line chart with a text legend, ready to embed in HTML
/// let small = Charts.kpi(kpiSpec)    // actuals against shaded rating bands
/// ```
public enum Charts {
    /// A milestone's planned path (dashed), actuals (solid, dots), projection (dotted) and as-of marker, with axes and a legend.
    public static func milestone(_ spec: MilestoneChartSpec) -> String {
        MilestoneChart(spec).render()
    }
}

/// The milestone chart's geometry and drawing.
struct MilestoneChart {
    let spec: MilestoneChartSpec
    let planned: [PathPoint]
    let actuals: [PathPoint]
    let projection: [PathPoint]
    static let width = 640.0, left = 64.0, right = 24.0, top = 34.0, plotHeight = 220.0
    var width: Double { Self.width }
    var left: Double { Self.left }
    var right: Double { Self.right }
    var top: Double { Self.top }
    var plotHeight: Double { Self.plotHeight }
    var bottom: Double { top + plotHeight }
    let x: DayScale
    let y: ValueScale

    init(_ spec: MilestoneChartSpec) {
        self.spec = spec
        func clean(_ p: [PathPoint]) -> [PathPoint] {
            p.filter { $0.value.isFinite }.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(
                \.element)
        }
        planned = clean([spec.baseline, spec.target].compactMap { $0 } + spec.expected)
        actuals = clean(spec.actuals)
        projection = clean(spec.projection)
        let all = planned + actuals + projection
        x = DayScale(days: all.map(\.date) + [spec.asOf], from: Self.left, to: Self.width - Self.right)
        let values = all.map(\.value)
        y = ValueScale(values: values + KPIChart.padding(values, unit: spec.unit), from: Self.top + Self.plotHeight, to: Self.top, ticks: 5)
    }

    func px(_ p: PathPoint) -> (Double, Double) { (x.pixel(p.date), y.pixel(p.value)) }

    func render() -> String {
        let legend = MilestoneLegend(chart: self)
        let height = bottom + 36 + legend.height + 8
        var svg = SVGMarkup(
            id: spec.id, width: width, height: height, title: spec.title, desc: MilestoneWords.desc(spec, chart: self), maxWidth: 820,
            minWidth: width)  // its text is 12 units: at least 12 px
        axes(&svg)
        lines(&svg)
        legend.draw(&svg, top: bottom + 36)
        return svg.finish()
    }

    func axes(_ svg: inout SVGMarkup) {
        let unitWords = [AxisText.caption(spec.unit), Self.directionWords(spec.direction)].compactMap { $0 }.joined(separator: " · ")
        svg.add(SVGMarkup.text(unitWords, x: 4, y: 13, size: 12, fill: Palette.grey))
        for (t, label) in zip(y.ticks, AxisText.ticks(y.ticks, spec.unit)) {
            let py = y.pixel(t)
            svg.add(SVGMarkup.line(left, py, width - right, py, stroke: Palette.grid))
            svg.add(SVGMarkup.text(label, x: left - 6, y: py + 4, size: 12, anchor: "end"))
        }
        let ticks = x.ticks(maxTicks: 8)
        for t in ticks {
            let tx = x.pixel(t.day)
            svg.add(SVGMarkup.line(tx, bottom, tx, bottom + 5, stroke: Palette.text))
            svg.add(SVGMarkup.text(t.label, x: tx, y: bottom + 19, size: 12, anchor: "middle"))
        }
        svg.add(SVGMarkup.line(left, top, left, bottom, stroke: Palette.text))
        svg.add(SVGMarkup.line(left, bottom, width - right, bottom, stroke: Palette.text))
        let ax = x.pixel(spec.asOf)
        svg.add(SVGMarkup.line(ax, top - 4, ax, bottom, stroke: Palette.grey, width: 1.5, dash: "1 3"))
        let label = "As of " + DayScale.dayLabel(spec.asOf)
        let half = TextMetrics.width(label, size: 12) / 2
        let anchor = ax + half > width - 2 ? "end" : ax - half < 2 ? "start" : "middle"
        svg.add(
            SVGMarkup.text(
                label, x: anchor == "end" ? min(ax, width - 2) : anchor == "start" ? max(ax, 2) : ax, y: top - 8, size: 12, anchor: anchor,
                fill: Palette.grey))
        if planned.isEmpty && actuals.isEmpty && projection.isEmpty {
            svg.add(
                SVGMarkup.text(
                    "No dated values to plot", x: (left + width - right) / 2, y: top + plotHeight / 2, size: 14, anchor: "middle",
                    fill: Palette.grey))
        }
    }

    func lines(_ svg: inout SVGMarkup) {
        if planned.count > 1 { svg.add(SVGMarkup.polyline(planned.map(px), stroke: Palette.grey, width: 2, dash: "7 4")) }
        if projection.count > 1 {
            svg.add(SVGMarkup.polyline(projection.map(px), stroke: Palette.blue, width: 2.5, dash: "0.5 5", round: true))
        }
        if actuals.count > 1 { svg.add(SVGMarkup.polyline(actuals.map(px), stroke: Palette.blue, width: 2.5)) }
        for p in planned where p != spec.target {
            let (a, b) = px(p)
            svg.add(Markers.square(x: a, y: b, size: 3.5, filled: false, colour: Palette.grey))
        }
        if let last = projection.last {
            let (a, b) = px(last)
            svg.add(Markers.dot(x: a, y: b, r: 4, filled: false, colour: Palette.blue))
        }
        for p in actuals {
            let (a, b) = px(p)
            svg.add(Markers.dot(x: a, y: b, r: 3.5, filled: true, colour: Palette.blue))
        }
        if let t = spec.target, t.value.isFinite {
            let (a, b) = px(t)
            svg.add(Markers.square(x: a, y: b, size: 5, filled: true, colour: Palette.text))
            let label = "Target " + ValueText.value(t.value, spec.unit)
            let onRight = a < (left + width - right) / 2
            // Above the marker unless the planned path arrives from above (or there is no room).
            let before = planned.last { $0.date < t.date }.map { y.pixel($0.value) }
            let fromAbove = before.map { $0 < b - 1 } ?? false
            let ly = (fromAbove || b - 10 < top + 4) && b + 20 < bottom ? b + 20 : b - 10
            svg.add(SVGMarkup.text(label, x: onRight ? a + 8 : a - 8, y: ly, size: 12, anchor: onRight ? "start" : "end", bold: true))
        }
    }

    static func directionWords(_ d: Direction) -> String {
        switch d {
        case .increase: "Higher is better"
        case .decrease: "Lower is better"
        case .maintain: "Keep at the target"
        }
    }
}
