/// `assess --format text`: a plain report a mission board can read top to bottom.
enum AssessmentText {
    typealias W = AssessmentWords

    static func render(_ v: AssessmentView) -> String {
        var lines = ["Assessment as at \(v.asOf)" + scopeText(v.scope)]
        for summary in v.missions { lines += [""] + mission(summary, v) }
        if v.scope.mission == nil && v.scope.contract == nil || !v.watermelons.isEmpty {
            lines += ["", "WATERMELONS (contract KPIs good while the milestone they serve is off track)"]
            lines += v.watermelons.isEmpty ? ["  None."] : v.watermelons.flatMap { watermelon($0, v) }
        }
        lines += ["", "CONTRACTS"]
        if v.contracts.isEmpty { lines.append("  None in scope.") }
        for block in Parallel.map(v.contracts, minimumChunk: 64, { contract($0, v) }) { lines += [""] + block }
        return lines.joined(separator: "\n") + "\n"
    }

    static func scopeText(_ s: AssessmentScope) -> String {
        var parts: [String] = []
        if let m = s.mission { parts.append("mission \(m)") }
        if let c = s.contract { parts.append("contract \(c)") }
        return parts.isEmpty ? "" : " — " + parts.joined(separator: ", ")
    }

    static func mission(_ s: MissionSummary, _ v: AssessmentView) -> [String] {
        let m = v.workspace.mission(s.mission)
        var lines = ["MISSION \(s.mission): \(m?.title ?? s.mission)" + (m?.board.map { " (\($0))" } ?? "")]
        let kpiCount = s.ratingCounts.values.reduce(0, +)
        lines.append("  " + (v.scope.contract == nil ? "" : "Mission-wide: ") + "Evidence covers \(s.coverage.covered) of \(s.coverage.total) nodes and milestones; "
            + "\(kpiCount) KPI\(kpiCount == 1 ? "" : "s") from \(s.contracts.count) contract\(s.contracts.count == 1 ? "" : "s"): \(W.counts(s.ratingCounts)).")
        lines += ["", "  MILESTONES"]
        if s.milestones.isEmpty { lines.append("    None in scope.") }
        for block in Parallel.map(s.milestones, minimumChunk: 1, { milestone($0, v) }) { lines += block }
        lines += ["", "  THEORY OF CHANGE"]
        if s.nodes.isEmpty { lines.append("    None in scope.") }
        for block in Parallel.map(s.nodes, minimumChunk: 1, { node($0, v) }) { lines += block }
        return lines
    }

    static func milestone(_ ma: MilestoneAssessment, _ v: AssessmentView) -> [String] {
        var lines: [String] = []
        let ms = v.milestone(ma.ref)
        lines.append("    \(ma.ref.id) — \(ms?.title ?? ma.ref.id)")
        lines.append("      \(ma.trajectory.status.label.uppercased()): \(W.trajectoryLine(ma.trajectory, unit: ms?.unit))")
        lines.append("      \(ma.trajectory.reason)")
        lines.append("      Evidence: " + Rollup.summary(ma.evidence))
        lines += byContract(ma.evidence, indent: "        ")
        return lines
    }

    static func node(_ n: NodeRollup, _ v: AssessmentView) -> [String] {
        var lines: [String] = []
        let node = v.workspace.node(n.ref)
        let cover = n.covered ? "covered" : (n.evidence.isEmpty ? "no evidence" : "not covered")
        lines.append("    \(n.ref.id) (\(node?.level.rawValue ?? "node")) — \(cover); \(n.rating == .other ? "no rating" : n.rating.label.lowercased() + " at worst")")
        lines.append("      " + n.summary)
        lines += evidence(n.evidence.filter(\.direct), indent: "        ")
        let upstream = n.evidence.filter { !$0.direct }
        if !upstream.isEmpty {
            let ratings = Dictionary(grouping: upstream, by: \.rating).mapValues(\.count)
            lines.append("        upstream: \(upstream.count) KPI\(upstream.count == 1 ? "" : "s") via \(Set(upstream.map(\.measures.id)).sorted().joined(separator: ", ")): \(W.counts(ratings))")
        }
        return lines
    }

    static func evidence(_ items: [EvidenceItem], indent: String) -> [String] {
        W.table(items.map { e in
            ["\(e.contract)/\(e.kpi)", e.rating.label.lowercased(), W.dataState(e.dataState), e.direct ? "direct" : "via \(e.measures.id)"]
        }, indent: indent)
    }

    /// One line per contract: how many of its KPIs sit under the item, their ratings, and through which nodes.
    static func byContract(_ items: [EvidenceItem], indent: String) -> [String] {
        let groups = Dictionary(grouping: items, by: \.contract)
        return W.table(groups.keys.sorted().map { c in
            let g = groups[c]!
            let ratings = Dictionary(grouping: g, by: \.rating).mapValues(\.count)
            let via = Set(g.filter { !$0.direct }.map(\.measures.id)).sorted()
            var route = g.contains(where: \.direct) ? ["direct"] : []
            if !via.isEmpty { route.append("via " + via.joined(separator: ", ")) }
            let stale = g.filter { $0.dataState.name == "stale" }.count, missing = g.filter { $0.dataState == .missing }.count
            var states: [String] = []
            if stale > 0 { states.append("\(stale) stale") }
            if missing > 0 { states.append("\(missing) no returns") }
            return [c, "\(g.count) KPI\(g.count == 1 ? "" : "s"): \(W.counts(ratings))", states.joined(separator: ", "), route.joined(separator: "; ")]
        }, indent: indent)
    }

    static func watermelon(_ w: Watermelon, _ v: AssessmentView) -> [String] {
        var lines = ["  \(w.contract) → \(w.milestone)"]
        for item in w.kpis {
            let k = v.workspace.contract(item.contract)?.kpi(item.kpi)
            let latest = v.contractIndex[item.contract].flatMap { v.contracts[$0].kpis.first { $0.kpi == item.kpi } }?.latest
            let value = latest.map { " \(ValueText.value($0.value, k?.unit)) in \($0.period.text)" } ?? ""
            lines.append("    KPI \(item.kpi): good\(value) (\(W.dataState(item.dataState)); measures \(item.measures))")
        }
        lines.append("    Milestone \(w.milestone.id): \(w.milestoneTrajectory.status.label.lowercased()) — \(w.milestoneTrajectory.reason)")
        return lines
    }

    static func contract(_ c: ContractAssessmentView, _ v: AssessmentView) -> [String] {
        let k = c.contract
        var lines = ["  \(k.id) — \(k.title)", "    \(k.supplier.name); \(k.start) to \(k.end)"]
        if c.kpis.isEmpty { lines.append("    No KPIs" + (k.kpiExemption != nil ? " (exempt)." : ".")) }
        var rows = [["KPI", "latest", "value", "rating", "returns", "trajectory"]]
        for a in c.kpis {
            let model = k.kpi(a.kpi)
            let corrected = (a.latest?.corrections ?? 0) > 0 ? " (corrected)" : ""
            rows.append([
                a.kpi + (a.mostMaterial ? " *" : ""), a.latest?.period.text ?? "—",
                a.latest.map { ValueText.value($0.value, model?.unit) + corrected } ?? "—",
                a.latestRating.label.lowercased() + (a.bands?.isDefault == true ? " (default bands)" : ""),
                W.returns(a), a.trajectory.status.label.lowercased(),
            ])
        }
        if !c.kpis.isEmpty { lines += W.table(rows, indent: "    ") + ["    * most material"] }
        for a in c.kpis where a.trajectory.status == .atRisk || a.trajectory.status == .offTrack {
            lines.append("    \(a.kpi) \(a.trajectory.status.label.lowercased()): \(a.trajectory.reason)")
        }
        if !c.annual.isEmpty { lines.append("    Annual assessments (Procurement Act 2023 s.71):") }
        for a in c.annual {
            lines.append("      Year \(a.year), \(a.start) to \(a.end): \(W.annualStatus(a, asOf: v.asOf)), due \(a.due); overall \(a.overall.label.lowercased())")
            lines.append("        " + a.rationale)
        }
        return lines
    }
}
