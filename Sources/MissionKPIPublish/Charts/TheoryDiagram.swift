import MissionKPI

/// The theory of change as a left-to-right layered diagram: rounded boxes for nodes (solid border when
/// a current KPI return gives evidence, dashed when none does, with the evidence in words and the worst
/// rating's marker shape), pointed boxes for milestones, and curved links with arrowheads.
///
/// ```swift
/// let svg = TheoryDiagram.svg(TheoryDiagramSpec(missionID: "nhs", missionTitle: "…", nodes: nodes, milestones: ms))
/// ```
public enum TheoryDiagram {
    /// The diagram as an SVG string with a title and a description of its contents in words.
    public static func svg(_ spec: TheoryDiagramSpec) -> String {
        TheoryDrawing(spec).render()
    }
}

/// The wrapped text of a box and its height.
struct TheoryBox {
    /// Every text is 12 units high, so at the diagram's minimum width (1:1) it is 12 px.
    static let width = 176.0, pad = 8.0, lineHeight = 15.0, textSize = 12.0, smallSize = 12.0, point = 14.0, headerSize = 12.0,
        footerStep = 14.0
    var header: String
    var lines: [String]
    var footer: [String]
    var bold: Bool

    var height: Double {
        Self.pad + Self.headerSize + 5 + Double(lines.count) * Self.lineHeight + 3 + Double(footer.count) * Self.footerStep + Self.pad - 2
    }

    init(node n: DiagramNode) {
        header = n.level.rawValue.capitalized
        lines = TextMetrics.wrap(n.statement, width: Self.width - 2 * Self.pad, size: Self.textSize)
        footer = TextMetrics.wrap(n.evidence, width: Self.width - 2 * Self.pad - 14, size: Self.smallSize, bold: true)
        bold = false
    }

    init(milestone m: DiagramMilestone) {
        header = "Milestone"
        lines = TextMetrics.wrap(m.title, width: Self.width - 2 * Self.pad - Self.point, size: Self.textSize, bold: true)
        footer = TextMetrics.wrap("Status: " + m.status, width: Self.width - 2 * Self.pad - Self.point, size: Self.smallSize, bold: true)
        bold = true
    }
}

/// Positions and drawing of one diagram.
struct TheoryDrawing {
    static let gap = 34.0, margin = 12.0, headerHeight = 30.0
    let spec: TheoryDiagramSpec
    let boxes: [TheoryBox]
    let layout: TheoryLayout

    init(_ spec: TheoryDiagramSpec) {
        self.spec = spec
        let boxes = spec.nodes.map(TheoryBox.init(node:)) + spec.milestones.map(TheoryBox.init(milestone:))
        let n = spec.nodes.count
        self.boxes = boxes
        layout = TheoryLayout(spec) { kind in
            switch kind {
            case .node(let i): boxes[i].height
            case .milestone(let i): boxes[n + i].height
            case .dummy: 0
            }
        }
    }

    func left(_ layer: Int) -> Double { Self.margin + Double(layer) * (TheoryBox.width + Self.gap) }
    func top(_ v: Int) -> Double { Self.headerHeight + layout.vertices[v].y }

    func render() -> String {
        let columns = max(1, layout.layers.count)
        let width = 2 * Self.margin + Double(columns) * TheoryBox.width + Double(columns - 1) * Self.gap
        let bodyBottom = layout.vertices.indices.map { top($0) + layout.vertices[$0].height }.max() ?? Self.headerHeight + 30
        let hasBack = layout.edges.contains(where: \.isBack)
        let legend = TheoryLegend(width: width)
        let legendTop = bodyBottom + (hasBack ? 60 : 24)
        var svg = SVGMarkup(
            id: "toc-" + spec.missionID, width: width, height: legendTop + legend.height + 6,
            title: "Theory of change: " + spec.missionTitle, desc: TheoryWords.desc(spec, layout: layout),
            minWidth: width)  // its text is 12 units: at least 12 px
        headers(&svg)
        if boxes.isEmpty {
            svg.add(SVGMarkup.text("No theory of change recorded", x: Self.margin, y: Self.headerHeight + 16, size: 13, fill: Palette.grey))
        }
        edges(&svg)
        for (v, vertex) in layout.vertices.enumerated() {
            switch vertex.kind {
            case .node(let i): svg.add(node(spec.nodes[i], boxes[i], x: left(vertex.layer), y: top(v)))
            case .milestone(let i): svg.add(milestone(boxes[spec.nodes.count + i], x: left(vertex.layer), y: top(v)))
            case .dummy: break
            }
        }
        legend.draw(&svg, top: legendTop)
        return svg.finish()
    }

    /// Each column's levels above it: `Activities`, `Outputs and outcomes`, `Milestones`.
    func headers(_ svg: inout SVGMarkup) {
        let names: [NodeLevel: String] = [.activity: "Activities", .output: "Outputs", .outcome: "Outcomes", .impact: "Impacts"]
        for (l, layer) in layout.layers.enumerated() {
            var levels = Set<NodeLevel>()
            var milestones = false
            for v in layer {
                switch layout.vertices[v].kind {
                case .node(let i): levels.insert(spec.nodes[i].level)
                case .milestone: milestones = true
                case .dummy: break
                }
            }
            let words = NodeLevel.allCases.filter(levels.contains).map { names[$0]! } + (milestones ? ["Milestones"] : [])
            guard !words.isEmpty else { continue }
            let text = words.count == 1 ? words[0] : words.dropLast().joined(separator: ", ") + " and " + words.last!.lowercased()
            svg.add(SVGMarkup.text(text, x: left(l) + TheoryBox.width / 2, y: 16, size: 13, anchor: "middle", bold: true))
        }
    }

    func node(_ n: DiagramNode, _ box: TheoryBox, x: Double, y: Double) -> String {
        let rating = n.covered ? (n.rating ?? .other) : .other
        let border = n.covered ? Markers.colour(rating) : Palette.grey
        var out = "<g class=\"toc-node\">"
        out += SVGMarkup.rect(
            x, y, TheoryBox.width, box.height, fill: n.covered ? KPIChart.tint(rating) : Palette.light, stroke: border,
            width: n.covered ? 2.5 : 1.5, rx: 6, dash: n.covered ? nil : "6 4")
        out += texts(box, x: x, y: y, footerItalic: !n.covered)
        let fy = y + box.height - TheoryBox.pad - Double(box.footer.count) * 13 + 8
        out += Markers.rating(rating, x: x + TheoryBox.pad + 4, y: fy, size: 4)
        return out + "</g>"
    }

    func milestone(_ box: TheoryBox, x: Double, y: Double) -> String {
        let n = SVGMarkup.n, w = TheoryBox.width, h = box.height, p = TheoryBox.point
        let d = "M\(n(x)) \(n(y))H\(n(x + w - p))L\(n(x + w)) \(n(y + h / 2))L\(n(x + w - p)) \(n(y + h))H\(n(x))Z"
        return "<g class=\"toc-milestone\">" + SVGMarkup.path(d, fill: "#ffffff", stroke: Palette.text, width: 3)
            + texts(box, x: x, y: y, footerItalic: false, footerIndent: 0) + "</g>"
    }

    func texts(_ box: TheoryBox, x: Double, y: Double, footerItalic: Bool, footerIndent: Double = 14) -> String {
        var out = SVGMarkup.text(
            box.header, x: x + TheoryBox.pad, y: y + TheoryBox.pad + 10, size: TheoryBox.headerSize, fill: Palette.grey, bold: true)
        var ty = y + TheoryBox.pad + TheoryBox.headerSize + 5 + 11
        for line in box.lines {
            out += SVGMarkup.text(line, x: x + TheoryBox.pad, y: ty, size: TheoryBox.textSize, bold: box.bold)
            ty += TheoryBox.lineHeight
        }
        ty += 3 - TheoryBox.lineHeight + TheoryBox.footerStep
        for line in box.footer {
            out += SVGMarkup.text(
                line, x: x + TheoryBox.pad + footerIndent, y: ty, size: TheoryBox.smallSize, bold: true, italic: footerItalic)
            ty += TheoryBox.footerStep
        }
        return out
    }
}
