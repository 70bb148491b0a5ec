import MissionKPI

extension Charts {
    /// A small chart of a KPI's actuals per period over its shaded, labelled rating bands, the target dashed,
    /// each point's marker shape showing its rating.
    public static func kpi(_ spec: KPIChartSpec) -> String {
        KPIChart(spec).render()
    }
}

/// The KPI chart's geometry and drawing (360 × 150): the plot on the left, the key (bands and target) on the right.
struct KPIChart {
    static let width = 360.0, height = 150.0, left = 44.0, right = 132.0, top = 12.0, bottom = 128.0, inset = 10.0
    let spec: KPIChartSpec
    let points: [KPIChartPoint]
    let bands: [(rating: Rating, lo: Double, hi: Double)]
    let x: DayScale
    let y: ValueScale

    init(_ spec: KPIChartSpec) {
        self.spec = spec
        points = spec.actuals.filter { $0.value.isFinite }.enumerated()
            .sorted { ($0.element.periodEnd, $0.offset) < ($1.element.periodEnd, $1.offset) }.map(\.element)
        var values = points.map(\.value) + [spec.target].compactMap { $0 }.filter(\.isFinite)
        if let b = spec.bands { values += [b.good, b.approaching, b.requires].filter(\.isFinite) }
        values += Self.padding(values, unit: spec.unit)
        y = ValueScale(values: values, from: Self.bottom, to: Self.top, ticks: 4)
        x = DayScale(days: points.map(\.periodEnd), from: Self.left + Self.inset, to: Self.width - Self.right - Self.inset)
        let (lo2, hi2) = (y.lo, y.hi)
        bands = spec.bands.map { Self.intervals($0, direction: spec.direction, lo: lo2, hi: hi2) } ?? []
    }

    /// Values 12% beyond the data each way, so the outer bands show; not below 0 when the data are not
    /// negative, nor above 100% when percentages stay inside.
    static func padding(_ values: [Double], unit: Unit?) -> [Double] {
        let finite = values.filter(\.isFinite)
        guard let lo = finite.min(), let hi = finite.max(), hi > lo else { return [] }
        let pad = (hi - lo) * 0.12
        var out = [lo - pad, hi + pad]
        if lo >= 0 { out[0] = max(0, out[0]) }
        if unit == .percent, hi <= 100 { out[1] = min(100, out[1]) }
        return out
    }

    /// Each band's value interval clipped to lo…hi; empty ones (inconsistent edges) are left out.
    static func intervals(_ b: ChartBands, direction: Direction, lo: Double, hi: Double) -> [(rating: Rating, lo: Double, hi: Double)] {
        guard b.good.isFinite, b.approaching.isFinite, b.requires.isFinite else { return [] }
        let raw: [(Rating, Double, Double)] =
            direction == .decrease
            ? [
                (.good, lo, b.good), (.approachingTarget, b.good, b.approaching), (.requiresImprovement, b.approaching, b.requires),
                (.inadequate, b.requires, hi),
            ]
            : [
                (.good, b.good, hi), (.approachingTarget, b.approaching, b.good), (.requiresImprovement, b.requires, b.approaching),
                (.inadequate, lo, b.requires),
            ]
        return raw.map { ($0.0, max(lo, $0.1), min(hi, $0.2)) }.filter { $0.2 > $0.1 }
    }

    static func tint(_ r: Rating) -> String {
        switch r {
        case .good: "#d2e8dd"
        case .approachingTarget: "#fdf0d5"
        case .requiresImprovement: "#fcdcc8"
        case .inadequate: "#f2c4bd"
        case .other: "#ffffff"
        }
    }

    /// The chart. Text inherits its size and colour from the root, and the points of one rating are one
    /// path carrying the marker's paint, so that a point costs about twenty bytes; the
    /// attributes stay on the elements (no stylesheet needed), so the chart reads the same on its own.
    func render() -> String {
        let (l, r, t, b) = (Self.left, Self.width - Self.right, Self.top, Self.bottom)
        let n = SVGMarkup.n
        var svg = SVGMarkup(
            id: spec.id, width: Self.width, height: Self.height, title: spec.title, desc: KPIWords.desc(spec, chart: self), maxWidth: 520,
            minWidth: Self.width * 12 / 9,  // its text is 9 units: at least 12 px
            inherited: " fill=\"\(Palette.text)\" font-size=\"9\"")
        for band in bands {
            svg.add(SVGMarkup.rect(l, y.pixel(band.hi), r - l, y.pixel(band.lo) - y.pixel(band.hi), fill: Self.tint(band.rating)))
        }
        let edges = Set(bands.flatMap { [$0.lo, $0.hi] }).sorted().filter { $0 > y.lo && $0 < y.hi }
        if !edges.isEmpty {
            svg.add("<path d=\"" + edges.map { "M\(n(l)) \(n(y.pixel($0)))H\(n(r))" }.joined() + "\" stroke=\"#ffffff\" stroke-width=\"1\"/>")
        }
        let ticks = y.ticks.map { "M\(n(l - 3)) \(n(y.pixel($0)))H\(n(l))" }.joined()
        svg.add("<path d=\"\(ticks)M\(n(l)) \(n(t))V\(n(b))M\(n(l)) \(n(b))H\(n(r))\" stroke=\"\(Palette.text)\" stroke-width=\"1\"/>")
        var labels = "<g text-anchor=\"end\">"
        for (tick, label) in zip(y.ticks, AxisText.ticks(y.ticks, spec.unit)) {
            labels += "\n" + Self.text(label, x: l - 5, y: y.pixel(tick) + 3)
        }
        svg.add(labels + "\n</g>")
        bandLabels(&svg)
        if let target = spec.target, target.isFinite {
            svg.add(SVGMarkup.line(l, y.pixel(target), r, y.pixel(target), stroke: Palette.text, width: 1.5, dash: "5 3"))
        }
        if points.count > 1 {
            svg.add(SVGMarkup.polyline(points.map { (x.pixel($0.periodEnd), y.pixel($0.value)) }, stroke: Palette.grey, width: 1.5))
        }
        if !points.isEmpty { svg.add(markers()) }
        if let first = points.first, let last = points.last {
            if first.periodEnd == last.periodEnd {
                svg.add(Self.text(last.label, x: x.pixel(last.periodEnd), y: b + 13, anchor: "middle"))
            } else {
                svg.add(Self.text(first.label, x: l, y: b + 13))
                svg.add(Self.text(last.label, x: r, y: b + 13, anchor: "end"))
            }
        } else {
            svg.add(SVGMarkup.text("No returns yet", x: (l + r) / 2, y: (t + b) / 2 + 4, size: 11, anchor: "middle", fill: Palette.grey))
        }
        return svg.finish()
    }

    /// The points' markers: one path per rating holding a subpath per point, with that rating's class and
    /// paint (a point costs about twenty bytes: a national site draws millions).
    func markers() -> String {
        var paths: [Rating: String] = [:]
        for p in points {
            paths[p.rating, default: ""] += Markers.subpath(p.rating, x: x.pixel(p.periodEnd), y: y.pixel(p.value), size: 4)
        }
        var out = ""
        for r in Rating.allCases {
            guard let d = paths[r] else { continue }
            if !out.isEmpty { out += "\n" }
            out += "<path class=\"mk-" + Markers.shapeName(r) + "\" d=\"" + d + "\"" + Markers.paint(r) + "/>"
        }
        return out
    }

    /// Text in the root's size and colour; `anchor` is start, middle or end. The text is escaped here.
    static func text(_ s: String, x: Double, y: Double, anchor: String = "start", bold: Bool = false) -> String {
        let a = anchor == "start" ? "" : " text-anchor=\"\(anchor)\""
        return "<text x=\"\(SVGMarkup.n(x))\" y=\"\(SVGMarkup.n(y))\"\(a)\(bold ? " font-weight=\"bold\"" : "")>\(SVGMarkup.escape(s))</text>"
    }

    /// The key in the right-hand column: each band's name beside its marker shape, and the target beside a
    /// dashed line, each at the height it describes, kept apart when bands are thin.
    func bandLabels(_ svg: inout SVGMarkup) {
        let x0 = Self.width - Self.right + 8
        var entries: [(String, Double, Rating?)] = bands.map { ($0.rating.label, (y.pixel($0.lo) + y.pixel($0.hi)) / 2, $0.rating) }
        if let t = spec.target, t.isFinite { entries.append(("Target " + ValueText.value(t, spec.unit), y.pixel(t), nil)) }
        if bands.isEmpty {
            entries.insert(("Not rated: no bands", Self.top + 8, .other), at: 0)
        }
        let ys = Self.spread(entries.map(\.1), gap: 12, min: Self.top + 5, max: Self.bottom - 5)
        for (entry, cy) in zip(entries, ys) {
            if let rating = entry.2 {
                svg.add(Markers.rating(rating, x: x0 + 4, y: cy, size: 3.6))
            } else {
                svg.add(SVGMarkup.line(x0 - 3, cy, x0 + 9, cy, stroke: Palette.text, width: 1.5, dash: "5 3"))
            }
            svg.add(Self.text(entry.0, x: x0 + 13, y: cy + 3, bold: entry.2 == nil))
        }
    }

    /// Positions as near as possible to `wanted`, at least `gap` apart, inside min…max, order kept by position.
    static func spread(_ wanted: [Double], gap: Double, min lo: Double, max hi: Double) -> [Double] {
        let order = wanted.indices.sorted { (wanted[$0], $0) < (wanted[$1], $1) }
        var pos = order.map { Swift.min(Swift.max(wanted[$0], lo), hi) }
        for i in pos.indices.dropFirst() where pos[i] < pos[i - 1] + gap { pos[i] = pos[i - 1] + gap }
        if let last = pos.last, last > hi {
            pos[pos.count - 1] = hi
            for i in pos.indices.dropLast().reversed() where pos[i] > pos[i + 1] - gap { pos[i] = pos[i + 1] - gap }
        }
        var out = wanted
        for (k, i) in order.enumerated() { out[i] = pos[k] }
        return out
    }
}

/// The KPI chart's `<desc>`: the numbers in words.
enum KPIWords {
    static func desc(_ s: KPIChartSpec, chart c: KPIChart) -> String {
        let u = s.unit
        var out = "Chart of \(s.title): "
        if let first = c.points.first, let last = c.points.last {
            out +=
                c.points.count == 1
                ? "one return, for \(first.label): \(ValueText.value(first.value, u)), rated \(first.rating.label.lowercased())."
                : "\(c.points.count) returns from \(first.label) to \(last.label); latest \(ValueText.value(last.value, u)) (\(last.label)), rated \(last.rating.label.lowercased())."
            var counts: [Rating: Int] = [:]
            for p in c.points { counts[p.rating, default: 0] += 1 }
            out +=
                " Ratings: " + Rating.allCases.compactMap { r in counts[r].map { "\($0) \(r.label.lowercased())" } }.joined(separator: ", ")
                + "."
        } else {
            out += "no returns yet."
        }
        if let b = s.bands {
            let lower = s.direction == .decrease
            let op = lower ? "at or below" : "at or above", beyond = lower ? "above" : "below"
            out +=
                " Bands (\(lower ? "lower" : "higher") is better): good \(op) \(ValueText.value(b.good, u)), approaching target \(op) \(ValueText.value(b.approaching, u)), requires improvement \(op) \(ValueText.value(b.requires, u)), inadequate \(beyond)."
        } else {
            out += " No rating bands."
        }
        if let t = s.target { out += " Target \(ValueText.value(t, u))." }
        return out
    }
}
