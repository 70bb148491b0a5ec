import MissionKPI

/// One KPI as the department and contract pages show it. The contract page has it all: definition,
/// chart and every version of every return with its rating, corrections included. The department
/// review summarises it in a table row (latest value and ratings, a sparkline, target, trajectory, findings)
/// and links to the contract page.
struct KPIBlock: Sendable {
    struct VersionRow: Sendable {
        var period: String
        var version: Int
        var value: String
        var periodRating: Tag?
        var note: String?
        var status: String
        var source: String
    }

    /// Which page the block is for: the department review's summary, or the contract page's full KPI.
    enum Page: Sendable { case department, contract }

    /// The ratings before the latest that the department review names.
    static let earlierShown = 2

    var id: String
    /// The anchor on the department page (`kpi-<contract>-<kpi>`), unique there.
    var anchor: String
    /// The contract page's section for this KPI, where its chart, periods and history are.
    var contractHref: String
    /// The KPI's summary in the department review (its numbered page in a large department).
    var reviewHref: String
    var title: String
    var description: String?
    var level: String
    var isEffort: Bool
    var measures: Link?
    var unit: String
    var direction: String
    var baseline: String
    var target: String
    var bands: String
    var frequency: String
    var dataSource: String
    var mostMaterial: Bool
    var latestValue: String
    var latestPeriod: String?
    var rating: Tag
    var dataState: Tag
    var status: Tag
    var statusReason: String
    /// The full chart (contract page only).
    var chart: String
    /// The sparkline of recent returns, inline SVG (department review only; "" with fewer than two).
    var sparkline: String
    /// The ratings of the periods before the latest, newest first ("Requires improvement, Good"; department review only).
    var earlierRatings: String
    /// Every version of every return as HTML rows (contract page only), and how many there are.
    var versionRows: String
    /// The folder of every source in the history ("" when they share none), named once in its head.
    var sourceFolder: String
    var versionCount: Int
    /// Whether any version has a note (else the history has no Note column).
    var hasNotes: Bool
    var hasVersions: Bool
    var hasCorrections: Bool
    /// The findings on this KPI with their reasons (contract page only).
    var kpiFindings: FindingTable?
    /// The findings on this KPI counted and named (department review only).
    var findingSummary: FindingSummary?
    /// The contract page's findings table, where the fix and location of each KPI finding are.
    var findingsHref: String

    /// The block for `page`: the department review's summary (sparkline, latest ratings, a link to the
    /// contract page), or the contract page's chart and full history of versions.
    init(_ k: KPI, contract c: Contract, report: SiteReport, root: String, page: Page) {
        let r = report.redactor
        let a = report.assessment.kpi(contract: c.id, kpi: k.id)
        id = k.id
        anchor = "kpi-\(c.id)-\(k.id)"
        contractHref = Href.contract(c.id, root: root) + "#kpi-" + k.id
        reviewHref = report.reviewHref(c, root: root) + "#" + anchor
        findingsHref = (page == .contract ? "" : Href.contract(c.id, root: root)) + "#findings"
        title = r.text(k.title)
        description = r.text(k.description).map(\.singleLine)
        // An imported KPI may lack level and direction; a field read from its words says so.
        let inferred = { (f: KPIField) in k.isInferred(f) ? " (inferred from the words)" : "" }
        level = k.level.map { $0.rawValue.capitalized + " KPI" + inferred(.level) } ?? "level not set"
        isEffort = k.level?.isEffort ?? false
        measures = k.measures.map { ref in
            let isMilestone = report.workspace.milestone(ref) != nil
            return Link(href: Href.outcome(ref, root: root, isMilestone: isMilestone), text: ref.description)
        }
        unit = (k.unit?.rawValue ?? "not set") + inferred(.unit)
        switch k.direction {
        case .increase: direction = "Higher is better" + inferred(.direction)
        case .decrease: direction = "Lower is better" + inferred(.direction)
        case .maintain: direction = "Maintain" + inferred(.direction)
        case nil: direction = "Not set"
        }
        baseline = Words.dated(k.baseline, k.unit)
        target = Words.dated(k.target, k.unit) + inferred(.target)
        bands = Self.bands(a?.bands, unit: k.unit)
        frequency = k.frequency.map { $0.isNamed ? $0.rawValue.capitalized : "Every \($0.months) months" } ?? "Not set"
        dataSource = k.dataSource?.rawValue.capitalized ?? "Not set"
        mostMaterial = k.mostMaterial
        latestValue = Words.value(a?.latest?.value, k.unit)
        latestPeriod = a?.latest?.period.text
        rating = Tag.rating(a?.latestRating ?? .other)
        dataState = Tag.dataState(a?.dataState ?? .missing)
        status = Tag.status(a?.trajectory.status ?? .noData)
        // A trajectory on track beside a rating below target is not good news: no green beside it.
        if status.cls == "good", let r = a?.latestRating, r == .requiresImprovement || r == .inadequate { status.cls = "info" }
        statusReason = r.text(a?.trajectory.reason ?? "")
        chart = page == .contract ? ChartBridge.kpi(k, contract: c, report: report) : ""
        sparkline =
            page == .department
            ? Sparkline.svg(values: (a?.periods ?? []).map(\.value), unit: k.unit) : ""

        let periods = a?.periods ?? []
        earlierRatings =
            page != .department ? "" : periods.dropLast().suffix(Self.earlierShown).reversed().map(\.rating.label).joined(separator: ", ")
        var rated: [String: Rating] = [:]
        if page == .contract { for p in periods { rated[p.period.text] = p.rating } }
        let current = report.observations.current(contract: c.id, kpi: k.id)
        let older = report.observations.superseded(contract: c.id, kpi: k.id)
        // Newest first. `current` is oldest period first, so without corrections it is only reversed;
        // with them, small keys are sorted (the observations themselves are large to move).
        let keys =
            page != .contract ? []
            : older.isEmpty ? current.indices.reversed().map { (current[$0].period, current[$0].version, $0, true) }
            : (current.indices.map { (current[$0].period, current[$0].version, $0, true) }
                + older.indices.map { (older[$0].period, older[$0].version, $0, false) })
                .sorted { ($1.0, $1.1) < ($0.0, $0.1) }
        let versions = keys.map { key in (key.3 ? current[key.2] : older[key.2], key.3) }
            .map { o, isCurrent in
                VersionRow(
                    period: o.period.text, version: o.version, value: ValueText.value(o.value, k.unit),
                    periodRating: isCurrent ? rated[o.period.text].map(Tag.rating) : nil, note: r.text(o.note),
                    status: isCurrent ? (o.isCorrection ? "Current (corrected)" : "Current") : "Superseded",
                    source: "\(o.provenance.file):\(o.provenance.row)")
            }
        sourceFolder = Fragments.commonFolder(versions.map(\.source))
        hasNotes = versions.contains { !($0.note ?? "").isEmpty }
        // A Version column only beside corrections: without one, every return is its first and current version.
        versionRows = Fragments.versionRows(versions, folder: sourceFolder, versions: !older.isEmpty, notes: hasNotes)
        versionCount = current.count + older.count
        hasVersions = versionCount > 0
        hasCorrections = !older.isEmpty
        let onKPI = report.findings(contract: c.id).filter { $0.subject.kind == .kpi && $0.subject.item == k.id }
        kpiFindings = page == .contract ? FindingRow.table(onKPI, report, root: root, label: "Findings on \(k.id)") : nil
        findingSummary = page == .department ? FindingSummary(onKPI) : nil
    }

    /// `Good ≥ 95% · Approaching ≥ 90% · Requires improvement ≥ 80% · Inadequate below`, with a note when derived.
    static func bands(_ b: EffectiveBands?, unit: MissionKPI.Unit?) -> String {
        guard let b else { return "None (no bands and no target): every return is rated Other" }
        let op = b.direction == .decrease ? "≤" : "≥"
        let beyond = b.direction == .decrease ? "above" : "below"
        let v = { (x: Double) in ValueText.value(x, unit) }
        return
            "Good \(op) \(v(b.good)) · Approaching target \(op) \(v(b.approachingTarget)) · Requires improvement \(op) \(v(b.requiresImprovement)) · Inadequate \(beyond)"
            + (b.isDefault ? " (derived from the target: the contract sets no bands)" : "")
    }
}
