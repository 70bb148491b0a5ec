/// Ordering within layers (barycentre sweeps) and vertical placement (isotonic regression towards neighbours).
extension TheoryLayout {
    /// Gap between two boxes in a column, and beside a dummy vertex (an edge passing through).
    static let boxGap = 18.0, dummyGap = 10.0

    /// The neighbours of each vertex in the layer before (`up`) and after (`down`), along the layered edges.
    func neighbours() -> (up: [[Int]], down: [[Int]]) {
        var up = [[Int]](repeating: [], count: vertices.count), down = up
        for e in edges where !e.isBack {
            for (a, b) in zip(e.chain, e.chain.dropFirst()) {
                down[a].append(b)
                up[b].append(a)
            }
        }
        return (up, down)
    }

    /// Barycentre sweeps, down then up, eight in all; keeps the order with the fewest crossings (the first such).
    mutating func order() {
        let (up, down) = neighbours()
        var best = layers, bestCount = countCrossings(layers, down: down)
        var current = layers
        for sweep in 0..<8 where bestCount > 0 {
            let isDown = sweep % 2 == 0
            let range: [Int] = isDown ? Array(current.indices.dropFirst()) : Array(current.indices.dropLast().reversed())
            for l in range {
                let ref = current[isDown ? l - 1 : l + 1]
                var pos: [Int: Double] = [:]
                for (i, v) in ref.enumerated() { pos[v] = Double(i) }
                let adj = isDown ? up : down
                let keyed = current[l].enumerated().map { (i, v) -> (Double, Int, Int) in
                    let ps = adj[v].compactMap { pos[$0] }
                    return (ps.isEmpty ? Double(i) : ps.reduce(0, +) / Double(ps.count), i, v)
                }
                current[l] = keyed.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
            }
            let c = countCrossings(current, down: down)
            if c < bestCount {
                best = current
                bestCount = c
            }
        }
        layers = best
        crossings = bestCount
    }

    /// Crossings between each pair of adjacent layers.
    func countCrossings(_ layers: [[Int]], down: [[Int]]) -> Int {
        var total = 0
        for l in layers.indices.dropLast() {
            var pos: [Int: Int] = [:]
            for (i, v) in layers[l + 1].enumerated() { pos[v] = i }
            var pairs: [(Int, Int)] = []
            for (i, v) in layers[l].enumerated() { for w in down[v] { if let p = pos[w] { pairs.append((i, p)) } } }
            guard pairs.count <= 3000 else { continue }
            for a in pairs.indices {
                for b in pairs.indices where b > a {
                    let (x1, y1) = pairs[a], (x2, y2) = pairs[b]
                    if (x1 < x2 && y1 > y2) || (x1 > x2 && y1 < y2) { total += 1 }
                }
            }
        }
        return total
    }

    /// Stacks each layer, then pulls every vertex towards the mean centre of its neighbours, down and up, six times.
    mutating func place() {
        let (up, down) = neighbours()
        for layer in layers { stack(layer, wanted: layer.map { _ in 0 }) }
        for _ in 0..<6 {
            for l in layers.indices.dropFirst() { pull(l, towards: up) }
            for l in layers.indices.dropLast().reversed() { pull(l, towards: down) }
        }
        for l in layers.indices.dropFirst() { pull(l, towards: up) }
        let top = vertices.map(\.y).min() ?? 0
        for i in vertices.indices { vertices[i].y -= top }
    }

    mutating func pull(_ l: Int, towards adj: [[Int]]) {
        let wanted = layers[l].map { v -> Double in
            let cs = adj[v].map { vertices[$0].center }
            let c = cs.isEmpty ? vertices[v].center : cs.reduce(0, +) / Double(cs.count)
            return c - vertices[v].height / 2
        }
        stack(layers[l], wanted: wanted)
    }

    /// Tops as near as possible (least squares) to `wanted`, in order, each box clear of the one above.
    mutating func stack(_ layer: [Int], wanted: [Double]) {
        var offsets: [Double] = []
        var offset = 0.0
        for (i, v) in layer.enumerated() {
            offsets.append(offset)
            let next = i + 1 < layer.count ? layer[i + 1] : nil
            let gap = next.map { vertices[v].kind == .dummy || vertices[$0].kind == .dummy ? Self.dummyGap : Self.boxGap } ?? 0
            offset += vertices[v].height + gap
        }
        let fitted = Self.isotonic(zip(wanted, offsets).map { $0 - $1 })
        for (i, v) in layer.enumerated() { vertices[v].y = fitted[i] + offsets[i] }
    }

    /// The non-decreasing sequence nearest (least squares) to `z`: pool adjacent violators.
    static func isotonic(_ z: [Double]) -> [Double] {
        var blocks: [(sum: Double, count: Int)] = []
        for v in z {
            blocks.append((v, 1))
            while blocks.count > 1 {
                let b = blocks[blocks.count - 1], a = blocks[blocks.count - 2]
                guard a.sum / Double(a.count) > b.sum / Double(b.count) else { break }
                blocks.removeLast(2)
                blocks.append((a.sum + b.sum, a.count + b.count))
            }
        }
        return blocks.flatMap { Array(repeating: $0.sum / Double($0.count), count: $0.count) }
    }
}
