/// Alignment scores, 0–100, where every point lost traces to a finding.
///
/// A contract starts at 100 and loses, for each standing finding on it or its KPIs,
/// 10 points for an error, 5 for a warning and 1 for an info (never below 0).
/// A mission's score is the mean of the scores of the contracts that contribute to it, less the
/// points of findings on the mission itself (coverage gaps, watermelons on its milestones);
/// each contract finding's share of a mission's loss is its points divided by the number of contracts.
public struct AlignmentScores: Sendable {
    /// One deduction: which finding cost how many points.
    public struct Deduction: Sendable, Hashable {
        public var fingerprint: String
        public var ruleID: String
        public var points: Double
    }

    public struct Score: Sendable {
        public var subject: String
        public var score: Double
        public var deductions: [Deduction]
    }

    public var contracts: [Score]
    public var missions: [Score]

    public static func points(_ s: Severity) -> Double {
        switch s {
        case .error: 10
        case .warning: 5
        case .info: 1
        }
    }

    public func contract(_ id: String) -> Score? { contracts.first { $0.subject == id } }
    public func mission(_ id: String) -> Score? { missions.first { $0.subject == id } }

    static func compute(_ ws: Workspace, findings: [Finding], graph: OutcomeGraph) -> AlignmentScores {
        var byContract: [String: [Deduction]] = [:]
        var byMission: [String: [Deduction]] = [:]
        for f in findings {
            let d = Deduction(fingerprint: f.fingerprint, ruleID: f.ruleID, points: points(f.severity))
            if let c = f.subject.contractID {
                byContract[c, default: []].append(d)
            } else if f.subject.kind == .mission {
                byMission[f.subject.owner, default: []].append(d)
            }
        }
        var contractScores: [String: Score] = [:]
        for c in ws.contracts {
            let deductions = (byContract[c.id] ?? []).sorted { ($0.ruleID, $0.fingerprint) < ($1.ruleID, $1.fingerprint) }
            let total = deductions.reduce(0) { $0 + $1.points }
            contractScores[c.id] = Score(subject: c.id, score: max(0, 100 - total), deductions: deductions)
        }
        var contributors: [String: [String]] = [:]
        for c in ws.contracts {
            for m in Set(c.contributesTo.map(\.node.mission)) { contributors[m, default: []].append(c.id) }
        }
        var missions: [Score] = []
        for m in ws.missions {
            let ids = contributors[m.id] ?? []
            var deductions: [Deduction] = []
            for id in ids {
                for d in contractScores[id]!.deductions {
                    deductions.append(Deduction(fingerprint: d.fingerprint, ruleID: d.ruleID, points: d.points / Double(ids.count)))
                }
            }
            // A contract's score stops at 0: scale its share so the mission loses no more than it.
            let contractMean = ids.isEmpty ? 100 : ids.map { contractScores[$0]!.score }.reduce(0, +) / Double(ids.count)
            let own = byMission[m.id] ?? []
            deductions += own
            let score = max(0, contractMean - own.reduce(0) { $0 + $1.points })
            missions.append(Score(subject: m.id, score: (score * 10).rounded() / 10, deductions: deductions.sorted { ($0.ruleID, $0.fingerprint) < ($1.ruleID, $1.fingerprint) }))
        }
        return AlignmentScores(contracts: ws.contracts.map { contractScores[$0.id]! }, missions: missions)
    }
}
