import MissionKPI

/// The milestone chart's legend: each series' line style and marker drawn beside words, flowing into rows.
struct MilestoneLegend {
    enum Sample { case planned, target, actual, projection, asOf }

    let items: [(Sample, String)]
    let rows: [[(Sample, String, Double)]]
    static let size = 12.0, sampleWidth = 30.0, rowHeight = 20.0

    init(chart c: MilestoneChart) {
        let s = c.spec, u = s.unit
        var items: [(Sample, String)] = []
        if !c.planned.isEmpty { items.append((.planned, "Planned path (dashed, open squares)")) }
        if let t = s.target, t.value.isFinite {
            items.append((.target, "Target: \(ValueText.value(t.value, u)) by \(DayScale.dayLabel(t.date))"))
        }
        if let a = c.actuals.last {
            items.append((.actual, "Actual (solid, dots): latest \(ValueText.value(a.value, u)) on \(DayScale.dayLabel(a.date))"))
        } else {
            items.append((.actual, "Actual: none published yet"))
        }
        if let p = c.projection.last, c.projection.count > 1 {
            items.append((.projection, "Trend of recent actuals (dotted): \(ValueText.value(p.value, u)) by \(DayScale.dayLabel(p.date))"))
        }
        items.append((.asOf, "As of \(DayScale.dayLabel(s.asOf))"))
        self.items = items
        var rows: [[(Sample, String, Double)]] = [[]]
        var used = 0.0
        let available = c.width - 2 * 8
        for (sample, text) in items {
            let w = Self.sampleWidth + 6 + TextMetrics.width(text, size: Self.size) + 18
            if used + w > available, !rows[rows.count - 1].isEmpty {
                rows.append([])
                used = 0
            }
            rows[rows.count - 1].append((sample, text, w))
            used += w
        }
        self.rows = rows
    }

    var height: Double { Double(rows.count) * Self.rowHeight }

    func draw(_ svg: inout SVGMarkup, top: Double) {
        for (r, row) in rows.enumerated() {
            var x = 8.0
            let y = top + Double(r) * Self.rowHeight + 10
            for (sample, text, w) in row {
                svg.add(Self.sample(sample, x: x, y: y))
                svg.add(SVGMarkup.text(text, x: x + Self.sampleWidth + 6, y: y + 4, size: Self.size))
                x += w
            }
        }
    }

    static func sample(_ s: Sample, x: Double, y: Double) -> String {
        let w = sampleWidth
        switch s {
        case .planned:
            return SVGMarkup.line(x, y, x + w, y, stroke: Palette.grey, width: 2, dash: "7 4")
                + Markers.square(x: x + w / 2, y: y, size: 3.5, filled: false, colour: Palette.grey)
        case .target:
            return Markers.square(x: x + w / 2, y: y, size: 5, filled: true, colour: Palette.text)
        case .actual:
            return SVGMarkup.line(x, y, x + w, y, stroke: Palette.blue, width: 2.5)
                + Markers.dot(x: x + w / 2, y: y, r: 3.5, filled: true, colour: Palette.blue)
        case .projection:
            return SVGMarkup.polyline([(x + 1, y), (x + w - 6, y)], stroke: Palette.blue, width: 2.5, dash: "0.5 5", round: true)
                + Markers.dot(x: x + w - 3, y: y, r: 4, filled: false, colour: Palette.blue)
        case .asOf:
            return SVGMarkup.line(x + w / 2, y - 8, x + w / 2, y + 8, stroke: Palette.grey, width: 1.5, dash: "1 3")
        }
    }
}

/// The milestone chart's `<desc>`: the numbers in words.
enum MilestoneWords {
    static func desc(_ s: MilestoneChartSpec, chart c: MilestoneChart) -> String {
        let u = s.unit
        func v(_ p: PathPoint) -> String { "\(ValueText.value(p.value, u)) on \(p.date)" }
        var out = "Line chart of \(s.title) (\(MilestoneChart.directionWords(s.direction).lowercased()))."
        if c.planned.isEmpty {
            out += " No planned path."
        } else {
            out +=
                " Planned path: "
                + c.planned.map { p in
                    (p == s.baseline ? "baseline " : p == s.target ? "target " : "") + v(p)
                }.joined(separator: ", ") + "."
        }
        switch c.actuals.count {
        case 0: out += " No actual values yet."
        case 1: out += " One actual value: \(v(c.actuals[0]))."
        default: out += " \(c.actuals.count) actual values, from \(v(c.actuals[0])) to \(v(c.actuals[c.actuals.count - 1]))."
        }
        if let p = c.projection.last, c.projection.count > 1 { out += " The least-squares trend of recent actuals projects \(v(p))." }
        return out + " As of \(s.asOf)."
    }
}
