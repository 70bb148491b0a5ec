/// Applies the waivers written in contracts: a complete, unexpired waiver for a rule suppresses that
/// rule's findings on its KPI (or, on a contract, on the contract and its KPIs).
enum Waivers {
    static func apply(_ findings: [Finding], workspace: Workspace, asOf: Day) -> ([Finding], [Finding], [WaiverUse]) {
        var uses: [WaiverUse] = []
        var index: [String: [Int]] = [:]  // "rule\0contract\0kpi" → indexes into uses
        for c in workspace.contracts {
            for w in c.waivers {
                index["\(w.rule)\u{0}\(c.id)\u{0}", default: []].append(uses.count)
                uses.append(WaiverUse(waiver: w, subject: .contract(c.id), suppressed: 0, matched: 0))
            }
            for k in c.kpis {
                for w in k.waivers {
                    index["\(w.rule)\u{0}\(c.id)\u{0}\(k.id)", default: []].append(uses.count)
                    uses.append(WaiverUse(waiver: w, subject: .kpi(c.id, k.id), suppressed: 0, matched: 0))
                }
            }
        }
        if uses.isEmpty { return (findings, [], []) }  // no waiver written: nothing to match, nothing to copy
        // A finding of a rule no waiver names matches nothing: it stands without building its keys.
        let waivedRules = Set(uses.map(\.waiver.rule))
        var standing: [Finding] = [], waived: [Finding] = []
        for var f in findings {
            guard waivedRules.contains(f.ruleID), let contract = f.subject.contractID else {
                standing.append(f)
                continue
            }
            let kpi = f.subject.kind == .kpi ? f.subject.item : ""
            var candidates = index["\(f.ruleID)\u{0}\(contract)\u{0}\(kpi)"] ?? []
            if !kpi.isEmpty { candidates += index["\(f.ruleID)\u{0}\(contract)\u{0}"] ?? [] }
            var suppressedBy: Int?
            for i in candidates {
                uses[i].matched += 1
                let w = uses[i].waiver
                if suppressedBy == nil, w.isComplete, let expires = w.expires, expires >= asOf { suppressedBy = i }
            }
            if let i = suppressedBy {
                uses[i].suppressed += 1
                let w = uses[i].waiver
                f.waivedBy = WaiverReference(
                    location: w.locations.location, reason: w.reason ?? "", approvedBy: w.approvedBy?.description ?? "",
                    expires: w.expires!)
                waived.append(f)
            } else {
                standing.append(f)
            }
        }
        return (standing, waived, uses)
    }
}
