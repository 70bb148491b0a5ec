import Foundation

extension CommercialPipeline {
    /// The s.93 threshold: contracts over £2m (including VAT) appear in a pipeline notice.
    public static let s93Threshold: Decimal = 2_000_000

    /// Builds the pipeline as at `asOf` for `years` financial years, the first being the one containing
    /// `asOf` (financial-year start and lead time from the settings). Contracts that ended before `asOf`
    /// are left out. `department` limits it to one department.
    public static func build(
        _ ws: Workspace, report: AlignmentReport, asOf: Day, years: Int, department: String? = nil
    ) -> CommercialPipeline {
        let fy = ws.settings.financialYearStart
        let lead = ws.settings.pipeline.leadTimeMonths
        let first = fy.financialYearStart(containing: asOf)
        var byContract: [String: [Finding]] = [:]
        for f in report.findings { if let c = f.subject.contractID { byContract[c, default: []].append(f) } }
        let contracts = ws.contracts.filter { $0.end >= asOf && (department == nil || $0.department == department) }
        let entries = contracts.map { entry($0, report: report, findings: byContract[$0.id] ?? [], lead: lead) }
        var out: [PipelineYear] = []
        for i in 0..<max(0, years) {
            let (start, end) = bounds(fy, year: first.year + i)
            let inYear = entries.filter { start <= $0.end && $0.end <= end }.sorted { ($0.end, $0.contract) < ($1.end, $1.contract) }
            out.append(PipelineYear(label: MonthDay.label(startYear: start.year), start: start, end: end, entries: inYear))
        }
        let (start, end) = bounds(fy, year: first.year + 1)
        let s93 = entries.filter { $0.value > s93Threshold && start <= $0.procurementStart && $0.procurementStart <= end }
            .sorted { ($0.procurementStart, $0.contract) < ($1.procurementStart, $1.contract) }
        return CommercialPipeline(
            asOf: asOf, financialYearStart: fy, leadTimeMonths: lead, department: department, years: out,
            s93: S93View(label: MonthDay.label(startYear: start.year), start: start, end: end, threshold: s93Threshold, entries: s93))
    }

    /// The first and last day of the financial year starting in `year` (any year: `--as-of 9999-12-31`
    /// with three years reaches into year 10001, which is computed, never a trap).
    static func bounds(_ fy: MonthDay, year: Int) -> (Day, Day) { fy.financialYear(startingIn: year) }

    static func entry(_ c: Contract, report: AlignmentReport, findings: [Finding], lead: Int) -> PipelineEntry {
        PipelineEntry(
            contract: c.id, title: c.title, department: c.department, supplier: c.supplier.name, value: c.value.grossAmount,
            tier: c.tier, end: c.end, procurementStart: c.procurementStart ?? c.end.adding(months: -lead),
            procurementPlanned: c.procurementStart != nil, missions: Set(c.contributesTo.map(\.node.mission)).sorted(),
            score: report.scores.contract(c.id)?.score, findings: findings.sorted())
    }
}
