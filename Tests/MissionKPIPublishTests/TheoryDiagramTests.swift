import Foundation
import MissionKPI
import Testing

@testable import MissionKPIPublish

/// The theory-of-change layout: levels left to right, every node and link drawn, fewer crossings, determinism.
@Suite struct TheoryDiagramTests {
    static func node(_ id: String, _ level: NodeLevel, _ to: [String], covered: Bool = true, rating: Rating? = .good) -> DiagramNode {
        DiagramNode(
            id: id, level: level, statement: "Statement of \(id) that is long enough to wrap over two lines or more", leadsTo: to,
            evidence: covered ? "2 KPIs · Good" : "No evidence", rating: covered ? rating : nil, covered: covered)
    }

    /// Shaped like the NHS mission: two chains into one milestone, a long link that skips a level, a shared outcome.
    static let spec = TheoryDiagramSpec(
        missionID: "nhs", missionTitle: "Build an NHS fit for the future",
        nodes: [
            node("a1", .activity, ["o2"]), node("a2", .activity, ["o1"], covered: false),
            node("a3", .activity, ["o1", "o2"], rating: .inadequate),
            node("o1", .output, ["x1"]), node("o2", .output, ["x1"], rating: .requiresImprovement),
            node("x1", .outcome, ["i1", "m1"], rating: .approachingTarget), node("i1", .impact, ["m1"], covered: false),
            node("x2", .outcome, ["m2", "nowhere"]),
        ],
        milestones: [
            DiagramMilestone(id: "m1", title: "92% within 18 weeks", status: "Off track"),
            DiagramMilestone(id: "m2", title: "A&E", status: "At risk"),
        ])

    static func count(_ s: String, _ needle: String) -> Int { s.components(separatedBy: needle).count - 1 }

    @Test func everyNodeMilestoneAndLinkIsDrawn() {
        let svg = TheoryDiagram.svg(Self.spec)
        #expect(Self.count(svg, "class=\"toc-node\"") == 8)
        #expect(Self.count(svg, "class=\"toc-milestone\"") == 2)
        #expect(Self.count(svg, "class=\"toc-edge\"") == 10)  // 11 links written, one to an unknown id
        #expect(Self.count(svg, "class=\"toc-arrow\"") == 10)
        for n in Self.spec.nodes {
            let words = TextMetrics.wrap(n.statement, width: TheoryBox.width - 2 * TheoryBox.pad, size: TheoryBox.textSize)
            for line in words { #expect(svg.contains(">\(line)<"), "\(n.id): \(line)") }
        }
        #expect(svg.contains(">Status: Off track<") && svg.contains(">92% within 18<") && svg.contains(">weeks<"))
        // Every text is 12 units at least: at the diagram's minimum width, 12 px.
        #expect(!svg.contains("font-size=\"1") || !svg.contains("font-size=\"11") && !svg.contains("font-size=\"10"))
        #expect(Self.count(svg, "stroke-dasharray=\"6 4\"") == 2 + 1)  // the two uncovered nodes and the key's sample
        #expect(svg.contains(">No evidence<") && svg.contains(">2 KPIs · Good<"))
        #expect(SVGProbe(svg).error == nil)
        #expect(SVGProbe(svg).desc.contains("8 nodes (3 activities, 2 outputs, 2 outcomes, 1 impact), 2 milestones and 10 links"))
    }

    @Test func levelsRunLeftToRightAndMilestonesComeLast() {
        let layout = TheoryDrawing(Self.spec).layout
        var layerOf: [String: Int] = [:]
        for v in layout.vertices {
            switch v.kind {
            case .node(let i): layerOf[Self.spec.nodes[i].id] = v.layer
            case .milestone(let i): layerOf[Self.spec.milestones[i].id] = v.layer
            case .dummy: break
            }
        }
        #expect(layerOf["a1"] == 0 && layerOf["o1"] == 1 && layerOf["x1"] == 2 && layerOf["x2"] == 2 && layerOf["i1"] == 3)
        #expect(layerOf["m1"] == 4 && layerOf["m2"] == 4)
        for e in layout.edges where !e.isBack {
            for (a, b) in zip(e.chain, e.chain.dropFirst()) { #expect(layout.vertices[b].layer == layout.vertices[a].layer + 1) }
        }
        // Boxes in a column never overlap.
        for layer in layout.layers {
            for (a, b) in zip(layer, layer.dropFirst()) {
                #expect(layout.vertices[a].y + layout.vertices[a].height <= layout.vertices[b].y + 0.001)
            }
        }
    }

    @Test func barycentreOrderingRemovesAvoidableCrossings() {
        let crossed = TheoryDiagramSpec(
            missionID: "x", missionTitle: "x",
            nodes: [
                Self.node("a1", .activity, ["b3"]), Self.node("a2", .activity, ["b2"]), Self.node("a3", .activity, ["b1"]),
                Self.node("b1", .output, []), Self.node("b2", .output, []), Self.node("b3", .output, []),
            ], milestones: [])
        let layout = TheoryDrawing(crossed).layout
        #expect(layout.crossings == 0)
    }

    @Test func layoutIsDeterministic() {
        let first = TheoryDiagram.svg(Self.spec)
        for _ in 0..<5 { #expect(TheoryDiagram.svg(Self.spec) == first) }
    }

    @Test func cyclesSelfLoopsDuplicatesAndEmptyMissionsDoNotBreakIt() {
        let cyclic = TheoryDiagramSpec(
            missionID: "c", missionTitle: "c",
            nodes: [
                Self.node("a", .outcome, ["b", "a"]), Self.node("b", .outcome, ["a", "b", "b"]), Self.node("a", .activity, ["m"]),
            ], milestones: [DiagramMilestone(id: "m", title: "", status: "")])
        let svg = TheoryDiagram.svg(cyclic)
        #expect(SVGProbe(svg).error == nil)
        #expect(Self.count(svg, "toc-back") == 1)
        #expect(Self.count(svg, "class=\"toc-node\"") == 3)
        let empty = TheoryDiagram.svg(TheoryDiagramSpec(missionID: "e", missionTitle: "e", nodes: [], milestones: []))
        #expect(SVGProbe(empty).error == nil && empty.contains("No theory of change recorded"))
        let word = String(repeating: "x", count: 500)
        let long = TheoryDiagram.svg(
            TheoryDiagramSpec(
                missionID: "l", missionTitle: "l",
                nodes: [Self.node("n", .impact, [])].map {
                    var n = $0; n.statement = word; return n
                }, milestones: []))
        #expect(SVGProbe(long).error == nil)
        #expect(TextMetrics.wrap(word, width: 100, size: 10).allSatisfy { TextMetrics.width($0, size: 10) <= 100 })
    }
}
