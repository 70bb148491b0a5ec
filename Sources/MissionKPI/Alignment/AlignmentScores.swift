/// Alignment scores, 0–100: how well a contract's KPIs are chosen, where every point lost traces to a finding.
///
/// Only findings about the choice of KPIs count (those whose `VerdictAspect` is `.alignment`: the
/// statutory, linkage, outcome-focus, SMART, coherence and waiver rules and `too-many-kpis`); findings
/// on performance, data, outcomes and management are judged by the other aspects of the `Verdict`.
/// A contract starts at 100 and loses, for each standing finding on it or its KPIs (baselined
/// findings included, waived ones not), 20 points for an error, 10 for a warning and 2 for an info.
/// When those add up to more than 100, each finding's cost is scaled by 100 / total so the contract
/// ends at exactly 0. A mission starts at 100 and loses, from each contract contributing to it, that
/// contract's deductions divided by the number of contributing contracts (so it starts from their mean),
/// then the full points of findings on the mission itself, scaled in the same way should they take it
/// below 0. Deductions are rounded to 0.01 point by the largest-remainder method, so a score is always
/// exactly 100 less the sum of its deductions: `Documentation/Alignment.md` shows a worked example.
public struct AlignmentScores: Sendable {
    /// One deduction: which finding cost how many points.
    public struct Deduction: Sendable, Hashable {
        public var fingerprint: String
        public var ruleID: String
        public var severity: Severity
        /// The finding's subject (`contract/kpi`, `mission/node`, …).
        public var subject: String
        /// Points lost to this finding, after any scaling and sharing, rounded to 0.01.
        public var points: Double
    }

    /// A contract's or a mission's score and the deductions that explain it.
    public struct Score: Sendable {
        public var subject: String
        public var score: Double
        public var deductions: [Deduction]
    }

    public var contracts: [Score]
    public var missions: [Score]

    /// No scores: a report that judges changes between revisions, not alignment (`missionkpi changes`).
    public static let none = AlignmentScores(contracts: [], missions: [])

    /// The nominal cost of one finding of this severity.
    public static func points(_ s: Severity) -> Double {
        switch s {
        case .error: 20
        case .warning: 10
        case .info: 2
        }
    }

    /// How a score is made, in one sentence (for reports that show it).
    public static let formula = """
        A contract starts at 100 and loses 20 points per error, 10 per warning and 2 per info finding on how its KPIs \
        were chosen (the alignment rules; not findings on performance, data, outcomes or management), scaled down to \
        stop at 0; a mission loses each contributing contract's deductions divided by the number of contributing \
        contracts, then the points of such findings on the mission itself; waived findings cost nothing; score = 100 - \
        the sum of the deductions, which are in hundredths of a point.
        """

    public func contract(_ id: String) -> Score? { contracts.first { $0.subject == id } }
    public func mission(_ id: String) -> Score? { missions.first { $0.subject == id } }

    static func compute(_ ws: Workspace, findings: [Finding], graph: OutcomeGraph, families: [String: RuleFamily]) -> AlignmentScores {
        var byContract: [String: [Deduction]] = [:]
        var byMission: [String: [Deduction]] = [:]
        // Hashing each finding's fingerprint is the costly part; it is done on every core.
        let fingerprints = Parallel.map(findings, minimumChunk: 512) { $0.fingerprint }
        for i in findings.indices {
            let id = findings[i].ruleID
            let family = families[id] ?? RuleRegistry.rule(id)?.description.family ?? .statutory
            guard VerdictAspect.of(rule: id, family: family) == .alignment else { continue }
            let subject = findings[i].subject, severity = findings[i].severity
            let d = Deduction(
                fingerprint: fingerprints[i], ruleID: findings[i].ruleID, severity: severity, subject: subject.description,
                points: points(severity))
            if let c = subject.contractID {
                byContract[c, default: []].append(d)
            } else if subject.kind == .mission {
                byMission[subject.owner, default: []].append(d)
            }
        }
        // Contracts, then missions, are scored independently: on every core, in order.
        let scored = Parallel.map(ws.contracts, minimumChunk: 256) { c in score(c.id, capped(byContract[c.id] ?? [], at: 100)) }
        var contractScores: [String: Score] = [:]
        for (c, s) in zip(ws.contracts, scored) { contractScores[c.id] = s }
        var contributors: [String: [String]] = [:]
        for i in ws.contracts.indices {
            for m in Set(ws.contracts[i].contributesTo.map(\.node.mission)) { contributors[m, default: []].append(ws.contracts[i].id) }
        }
        let missions = Parallel.map(ws.missions, minimumChunk: 1) { m -> Score in
            let ids = contributors[m.id] ?? []
            var shares: [Deduction] = []
            for id in ids {
                for var d in contractScores[id]!.deductions {
                    d.points /= Double(ids.count)
                    shares.append(d)
                }
            }
            let fromContracts = apportioned(shares, total: shares.reduce(0) { $0 + $1.points })
            let left = 100 - fromContracts.reduce(0) { $0 + $1.points }
            return score(m.id, fromContracts + capped(byMission[m.id] ?? [], at: max(0, left)))
        }
        return AlignmentScores(contracts: scored, missions: missions)
    }

    /// The deductions scaled down, when their total exceeds `limit`, so that they add up to `limit`.
    static func capped(_ deductions: [Deduction], at limit: Double) -> [Deduction] {
        let total = deductions.reduce(0) { $0 + $1.points }
        guard total > limit, total > 0 else { return apportioned(deductions, total: total) }
        return apportioned(
            deductions.map { d in
                var d = d
                d.points *= limit / total
                return d
            }, total: limit)
    }

    /// Each deduction rounded to 0.01 so that together they add up to exactly `total` (rounded to 0.01):
    /// the largest-remainder method, ties to the earlier deduction.
    static func apportioned(_ deductions: [Deduction], total: Double) -> [Deduction] {
        let target = Int((total * 100).rounded())
        var cents = deductions.map { Int(($0.points * 100 + 1e-9).rounded(.down)) }
        var short = target - cents.reduce(0, +)
        let order = deductions.indices.sorted {
            let a = deductions[$0].points * 100 - Double(cents[$0]), b = deductions[$1].points * 100 - Double(cents[$1])
            return a != b ? a > b : $0 < $1
        }
        for i in order where short > 0 {
            cents[i] += 1
            short -= 1
        }
        return zip(deductions, cents).map { d, c in
            var d = d
            d.points = Double(c) / 100
            return d
        }
    }

    /// 100 less the deductions, which are sorted by rule, subject and fingerprint.
    static func score(_ subject: String, _ deductions: [Deduction]) -> Score {
        // Positions are sorted, field by field (tuples would copy three strings per comparison), then each
        // deduction is copied once; equal keys keep their order.
        let order = deductions.indices.sorted { i, j in
            let a = deductions[i], b = deductions[j]
            if a.ruleID != b.ruleID { return a.ruleID < b.ruleID }
            if a.subject != b.subject { return a.subject < b.subject }
            if a.fingerprint != b.fingerprint { return a.fingerprint < b.fingerprint }
            return i < j
        }
        let sorted = order.map { deductions[$0] }
        let lost = sorted.reduce(0) { $0 + Int(($1.points * 100).rounded()) }
        return Score(subject: subject, score: Double(max(0, 10_000 - lost)) / 100, deductions: sorted.filter { $0.points > 0 })
    }

    /// A score or deduction rounded to hundredths of a point, as reports show it.
    public static func rounded(_ v: Double) -> Double { (v * 100).rounded() / 100 }
}
