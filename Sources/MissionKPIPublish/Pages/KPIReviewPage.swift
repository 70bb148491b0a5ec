import MissionKPI

/// The review of imported KPIs: overall and per buyer, how many name a quantity and state a target, the
/// level mix, contracts measured only by effort, placeholders, and the best examples (outcome KPIs with a
/// target). Figures come from `KPIReview`; this page only shows them.
struct KPIReviewPage: Sendable {
    /// Lists longer than this show their first entries and say how many more the data holds.
    static let listLimit = 50

    struct Row: Sendable {
        var buyer: Link?
        var label: String
        var contracts: Int
        var withoutKPIs: Int
        var kpis: Int
        var quantity: String
        var target: String
        var input: Int, activity: Int, output: Int, outcome: Int, unknown: Int
        var effortOnly: Int
        var placeholders: Int
        var bareTopics: Int
    }

    struct KPIRow: Sendable {
        var contract: Link
        var buyer: String
        var kpi: String
        var words: String
        var target: String?
    }

    struct ContractRow: Sendable {
        var contract: Link
        var buyer: String
        var title: String
    }

    var frame: PageFrame
    var hasImported: Bool
    var intro: String
    var overall: Row
    var buyers: [Row]
    var effortOnly: [ContractRow]
    var placeholders: [KPIRow]
    var bestExamples: [KPIRow]
    var more: [String]

    init(report: SiteReport, path: SitePath) {
        let root = path.rootPrefix, r = report.redactor, review = report.kpiReview, ws = report.workspace
        frame = PageFrame(report, title: "Imported KPIs reviewed", path: path, section: .review, markdown: root + "data/kpi-review.md")
        let all = review.overall
        hasImported = all.contracts > 0
        intro =
            hasImported
            ? "\(all.contracts) contracts imported from Find a Tender (\(all.withoutKPIs) of them without KPIs), with \(all.kpis) KPIs, as at \(report.asOf). What a buyer did not state (unit, target, level, direction) is read from the KPI's words (Documentation/KPIWords.md)."
            : "This workspace has no imported contracts (contracts with a source: block, written by 'missionkpi import ocds'), so there are no published KPIs to review yet. Import Find a Tender notices and publish again to see how their KPIs are written."
        let row = { (buyer: Link?, label: String, f: KPIReview.Figures) in
            Row(
                buyer: buyer, label: label, contracts: f.contracts, withoutKPIs: f.withoutKPIs, kpis: f.kpis,
                quantity: "\(f.namingQuantity) (\(f.share(f.namingQuantity))%)",
                target: "\(f.statingTarget) (\(f.share(f.statingTarget))%)",
                input: f.input, activity: f.activity, output: f.output, outcome: f.outcome, unknown: f.levelUnknown,
                effortOnly: f.effortOnly.count, placeholders: f.placeholders.count, bareTopics: f.bareTopics.count)
        }
        overall = row(nil, "All buyers", all)
        buyers = review.buyers.map { b in
            row(Link(href: Href.department(b.department, root: root), text: r.text(b.name)), r.text(b.name), b.figures)
        }
        let buyerName = { (id: String) in r.text(ws.department(id)?.name ?? id) }
        let kpiRow = { (k: KPIReview.KPIRef) in
            KPIRow(
                contract: Link(href: Href.kpi(k.contract, k.kpi, root: root), text: k.contract), buyer: buyerName(k.department),
                kpi: k.kpi, words: r.text(k.title + (k.description.map { " — " + $0 } ?? "")), target: k.target)
        }
        effortOnly = all.effortOnly.prefix(Self.listLimit).map { id in
            ContractRow(
                contract: Link(href: Href.contract(id, root: root), text: id), buyer: buyerName(ws.contract(id)?.department ?? ""),
                title: r.text(ws.contract(id)?.title ?? id))
        }
        placeholders = all.placeholders.prefix(Self.listLimit).map(kpiRow)
        bestExamples = all.bestExamples.prefix(Self.listLimit).map(kpiRow)
        more = [
            (all.effortOnly.count, "contracts with only input or activity KPIs"), (all.placeholders.count, "placeholders"),
            (all.bestExamples.count, "best examples"),
        ].compactMap { n, what in
            n > Self.listLimit
                ? "The first \(Self.listLimit) of \(n) \(what) are listed; data/kpi-review.csv has the figures of every buyer." : nil
        }
    }
}
