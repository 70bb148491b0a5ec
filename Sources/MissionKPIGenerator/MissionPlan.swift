import MissionKPI

/// One synthetic mission: which corpus it draws on, and the ids of its milestones and theory-of-change
/// nodes by level, which contracts and KPIs refer to.
struct MissionPlan: Sendable {
    var index: Int
    var id: String
    var corpus: MissionCorpus
    var impacts: [MissionCorpus.NodeSeed]
    var outcomes: [MissionCorpus.NodeSeed]
    var outputs: [MissionCorpus.NodeSeed]
    var activities: [MissionCorpus.NodeSeed]
    /// leads_to of each node, by node id, in the order the nodes are written.
    var links: [(id: String, level: NodeLevel, statement: String, leadsTo: [String], assumption: String?)]

    var milestoneIDs: [String] { corpus.milestones.map(\.id) }

    /// Plans mission `index` (0-based): the first five are the Plan for Change missions; later ones
    /// reuse their words as regional programmes (`nhs-2`, …).
    init(index: Int, seed: UInt64) {
        var rng = SplitMix64(seed: seed, stream: 1, index: index)
        let corpus = MissionCorpus.all[index % MissionCorpus.all.count]
        self.index = index
        self.corpus = corpus
        let round = index / MissionCorpus.all.count
        id = round == 0 ? corpus.id : "\(corpus.id)-\(round + 1)"
        // 8 to 15 nodes: 1–2 impacts, 2–4 outcomes, 3–5 outputs, 2–4 activities.
        impacts = Array(corpus.impacts.prefix(rng.int(in: 1...2)))
        outcomes = Array(corpus.outcomes.prefix(rng.int(in: 2...4)))
        outputs = Array(corpus.outputs.prefix(rng.int(in: 3...5)))
        activities = Array(corpus.activities.prefix(rng.int(in: 2...4)))
        let milestones = corpus.milestones.map(\.id)
        var links: [(String, NodeLevel, String, [String], String?)] = []
        func assumption(_ rng: inout SplitMix64) -> String? { rng.chance(0.4) ? rng.pick(corpus.assumptions) : nil }
        // Each level leads to the next; every impact reaches a milestone, so every node does.
        for (i, n) in activities.enumerated() {
            var to = [outputs[i % outputs.count].id]
            if rng.chance(0.3), outputs.count > 1 { to.append(outputs[(i + 1) % outputs.count].id) }
            links.append((n.id, .activity, n.statement, to, assumption(&rng)))
        }
        for (i, n) in outputs.enumerated() {
            var to = [outcomes[i % outcomes.count].id]
            if rng.chance(0.3), outcomes.count > 1 { to.append(outcomes[(i + 1) % outcomes.count].id) }
            links.append((n.id, .output, n.statement, to, assumption(&rng)))
        }
        for (i, n) in outcomes.enumerated() {
            var to = [impacts[i % impacts.count].id]
            if rng.chance(0.3) { to.append(rng.pick(milestones)) }
            links.append((n.id, .outcome, n.statement, to, assumption(&rng)))
        }
        let impactCount = impacts.count
        for (i, n) in impacts.enumerated() {
            let to = milestones.enumerated().filter { $0.offset % impactCount == i }.map(\.element)
            links.append((n.id, .impact, n.statement, to, assumption(&rng)))
        }
        self.links = links.map { (id: $0.0, level: $0.1, statement: $0.2, leadsTo: $0.3, assumption: $0.4) }
    }

    var title: String {
        let round = index / MissionCorpus.all.count
        return round == 0 ? corpus.title : "\(corpus.title) (regional programme \(round + 1))"
    }
}
