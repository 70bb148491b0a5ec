import MissionKPI

/// A layered (Sugiyama-style) layout of a theory of change, deterministic and without randomness:
/// cycles broken by depth-first search, longest-path layers that respect the node levels (activity →
/// output → outcome → impact), milestones in the last layer, dummy vertices on long edges, order within
/// a layer by barycentre sweeps (keeping the order with the fewest crossings), and vertical positions
/// pulled towards neighbours by isotonic regression.
///
/// ```swift
/// let layout = TheoryLayout(spec, height: { _ in 60 })
/// layout.layers[0]          // vertex indices of the first column, top to bottom
/// layout.vertices[3].y      // top of vertex 3
/// ```
struct TheoryLayout {
    enum Kind: Equatable { case node(Int), milestone(Int), dummy }

    struct Vertex {
        var kind: Kind
        var layer: Int
        var height: Double
        var y = 0.0
        var center: Double { y + height / 2 }
    }

    /// A link as drawn: the vertices it passes through, source first; back edges (closing a cycle) are not layered.
    struct Edge {
        var chain: [Int]
        var isBack: Bool
    }

    var vertices: [Vertex] = []
    var layers: [[Int]] = []
    var edges: [Edge] = []
    /// Edge crossings between adjacent layers in the chosen order.
    var crossings = 0

    /// Lays out the spec's nodes and milestones; `height` gives each real vertex's box height.
    init(_ spec: TheoryDiagramSpec, height: (Kind) -> Double) {
        let n = spec.nodes.count, total = n + spec.milestones.count
        var index: [String: Int] = [:]
        for (i, node) in spec.nodes.enumerated() where index[node.id] == nil { index[node.id] = i }
        for (i, m) in spec.milestones.enumerated() where index[m.id] == nil { index[m.id] = n + i }
        var out = [[Int]](repeating: [], count: total)
        for (i, node) in spec.nodes.enumerated() {
            for t in node.leadsTo { if let j = index[t], j != i, !out[i].contains(j) { out[i].append(j) } }
        }
        let (topo, back) = Self.depthFirst(out)
        var layer = [Int](repeating: 0, count: total)
        for (i, node) in spec.nodes.enumerated() { layer[i] = Self.base(node.level) }
        for v in topo where v < n {
            for w in out[v] where w < n && !back.contains(Self.key(v, w)) { layer[w] = max(layer[w], layer[v] + 1) }
        }
        let last = n == 0 ? 0 : (layer[0..<n].max() ?? 0) + 1
        for i in n..<total { layer[i] = last }
        let used = Array(Set(layer)).sorted()
        let compact = Dictionary(uniqueKeysWithValues: used.enumerated().map { ($0.element, $0.offset) })
        layers = Array(repeating: [], count: used.count)
        for i in 0..<total {
            let kind: Kind = i < n ? .node(i) : .milestone(i - n)
            vertices.append(Vertex(kind: kind, layer: compact[layer[i]]!, height: height(kind)))
            layers[compact[layer[i]]!].append(i)
        }
        for v in 0..<total {
            for w in out[v] {
                if back.contains(Self.key(v, w)) {
                    edges.append(Edge(chain: [v, w], isBack: true))
                    continue
                }
                var chain = [v]
                for l in (vertices[v].layer + 1)..<max(vertices[v].layer + 1, vertices[w].layer) {
                    vertices.append(Vertex(kind: .dummy, layer: l, height: 0))
                    layers[l].append(vertices.count - 1)
                    chain.append(vertices.count - 1)
                }
                chain.append(w)
                edges.append(Edge(chain: chain, isBack: false))
            }
        }
        order()
        place()
    }

    /// Activity 0, output 1, outcome 2, impact 3.
    static func base(_ level: NodeLevel) -> Int {
        switch level {
        case .activity: 0
        case .output: 1
        case .outcome: 2
        case .impact: 3
        }
    }

    static func key(_ a: Int, _ b: Int) -> Int64 { Int64(a) << 32 | Int64(b) }

    /// Reverse post-order of an iterative depth-first search from each vertex in turn, and the edges that close a cycle.
    static func depthFirst(_ out: [[Int]]) -> (order: [Int], back: Set<Int64>) {
        var state = [UInt8](repeating: 0, count: out.count)  // 0 new, 1 on the stack, 2 done
        var post: [Int] = []
        var back = Set<Int64>()
        for root in out.indices where state[root] == 0 {
            var stack: [(Int, Int)] = [(root, 0)]
            state[root] = 1
            while let (v, next) = stack.last {
                if next < out[v].count {
                    stack[stack.count - 1].1 += 1
                    let w = out[v][next]
                    if state[w] == 0 {
                        state[w] = 1
                        stack.append((w, 0))
                    } else if state[w] == 1 {
                        back.insert(key(v, w))
                    }
                } else {
                    state[v] = 2
                    post.append(v)
                    stack.removeLast()
                }
            }
        }
        return (post.reversed(), back)
    }
}
