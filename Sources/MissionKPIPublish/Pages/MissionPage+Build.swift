import MissionKPI

extension MissionPage {
    /// The page for one mission.
    init(_ m: Mission, report: SiteReport, path: SitePath) {
        let root = path.rootPrefix
        let r = report.redactor
        let a = report.assessment
        frame = PageFrame(
            report, title: r.text(m.title), path: path, section: .missions,
            breadcrumbs: [Link(href: root + "index.html#missions", text: "Missions")], markdown: m.id + ".md")
        id = m.id
        title = r.text(m.title)
        board = r.text(m.board)
        leadDepartment = r.text(m.leadDepartment)
        summary = r.text(m.summary).map(\.singleLine)
        score = Words.score(report.alignment.scores.mission(m.id)?.score)
        let verdict = report.verdicts.mission(m.id)
        verdictHTML = VerdictView.html(verdict, mission: true, redactor: r)
        verdictMarkdown = VerdictView.markdown(verdict, mission: true, redactor: r)
        let acting = BoardPackPage.actions(m, report: report)
        actionsHTML = ActionsView.html(acting.shown, report: report, root: root, empty: "Nobody needs to act: no finding, overdue return or assessment, or milestone off track.")
            + (acting.more > 0 ? "<p>\(acting.more) more actions, on the contract pages.</p>\n" : "")
        actionsMarkdown = ActionsView.markdown(acting.shown, report: report, empty: "Nobody needs to act.")
        boardPackHref = m.id + "/board-pack.html"
        review = ReviewSection(report.changes.mission(m.id), report: report, root: root)
        sources = m.sources.map { SourceLink(title: r.text($0.title), url: Self.safeURL($0.url)) }
        problems = m.problemStatements.map {
            Problem(
                id: $0.id, challenge: r.text($0.challenge).singleLine, affected: r.text($0.affected).map(\.singleLine),
                evidence: $0.evidence.map { r.text($0).singleLine }, desiredOutcome: r.text($0.desiredOutcome).map(\.singleLine))
        }
        milestones = m.milestones.map { Self.milestone($0, mission: m, report: report, root: root) }
        diagram = ChartBridge.diagram(m, report: report)
        nodes = m.theoryOfChange.map { Self.node($0, mission: m, report: report, root: root) }
        watermelons = a.watermelons.filter { $0.milestone.mission == m.id }.map { w in
            WatermelonRow(
                contract: Link(href: Href.contract(w.contract, root: root), text: w.contract),
                milestone: Link(
                    href: Href.outcome(w.milestone, root: root, isMilestone: true),
                    text: r.text(report.workspace.milestone(w.milestone)?.title ?? w.milestone.id)),
                kpis: w.kpis.map(\.kpi).joined(separator: ", "), reason: r.text(w.reason))
        }
        let linked = report.contracts(mission: m.id)
        let chunks = MissionEvidencePage.chunks(linked)
        if chunks.isEmpty {
            let found = linked.map { Self.alignmentFindings($0, mission: m.id, report: report) }
            poorlyAligned = FindingRow.table(found.flatMap(\.kpi), report, root: root, label: "Poorly aligned KPIs")
            contractFindings = FindingRow.table(found.flatMap(\.contract), report, root: root, label: "Poorly aligned KPIs")
        } else {
            paging = MissionPaging(m, report: report, chunks: chunks)
            milestones = milestones.map { MissionPaging.summarised($0, mission: m, report: report) }
            nodes = nodes.map { MissionPaging.summarised($0, mission: m, report: report) }
        }
        missionFindings = FindingRow.table(report.findings(mission: m.id), report, root: root, label: "Mission findings")
        let ids = Set(linked.map(\.id))
        let years = report.pipeline.years
        endingSpan = years.isEmpty ? "the coming financial years" : years.first!.label + (years.count > 1 ? " to " + years.last!.label : "")
        ending = years.flatMap { y in
            y.entries.filter { ids.contains($0.contract) }.map { e in
                EndingRow(
                    year: y.label, contract: Link(href: Href.contract(e.contract, root: root), text: e.contract), title: r.text(e.title),
                    department: e.department, value: Words.shortMoney(e.value), end: e.end.description,
                    procurementStart: e.procurementStart.description, procurementEstimated: !e.procurementPlanned,
                    score: Words.score(e.score), findings: Words.severities(report.findings(contract: e.contract)))
            }
        }
        contracts = linked.map { c in
            ContractRow(
                contract: Link(href: Href.contract(c.id, root: root), text: c.id), title: r.text(c.title),
                department: Link(href: Href.department(c.department, root: root), text: c.department), supplier: r.text(c.supplier.name),
                value: Words.shortMoney(c.value.grossAmount), score: Words.score(report.score(contract: c.id)?.score),
                verdict: VerdictView.tag(report.verdicts.contract(c.id)?.overall ?? .notKnown),
                verdictAbout: report.verdicts.contract(c.id).map(VerdictView.about) ?? "",
                findings: Words.severities(report.findings(contract: c.id)))
        }
    }

    /// The findings of contract `c` that the mission's page shows: those on its KPIs that measure the
    /// mission or are about alignment, and those on the contract itself that are about alignment.
    static func alignmentFindings(_ c: Contract, mission: String, report: SiteReport) -> (kpi: [Finding], contract: [Finding]) {
        let measuring = Set(c.kpis.filter { $0.measures?.mission == mission }.map { "\(c.id)/\($0.id)" })
        let all = report.findings(contract: c.id)
        return (
            all.filter { $0.subject.kind == .kpi && (measuring.contains($0.subject.description) || isAlignment($0)) },
            all.filter { $0.subject.kind == .contract && isAlignment($0) }
        )
    }

    /// Findings of the families about alignment (not ownership, which has its own page).
    static func isAlignment(_ f: Finding) -> Bool {
        RuleRegistry.rule(f.ruleID)?.description.family != .ownership
    }

    /// The address when it is http(s) and holds no spaces or quotes; nil otherwise (then shown as text).
    static func safeURL(_ url: String?) -> String? {
        guard let url, url.hasPrefix("https://") || url.hasPrefix("http://") else { return nil }
        return url.contains { $0.isWhitespace || $0 == "\"" || $0 == "<" || $0 == ">" } ? nil : url
    }

    static func evidence(_ items: [EvidenceItem], report: SiteReport, root: String) -> [EvidenceRow] {
        items.map { e in
            let title = report.workspace.contract(e.contract)?.kpi(e.kpi)?.title ?? e.kpi
            return EvidenceRow(
                contract: Link(href: Href.contract(e.contract, root: root), text: e.contract),
                kpi: Link(href: Href.kpi(e.contract, e.kpi, root: root), text: e.kpi), kpiTitle: report.redactor.text(title),
                rating: Tag.rating(e.rating), dataState: Tag.dataState(e.dataState),
                via: e.direct ? "measures it" : "measures \(e.measures.id), upstream")
        }
    }

    static func milestone(_ ms: Milestone, mission m: Mission, report: SiteReport, root: String) -> MilestoneBlock {
        let ref = OutcomeRef(mission: m.id, id: ms.id)
        let assessed = report.assessment.milestone(ref)
        var points: [(Day, Int, String, Double)] = []
        if let b = ms.baseline, let d = b.date { points.append((d, 0, "Baseline", b.value)) }
        for t in ms.trajectory { if let d = t.date { points.append((d, 1, "Planned", t.value)) } }
        if let d = ms.target.date { points.append((d, 2, "Target", ms.target.value)) }
        for o in ms.observations { if let d = o.date { points.append((d, 3, "Actual", o.value)) } }
        if let t = assessed?.trajectory, let p = t.projectedAtTarget, let d = t.targetDate { points.append((d, 4, "Projected", p)) }
        points.sort { ($0.0, $0.1) < ($1.0, $1.1) }
        let status = assessed?.trajectory.status ?? .noData
        return MilestoneBlock(
            id: ms.id, title: report.redactor.text(ms.title), indicator: report.redactor.text(ms.indicator),
            status: Tag.status(status), reason: report.redactor.text(assessed?.trajectory.reason ?? "No assessment."),
            baseline: Words.dated(ms.baseline, ms.unit), target: Words.dated(ms.target, ms.unit),
            chart: ChartBridge.milestone(ms, mission: m, report: report),
            points: points.map { PointRow(date: $0.0.description, kind: $0.2, value: ValueText.value($0.3, ms.unit)) },
            evidence: evidence((assessed?.evidence ?? []).filter(\.direct), report: report, root: root),
            evidenceLabel: "KPIs measuring \(ms.id)")
    }

    static func node(_ n: TheoryNode, mission m: Mission, report: SiteReport, root: String) -> NodeRow {
        let ref = OutcomeRef(mission: m.id, id: n.id)
        let rollup = report.assessment.node(ref)
        let leads = n.leadsTo.map { target -> Link in
            let isMilestone = m.milestone(target) != nil
            let text = isMilestone ? "Milestone: " + target : target
            return Link(href: (isMilestone ? "#milestone-" : "#node-") + target, text: text)
        }
        let contributors = report.workspace.contracts.filter { c in c.contributesTo.contains { $0.node == ref } }
            .map { Link(href: Href.contract($0.id, root: root), text: $0.id) }
        let covered = rollup?.covered ?? false
        return NodeRow(
            id: n.id, level: n.level.rawValue.capitalized, statement: report.redactor.text(n.statement).singleLine, leadsTo: leads,
            leadsToText: leads.map(\.text).joined(separator: ", "),
            assumptions: n.assumptions.map { report.redactor.text($0).singleLine },
            covered: covered ? Tag(text: "Covered", cls: "info", symbol: "✓") : Tag(text: "No current evidence", cls: "other", symbol: "?"),
            rating: Tag.rating(rollup?.rating ?? .other), summary: report.redactor.text(rollup?.summary ?? ""),
            evidence: evidence((rollup?.evidence ?? []).filter(\.direct), report: report, root: root),
            evidenceLabel: "KPIs measuring \(n.id)", contributors: contributors)
    }
}
