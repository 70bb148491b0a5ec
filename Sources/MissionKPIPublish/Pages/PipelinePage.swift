import MissionKPI

/// The commercial pipeline: contracts ending in each of the coming financial years (the moments to
/// re-procure with better KPIs) and the s.93 view of the coming year.
struct PipelinePage: Sendable {
    struct Row: Sendable {
        var link: Link
        var title: String
        var department: Link
        var value: String
        var end: String
        var procurementStart: String
        var procurementEstimated: Bool
        var due: Tag
        var missions: [Link]
        var score: String
        var findings: String
    }

    struct Year: Sendable {
        var label: String
        var span: String
        var value: String
        var rows: [Row]
    }

    var frame: PageFrame
    var intro: String
    var years: [Year]
    var s93: Year
    var threshold: String

    init(report: SiteReport, path: SitePath) {
        let root = path.rootPrefix
        let r = report.redactor
        let p = report.pipeline
        frame = PageFrame(report, title: "Commercial pipeline", path: path, section: .pipeline)
        let span = p.years.isEmpty ? "no financial years" : p.years.first!.label + (p.years.count > 1 ? " to " + p.years.last!.label : "")
        intro =
            "Contracts ending in \(span), as at \(p.asOf). Re-procurement starts \(p.leadTimeMonths) months before a contract ends unless the contract sets its own start (estimated starts are marked)."
        threshold = Words.money(p.s93.threshold)
        let row = { (e: PipelineEntry) -> Row in
            Row(
                link: Link(href: Href.contract(e.contract, root: root), text: e.contract), title: r.text(e.title),
                department: Link(href: Href.department(e.department, root: root), text: e.department), value: Words.shortMoney(e.value),
                end: e.end.description, procurementStart: e.procurementStart.description, procurementEstimated: !e.procurementPlanned,
                due: e.procurementDue(on: p.asOf)
                    ? Tag(text: "Should have started", cls: "requires", symbol: "!") : Tag(text: "Not yet", cls: "info", symbol: "…"),
                missions: e.missions.map { Link(href: Href.mission($0, root: root), text: $0) }, score: Words.score(e.score),
                findings: Words.severities(report.findings(contract: e.contract)))
        }
        years = p.years.map { y in
            Year(label: y.label, span: "\(y.start) to \(y.end)", value: Words.money(y.value), rows: y.entries.map(row))
        }
        s93 = Year(
            label: p.s93.label, span: "\(p.s93.start) to \(p.s93.end)", value: Words.money(p.s93.value), rows: p.s93.entries.map(row))
    }
}
