/// The links: curves between columns with horizontal tangents, straight through the columns they cross,
/// spread over each box's side in the order of the boxes they come from or go to, ending in an arrowhead.
extension TheoryDrawing {
    static let arrow = 8.0

    func edges(_ svg: inout SVGMarkup) {
        let ports = self.ports()
        for (e, edge) in layout.edges.enumerated() {
            guard let s = edge.chain.first, let t = edge.chain.last else { continue }
            if edge.isBack {
                svg.add(backEdge(from: s, to: t))
                continue
            }
            var points: [(Double, Double)] = [(left(layout.vertices[s].layer) + TheoryBox.width, ports.out[e])]
            for d in edge.chain.dropFirst().dropLast() {
                let y = top(d)
                points.append((left(layout.vertices[d].layer), y))
                points.append((left(layout.vertices[d].layer) + TheoryBox.width, y))
            }
            let tx = left(layout.vertices[t].layer), ty = ports.in[e]
            points.append((tx - Self.arrow + 1, ty))
            svg.add("<path class=\"toc-edge\" d=\"\(Self.curve(points))\" fill=\"none\" stroke=\"\(Palette.grey)\" stroke-width=\"1.5\"/>")
            svg.add(Self.arrowHead(tipX: tx, y: ty))
        }
    }

    /// Where each edge leaves its source and reaches its target, by edge index.
    func ports() -> (out: [Double], in: [Double]) {
        var outgoing = [[Int]](repeating: [], count: layout.vertices.count), incoming = outgoing
        for (e, edge) in layout.edges.enumerated() where !edge.isBack && edge.chain.count > 1 {
            outgoing[edge.chain[0]].append(e)
            incoming[edge.chain[edge.chain.count - 1]].append(e)
        }
        var outY = [Double](repeating: 0, count: layout.edges.count), inY = outY
        func spread(_ v: Int, _ list: [Int], neighbour: (Int) -> Int, into ys: inout [Double]) {
            let sorted = list.sorted { (layout.vertices[neighbour($0)].center, $0) < (layout.vertices[neighbour($1)].center, $1) }
            let t = top(v), h = layout.vertices[v].height
            let inner = max(0, h - 24)
            for (k, e) in sorted.enumerated() { ys[e] = t + 12 + inner * Double(k + 1) / Double(sorted.count + 1) }
        }
        for v in layout.vertices.indices {
            spread(v, outgoing[v], neighbour: { layout.edges[$0].chain[1] }, into: &outY)
            spread(v, incoming[v], neighbour: { layout.edges[$0].chain[layout.edges[$0].chain.count - 2] }, into: &inY)
        }
        return (outY, inY)
    }

    /// A path through the points: straight where y does not change, an S-curve with horizontal ends otherwise.
    static func curve(_ p: [(Double, Double)]) -> String {
        let n = SVGMarkup.n
        guard let first = p.first else { return "" }
        var d = "M\(n(first.0)) \(n(first.1))"
        for (a, b) in zip(p, p.dropFirst()) {
            if abs(a.1 - b.1) < 0.05 {
                d += "L\(n(b.0)) \(n(b.1))"
            } else {
                let mid = (b.0 - a.0) / 2
                d += "C\(n(a.0 + mid)) \(n(a.1)) \(n(b.0 - mid)) \(n(b.1)) \(n(b.0)) \(n(b.1))"
            }
        }
        return d
    }

    /// A filled arrowhead pointing right with its tip at (tipX, y).
    static func arrowHead(tipX x: Double, y: Double) -> String {
        let n = SVGMarkup.n
        return
            "<path class=\"toc-arrow\" d=\"M\(n(x - arrow)) \(n(y - 4.5))L\(n(x)) \(n(y))L\(n(x - arrow)) \(n(y + 4.5))Z\" fill=\"\(Palette.grey)\"/>"
    }

    /// A link that closes a cycle: dashed, under both boxes, arriving from below.
    func backEdge(from s: Int, to t: Int) -> String {
        let n = SVGMarkup.n
        let sx = left(layout.vertices[s].layer) + TheoryBox.width / 2, sy = top(s) + layout.vertices[s].height
        let tx = left(layout.vertices[t].layer) + TheoryBox.width / 2 + 10, ty = top(t) + layout.vertices[t].height
        let low = max(sy, ty) + 40
        let d = "M\(n(sx)) \(n(sy))C\(n(sx)) \(n(low)) \(n(tx)) \(n(low)) \(n(tx)) \(n(ty + Self.arrow - 1))"
        let head =
            "<path class=\"toc-arrow\" d=\"M\(n(tx - 4.5)) \(n(ty + Self.arrow))L\(n(tx)) \(n(ty))L\(n(tx + 4.5)) \(n(ty + Self.arrow))Z\" fill=\"\(Palette.red)\"/>"
        return
            "<path class=\"toc-edge toc-back\" d=\"\(d)\" fill=\"none\" stroke=\"\(Palette.red)\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>"
            + head
    }
}
