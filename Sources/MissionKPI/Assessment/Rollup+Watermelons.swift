extension Rollup {
    /// Contracts whose rated KPIs under an off-track milestone are all good (at least one rated).
    static func watermelons(
        _ milestone: MilestoneAssessment, kpis: [KPIAssessment], index: [ObservationSet.Key: Int], workspace: Workspace
    ) -> [Watermelon] {
        guard milestone.trajectory.status == .offTrack else { return [] }
        var out: [Watermelon] = []
        let byContract = Dictionary(grouping: milestone.evidence, by: \.contract)
        for contract in byContract.keys.sorted() {
            let rated = byContract[contract]!.filter { $0.rating != .other }
            guard !rated.isEmpty, rated.allSatisfy({ $0.rating == .good }) else { continue }
            var sides: [String] = []
            for item in rated {
                let k = index[ObservationSet.Key(contract: item.contract, kpi: item.kpi)].map { kpis[$0] }
                let kpiUnit = workspace.contract(item.contract)?.kpi(item.kpi)?.unit
                let latest = k?.latest.map { " (\(ValueText.value($0.value, kpiUnit)) in \($0.period.text))" } ?? ""
                let stale = item.dataState == .current ? "" : ", \(item.dataState.name)"
                sides.append("\(item.kpi) good\(latest)\(stale), measuring \(item.measures)")
            }
            let reason = "\(contract) reports \(rated.count == 1 ? "its KPI" : "all \(rated.count) rated KPIs") under "
                + "\(milestone.ref) as good — \(sides.joined(separator: "; ")) — yet the milestone is off track: "
                + milestone.trajectory.reason
            out.append(Watermelon(
                contract: contract, milestone: milestone.ref, kpis: rated, milestoneTrajectory: milestone.trajectory,
                reason: reason))
        }
        return out
    }

    /// The evidence in one sentence: how many KPIs from how many contracts, their ratings and data states.
    /// One pass over the items (a national milestone has tens of thousands); contracts are counted by runs
    /// when the items are in contract order, as the roll-ups keep them, else through a set.
    public static func summary(_ items: [EvidenceItem]) -> String {
        guard !items.isEmpty else { return "No KPI measures this or anything upstream of it." }
        var direct = 0, stale = 0, missing = 0, runs = 0
        var byRating = [Int](repeating: 0, count: Rating.allCases.count)
        var inContractOrder = true
        for i in items.indices {
            let item = items[i]
            if item.direct { direct += 1 }
            byRating[item.rating.rank] += 1
            switch item.dataState {
            case .stale: stale += 1
            case .missing: missing += 1
            case .current: break
            }
            if i == 0 || items[i - 1].contract != item.contract {
                runs += 1
                if i > 0 && item.contract < items[i - 1].contract { inContractOrder = false }
            }
        }
        let contracts = inContractOrder ? runs : Set(items.map(\.contract)).count
        var text = "\(items.count) KPI\(items.count == 1 ? "" : "s") from \(contracts) contract\(contracts == 1 ? "" : "s")"
        text += " (\(direct) direct, \(items.count - direct) upstream): "
        var parts: [String] = []
        for r in Rating.allCases where byRating[r.rank] > 0 {
            parts.append("\(byRating[r.rank]) \(r == .other ? "unrated" : r.lowercasedLabel)")
        }
        text += parts.joined(separator: ", ")
        var states: [String] = []
        if stale > 0 { states.append("\(stale) stale") }
        if missing > 0 { states.append("\(missing) with no returns") }
        if !states.isEmpty { text += "; " + states.joined(separator: ", ") }
        return text + "."
    }
}
