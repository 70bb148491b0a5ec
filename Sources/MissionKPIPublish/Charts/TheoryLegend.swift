import MissionKPI

/// The diagram's key: border styles, the milestone shape and the rating markers, each drawn beside its words.
struct TheoryLegend {
    enum Sample { case covered, uncovered, milestone, rating(Rating) }

    static let size = 12.0, rowHeight = 22.0
    let rows: [[(Sample, String, Double)]]

    init(width: Double) {
        let items: [(Sample, String)] = [
            (.covered, "Current KPI evidence (solid border)"), (.uncovered, "No current evidence (dashed border)"),
            (.milestone, "Milestone"), (.rating(.good), "Good"), (.rating(.approachingTarget), "Approaching target"),
            (.rating(.requiresImprovement), "Requires improvement"), (.rating(.inadequate), "Inadequate"), (.rating(.other), "No rating"),
        ]
        var rows: [[(Sample, String, Double)]] = [[]]
        var used = 0.0
        for (s, text) in items {
            let w = Self.sampleWidth(s) + 6 + TextMetrics.width(text, size: Self.size) + 16
            if used + w > width - 2 * TheoryDrawing.margin, !rows[rows.count - 1].isEmpty {
                rows.append([])
                used = 0
            }
            rows[rows.count - 1].append((s, text, w))
            used += w
        }
        self.rows = rows
    }

    var height: Double { Double(rows.count) * Self.rowHeight + 18 }

    static func sampleWidth(_ s: Sample) -> Double {
        if case .rating = s { return 10 }
        return 26
    }

    func draw(_ svg: inout SVGMarkup, top: Double) {
        svg.add(SVGMarkup.text("Key", x: TheoryDrawing.margin, y: top + 10, size: Self.size, bold: true))
        for (r, row) in rows.enumerated() {
            var x = TheoryDrawing.margin
            let y = top + 18 + Double(r) * Self.rowHeight + 9
            for (sample, text, w) in row {
                svg.add(Self.sample(sample, x: x, y: y))
                svg.add(SVGMarkup.text(text, x: x + Self.sampleWidth(sample) + 6, y: y + 4, size: Self.size))
                x += w
            }
        }
    }

    static func sample(_ s: Sample, x: Double, y: Double) -> String {
        let n = SVGMarkup.n
        switch s {
        case .covered: return SVGMarkup.rect(x, y - 7, 26, 14, fill: KPIChart.tint(.good), stroke: Palette.green, width: 2.5, rx: 3)
        case .uncovered: return SVGMarkup.rect(x, y - 7, 26, 14, fill: Palette.light, stroke: Palette.grey, width: 1.5, rx: 3, dash: "6 4")
        case .milestone:
            return SVGMarkup.path(
                "M\(n(x)) \(n(y - 7))H\(n(x + 18))L\(n(x + 26)) \(n(y))L\(n(x + 18)) \(n(y + 7))H\(n(x))Z", fill: "#ffffff",
                stroke: Palette.text, width: 2.5)
        case .rating(let r): return Markers.rating(r, x: x + 5, y: y, size: 4)
        }
    }
}

/// The diagram's `<desc>`: what it contains, in words.
enum TheoryWords {
    static func desc(_ s: TheoryDiagramSpec, layout: TheoryLayout) -> String {
        guard !s.nodes.isEmpty || !s.milestones.isEmpty else {
            return "Theory of change for \(s.missionTitle): no nodes or milestones are recorded."
        }
        var byLevel: [NodeLevel: Int] = [:]
        for n in s.nodes { byLevel[n.level, default: 0] += 1 }
        let names: [NodeLevel: (String, String)] = [
            .activity: ("activity", "activities"), .output: ("output", "outputs"), .outcome: ("outcome", "outcomes"),
            .impact: ("impact", "impacts"),
        ]
        let levels = NodeLevel.allCases.compactMap { l in byLevel[l].map { "\($0) \($0 == 1 ? names[l]!.0 : names[l]!.1)" } }
        let links = layout.edges.count
        var out =
            "Theory of change for \(s.missionTitle), drawn left to right in \(layout.layers.count) column\(layout.layers.count == 1 ? "" : "s"): "
        out += "\(s.nodes.count) node\(s.nodes.count == 1 ? "" : "s")" + (levels.isEmpty ? "" : " (" + levels.joined(separator: ", ") + ")")
        out += ", \(s.milestones.count) milestone\(s.milestones.count == 1 ? "" : "s") and \(links) link\(links == 1 ? "" : "s")."
        let covered = s.nodes.filter(\.covered).count
        out += " \(covered) of \(s.nodes.count) nodes have current KPI evidence."
        let missing = s.nodes.filter { !$0.covered }.map(\.id)
        if !missing.isEmpty { out += " Without current evidence: " + missing.joined(separator: ", ") + "." }
        if !s.milestones.isEmpty {
            out += " Milestones: " + s.milestones.map { "\($0.id) (\($0.status.lowercased()))" }.joined(separator: ", ") + "."
        }
        if layout.edges.contains(where: \.isBack) { out += " Some links close a cycle and are drawn dashed below the boxes." }
        return out + " Each node is described in full below the diagram."
    }
}
