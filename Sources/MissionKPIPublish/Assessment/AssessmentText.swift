import MissionKPI

/// `assess --format text`: a plain report a mission board can read top to bottom.
enum AssessmentText {
    typealias W = AssessmentWords

    /// The report. Every milestone, node and contract block is written on any core into a text of its
    /// own (each line ended by a line feed), and the report is those texts in order.
    static func render(_ v: AssessmentView) -> String {
        let parts = v.missions.flatMap { s in s.milestones.map(Part.milestone) + s.nodes.map(Part.node) }
        let partTexts = Parallel.map(parts, minimumChunk: 1) { part -> String in
            switch part {
            case .milestone(let m): text(milestone(m, v))
            case .node(let n): text(node(n, v))
            }
        }
        let contractTexts = Parallel.map(v.contracts, minimumChunk: 64) { "\n" + text(contract($0, v)) }
        var out = "Assessment as at \(v.asOf)" + scopeText(v.scope) + "\n"
        var next = partTexts.makeIterator()
        for summary in v.missions {
            out += "\n" + text(missionHead(summary, v))
            out += "\n  MILESTONES\n"
            if summary.milestones.isEmpty { out += "    None in scope.\n" }
            for _ in summary.milestones { out += next.next()! }
            out += "\n  THEORY OF CHANGE\n"
            if summary.nodes.isEmpty { out += "    None in scope.\n" }
            for _ in summary.nodes { out += next.next()! }
        }
        if v.scope.mission == nil && v.scope.contract == nil || !v.watermelons.isEmpty {
            out += "\nWATERMELONS (contract KPIs good while the milestone they serve is off track)\n"
            out += v.watermelons.isEmpty ? "  None.\n" : text(v.watermelons.flatMap { watermelon($0, v) })
        }
        out += "\nCONTRACTS\n"
        if v.contracts.isEmpty { out += "  None in scope.\n" }
        for t in contractTexts { out += t }
        return out
    }

    /// A milestone or a node of a mission, to render on any core.
    enum Part {
        case milestone(MilestoneAssessment)
        case node(NodeRollup)
    }

    /// The lines, each ended by a line feed, in one buffer.
    static func text(_ lines: [String]) -> String {
        var out = ""
        out.reserveCapacity(lines.reduce(0) { $0 + $1.utf8.count + 1 })
        for line in lines {
            out += line
            out += "\n"
        }
        return out
    }

    static func scopeText(_ s: AssessmentScope) -> String {
        var parts: [String] = []
        if let m = s.mission { parts.append("mission \(m)") }
        if let c = s.contract { parts.append("contract \(c)") }
        return parts.isEmpty ? "" : " — " + parts.joined(separator: ", ")
    }

    /// The mission's heading and the sentence summing up its evidence.
    static func missionHead(_ s: MissionSummary, _ v: AssessmentView) -> [String] {
        let m = v.workspace.mission(s.mission)
        var lines = ["MISSION \(s.mission): \(m?.title ?? s.mission)" + (m?.board.map { " (\($0))" } ?? "")]
        let kpiCount = s.ratingCounts.values.reduce(0, +)
        lines.append("  " + (v.scope.contract == nil ? "" : "Mission-wide: ") + "Evidence covers \(s.coverage.covered) of \(s.coverage.total) nodes and milestones; "
            + "\(kpiCount) KPI\(kpiCount == 1 ? "" : "s") from \(s.contracts.count) contract\(s.contracts.count == 1 ? "" : "s"): \(W.counts(s.ratingCounts)).")
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
        lines.append("    \(n.ref.id) (\(node?.level.rawValue ?? "node")) — \(cover); \(n.rating == .other ? "no rating" : n.rating.lowercasedLabel + " at worst")")
        lines.append("      " + n.summary)
        lines += evidence(n.evidence.filter(\.direct), indent: "        ")
        // The upstream evidence is only counted (a national node has tens of thousands): one pass, no copies.
        var upstream = 0
        var ratings = [Int](repeating: 0, count: Rating.allCases.count)
        var via = Set<String>()
        for i in n.evidence.indices where !n.evidence[i].direct {
            upstream += 1
            ratings[n.evidence[i].rating.rank] += 1
            via.insert(n.evidence[i].measures.id)
        }
        if upstream > 0 {
            lines.append("        upstream: \(upstream) KPI\(upstream == 1 ? "" : "s") via \(via.sorted().joined(separator: ", ")): \(W.counts(byRank: ratings))")
        }
        return lines
    }

    static func evidence(_ items: [EvidenceItem], indent: String) -> [String] {
        W.table(items.map { e in
            ["\(e.contract)/\(e.kpi)", e.rating.lowercasedLabel, W.dataState(e.dataState), e.direct ? "direct" : "via \(e.measures.id)"]
        }, indent: indent)
    }

    /// One line per contract: how many of its KPIs sit under the item, their ratings, and through which nodes.
    /// Items in contract order (as roll-ups keep them) are grouped by runs, others by hashing; each group is
    /// counted in one pass (no copies of the evidence).
    static func byContract(_ items: [EvidenceItem], indent: String) -> [String] {
        var groups: [(contract: String, members: [Int])] = []
        if items.indices.dropFirst().allSatisfy({ !(items[$0].contract < items[$0 - 1].contract) }) {
            var start = 0
            for i in items.indices.dropFirst() where items[i].contract != items[start].contract {
                groups.append((items[start].contract, Array(start..<i)))
                start = i
            }
            if !items.isEmpty { groups.append((items[start].contract, Array(start..<items.count))) }
        } else {
            var byID: [String: [Int]] = [:]
            for i in items.indices { byID[items[i].contract, default: []].append(i) }
            groups = byID.keys.sorted().map { ($0, byID[$0]!) }
        }
        return W.table(groups.map { c, g in
            var ratings = [Int](repeating: 0, count: Rating.allCases.count)
            var viaSet = Set<String>()
            var direct = false
            var stale = 0, missing = 0
            for i in g {
                ratings[items[i].rating.rank] += 1
                if items[i].direct { direct = true } else { viaSet.insert(items[i].measures.id) }
                switch items[i].dataState {
                case .stale: stale += 1
                case .missing: missing += 1
                case .current: break
                }
            }
            let via = viaSet.sorted()
            var route = direct ? ["direct"] : []
            if !via.isEmpty { route.append("via " + via.joined(separator: ", ")) }
            var states: [String] = []
            if stale > 0 { states.append("\(stale) stale") }
            if missing > 0 { states.append("\(missing) no returns") }
            return [c, "\(g.count) KPI\(g.count == 1 ? "" : "s"): \(W.counts(byRank: ratings))", states.joined(separator: ", "), route.joined(separator: "; ")]
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
        lines.append("    Milestone \(w.milestone.id): \(w.milestoneTrajectory.status.lowercasedLabel) — \(w.milestoneTrajectory.reason)")
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
                a.latestRating.lowercasedLabel + (a.bands?.isDefault == true ? " (default bands)" : ""),
                W.returns(a), a.trajectory.status.lowercasedLabel,
            ])
        }
        if !c.kpis.isEmpty { lines += W.table(rows, indent: "    ") + ["    * most material"] }
        for a in c.kpis where a.trajectory.status == .atRisk || a.trajectory.status == .offTrack {
            lines.append("    \(a.kpi) \(a.trajectory.status.lowercasedLabel): \(a.trajectory.reason)")
        }
        if !c.annual.isEmpty { lines.append("    Annual assessments (Procurement Act 2023 s.71):") }
        for a in c.annual {
            lines.append("      Year \(a.year), \(a.start) to \(a.end): \(W.annualStatus(a, asOf: v.asOf)), due \(a.due); overall \(a.overall.lowercasedLabel)")
            lines.append("        " + a.rationale)
        }
        lines += AssessmentPublished.text(c)
        return lines
    }
}
