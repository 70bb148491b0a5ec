/// The theories of change as one graph over `mission/id` references, with the distances rules need.
///
/// ```swift
/// let graph = OutcomeGraph(workspace)
/// graph.hopsToMilestone(OutcomeRef(mission: "nhs", id: "diagnostic-capacity"))  // 2
/// ```
public struct OutcomeGraph: Sendable {
    private var next: [OutcomeRef: [OutcomeRef]] = [:]
    private var previous: [OutcomeRef: [OutcomeRef]] = [:]
    private var milestoneSet: Set<OutcomeRef> = []
    private var hops: [OutcomeRef: Int] = [:]

    public init(_ workspace: Workspace) {
        for mission in workspace.missions {
            for m in mission.milestones { milestoneSet.insert(OutcomeRef(mission: mission.id, id: m.id)) }
            for node in mission.theoryOfChange {
                let from = OutcomeRef(mission: mission.id, id: node.id)
                let targets = node.leadsTo.map { OutcomeRef(mission: mission.id, id: $0) }
                next[from] = targets
                for t in targets { previous[t, default: []].append(from) }
            }
        }
        // Breadth-first from the milestones backwards gives each node its distance to the nearest one.
        var queue = milestoneSet.sorted()
        for m in queue { hops[m] = 0 }
        var head = 0
        while head < queue.count {
            let ref = queue[head]
            head += 1
            for p in previous[ref] ?? [] where hops[p] == nil {
                hops[p] = hops[ref]! + 1
                queue.append(p)
            }
        }
    }

    /// Whether the reference names a milestone.
    public func isMilestone(_ ref: OutcomeRef) -> Bool { milestoneSet.contains(ref) }

    /// Links from a node to the nodes and milestones it leads to.
    public func successors(_ ref: OutcomeRef) -> [OutcomeRef] { next[ref] ?? [] }

    /// The fewest links from the node to a milestone (0 for a milestone); nil if none is reached.
    public func hopsToMilestone(_ ref: OutcomeRef) -> Int? { hops[ref] }

    /// Everything reachable from `ref` by following `leads_to`, including `ref` itself.
    public func downstream(of ref: OutcomeRef) -> Set<OutcomeRef> { walk(from: ref, edges: next) }

    /// Everything that leads to `ref`, including `ref` itself.
    public func upstream(of ref: OutcomeRef) -> Set<OutcomeRef> { walk(from: ref, edges: previous) }

    /// The milestones `ref` reaches (itself, if a milestone).
    public func milestones(reachedFrom ref: OutcomeRef) -> [OutcomeRef] {
        downstream(of: ref).filter { milestoneSet.contains($0) }.sorted()
    }

    private func walk(from start: OutcomeRef, edges: [OutcomeRef: [OutcomeRef]]) -> Set<OutcomeRef> {
        var seen: Set<OutcomeRef> = [start]
        var stack = [start]
        while let ref = stack.popLast() {
            for n in edges[ref] ?? [] where seen.insert(n).inserted { stack.append(n) }
        }
        return seen
    }
}
