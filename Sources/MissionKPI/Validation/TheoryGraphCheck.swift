/// The theory of change must be a directed acyclic graph whose sinks are milestones.
enum TheoryGraphCheck {
    static func check(_ mission: Mission, _ out: inout [Diagnostic]) {
        let milestones = Set(mission.milestones.map(\.id)).union(mission.declaredMilestoneIDs)
        let nodes = Dictionary(mission.theoryOfChange.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        // Dangling leads_to.
        for node in mission.theoryOfChange {
            for target in node.leadsTo where nodes[target] == nil && !milestones.contains(target) && !mission.declaredNodeIDs.contains(target) {
                let hint = Suggest.didYouMean(target, in: Array(nodes.keys) + Array(milestones))
                out.append(Diagnostic(at: node.locations["leads_to"], "\(quoted: node.id) leads_to \(quoted: target), which is neither a node nor a milestone of the mission \(quoted: mission.id)\(hint)"))
            }
        }
        // Cycles: depth-first search, reporting each cycle once at its first node.
        var state: [String: Int] = [:]  // 1 visiting, 2 done
        var path: [String] = []
        var inCycle = Set<String>()
        func visit(_ id: String) {
            state[id] = 1
            path.append(id)
            // An id that is both a node and a milestone is already a duplicate; it counts as the milestone.
            for next in nodes[id]?.leadsTo ?? [] where nodes[next] != nil && !milestones.contains(next) {
                if state[next] == 1 {
                    let cycle = path[path.lastIndex(of: next)!...] + [next]
                    let at = nodes[next]!.locations["leads_to"]
                    inCycle.formUnion(cycle)
                    out.append(Diagnostic(at: at, "the theory of change has a cycle: \(cycle.joined(separator: " → ")); a node cannot lead back to itself, so break the loop"))
                } else if state[next] == nil {
                    visit(next)
                }
            }
            path.removeLast()
            state[id] = 2
        }
        for node in mission.theoryOfChange where state[node.id] == nil { visit(node.id) }
        // Nodes that reach no milestone. A dangling leads_to is reported above, so it counts as reaching.
        var reaches = Set<String>()
        let isDangling = { (id: String) in nodes[id] == nil && !milestones.contains(id) }
        var changed = true
        while changed {
            changed = false
            for node in mission.theoryOfChange where !reaches.contains(node.id) {
                if node.leadsTo.contains(where: { milestones.contains($0) || reaches.contains($0) || isDangling($0) }) {
                    reaches.insert(node.id)
                    changed = true
                }
            }
        }
        for node in mission.theoryOfChange where !reaches.contains(node.id) && !inCycle.contains(node.id) && mission.declaredNodeIDs.count == mission.theoryOfChange.count {
            out.append(Diagnostic(at: node.locations["id"], "the theory-of-change node \(quoted: node.id) reaches no milestone; make its leads_to chain end at one of: \(milestones.sorted().joined(separator: ", "))"))
        }
    }
}
