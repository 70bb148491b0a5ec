import Foundation
import Testing

@testable import MissionKPI

/// `CommercialPipeline` on small in-code workspaces: financial-year bucketing at the edges (31 March,
/// 1 April), a non-UK year start, the s.93 selection (over £2m including VAT, procurement starting in
/// the coming financial year, planned or from the lead time), and what each entry carries.
@Suite struct PipelineTests {
    static let department = """
        id: d1
        name: Department One
        people:
          - {id: p-spec, name: Sam Expert, role: Senior contract manager, grade: G7, commercial_specialist: true}
        """

    /// A contract file ending on `end`, worth `amount` (including VAT unless `vat` is false).
    static func contract(
        _ id: String, end: String, amount: String = "3000000", vat: Bool = true, procurement: String? = nil, kpi: Bool = false,
        title: String? = nil
    ) -> (String, String) {
        var text = "id: \(id)\ntitle: \"\(title ?? "Contract " + id)\"\ndepartment: d1\nsupplier: {name: Supplier Ltd}\n"
        text += "value: {amount: \(amount), currency: GBP, includes_vat: \(vat)}\nperiod: {start: 2024-04-01, end: \(end)}\n"
        text += "tier: silver\nmanager: p-spec\nsenior_responsible_owner: p-spec\n"
        if let procurement { text += "procurement_start: \(procurement)\n" }
        text += "contributes_to:\n  - node: demo/capacity\n"
        if kpi { text += "kpis:\n  - {id: tests, title: Tests delivered, level: output, measures: demo/capacity, direction: increase}\n" }
        return ("Contracts/d1/\(id).yaml", text)
    }

    static func pipeline(_ contracts: [(String, String)], asOf: String, years: Int = 3, settings: String = "financial_year_start: 04-01\n") throws -> CommercialPipeline {
        var files = ["missionkpi.yaml": settings, "Missions/demo.yaml": ExampleWorkspace.mission, "Contracts/d1/department.yaml": department]
        for (path, text) in contracts + [contract("zz-kpi", end: "2040-03-31", amount: "1", kpi: true)] { files[path] = text }
        let loaded = WorkspaceLoader.load(files: files, ruleCatalog: RuleRegistry.catalog)
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.map(\.description))")
        let ws = loaded.workspace
        let day = try #require(Day(parsing: asOf))
        let report = AlignmentEngine.run(ws, assessment: Assessor.assess(ws, observations: .empty, asOf: day), asOf: day)
        return CommercialPipeline.build(ws, report: report, asOf: day, years: years)
    }

    static func ids(_ y: PipelineYear) -> [String] { y.entries.map(\.contract) }

    @Test func financialYearsBucketAtTheirEdges() throws {
        let p = try Self.pipeline([
            Self.contract("end-31-mar-27", end: "2027-03-31"),
            Self.contract("end-1-apr-27", end: "2027-04-01"),
            Self.contract("end-31-mar-29", end: "2029-03-31"),
            Self.contract("end-1-apr-29", end: "2029-04-01"),
            Self.contract("ended", end: "2026-11-23"),
            Self.contract("ends-today", end: "2026-11-24"),
        ], asOf: "2026-11-24")
        #expect(p.years.map(\.label) == ["FY2026-27", "FY2027-28", "FY2028-29"])
        #expect(p.years.map(\.start.description) == ["2026-04-01", "2027-04-01", "2028-04-01"])
        #expect(p.years.map(\.end.description) == ["2027-03-31", "2028-03-31", "2029-03-31"])
        #expect(Self.ids(p.years[0]) == ["ends-today", "end-31-mar-27"])  // the ended contract is left out
        #expect(Self.ids(p.years[1]) == ["end-1-apr-27"])
        #expect(Self.ids(p.years[2]) == ["end-31-mar-29"])  // 1 April 2029 is beyond the third year
        #expect(p.years[0].value == 6_000_000)
    }

    @Test func theFirstYearIsTheOneContainingTheAsOfDate() throws {
        let contracts = [Self.contract("c", end: "2026-06-30")]
        let march = try Self.pipeline(contracts, asOf: "2026-03-31", years: 1)
        #expect(march.years.map(\.label) == ["FY2025-26"])
        #expect(march.years[0].entries.isEmpty)
        let april = try Self.pipeline(contracts, asOf: "2026-04-01", years: 1)
        #expect(april.years.map(\.label) == ["FY2026-27"])
        #expect(Self.ids(april.years[0]) == ["c"])
    }

    @Test func theFinancialYearStartComesFromTheSettings() throws {
        let p = try Self.pipeline([Self.contract("dec", end: "2026-12-31"), Self.contract("jan", end: "2027-01-01")],
            asOf: "2026-11-24", years: 2, settings: "financial_year_start: 01-01\n")
        #expect(p.years.map(\.start.description) == ["2026-01-01", "2027-01-01"])
        #expect(Self.ids(p.years[0]) == ["dec"])
        #expect(Self.ids(p.years[1]) == ["jan"])
    }

    @Test func s93ListsContractsOver2mWhoseProcurementStartsInTheComingYear() throws {
        let p = try Self.pipeline([
            Self.contract("planned-first-day", end: "2030-03-31", procurement: "2027-04-01"),
            Self.contract("planned-last-day", end: "2030-03-31", procurement: "2028-03-31"),
            Self.contract("planned-too-early", end: "2030-03-31", procurement: "2027-03-31"),
            Self.contract("planned-too-late", end: "2030-03-31", procurement: "2028-04-01"),
            Self.contract("exactly-2m", end: "2030-03-31", amount: "2000000", procurement: "2027-06-01"),
            Self.contract("net-1.8m", end: "2030-03-31", amount: "1800000", vat: false, procurement: "2027-06-01"),  // £2.16m gross
            Self.contract("lead-time", end: "2029-03-31"),  // 18 months before: 2027-09-30
            Self.contract("lead-time-early", end: "2028-09-30"),  // 2027-03-30
        ], asOf: "2026-11-24")
        #expect(p.s93.label == "FY2027-28")
        #expect(p.s93.start.description == "2027-04-01")
        #expect(p.s93.entries.map(\.contract) == ["planned-first-day", "net-1.8m", "lead-time", "planned-last-day"])
        let lead = try #require(p.s93.entries.first { $0.contract == "lead-time" })
        #expect(lead.procurementStart.description == "2027-09-30")
        #expect(!lead.procurementPlanned)
        #expect(p.s93.entries.first { $0.contract == "net-1.8m" }?.value == 2_160_000)
    }

    @Test func entriesCarryMissionsScoresAndFindings() throws {
        let p = try Self.pipeline([Self.contract("c", end: "2027-06-30")], asOf: "2026-11-24")
        let e = try #require(p.years[1].entries.first)
        #expect(e.missions == ["demo"])
        #expect(e.score != nil)
        // Its manager is also its owner, but it is silver; it has no KPIs though it is over £2m: the
        // report's findings on it are carried, and the score is what the report says: only the findings
        // on the choice of KPIs cost points (ownership findings are judged by the verdict's management).
        let costing = e.findings.filter { VerdictAspect.of(rule: $0.ruleID, family: RuleRegistry.rule($0.ruleID)!.description.family) == .alignment }
        #expect(e.score == 100 - costing.reduce(0) { $0 + AlignmentScores.points($1.severity) })
        #expect(costing.count < e.findings.count)
        #expect(e.procurementDue(on: Day(parsing: "2026-11-24")!))
    }

    @Test func everyFormatRendersAndCSVHasOneRowPerEntryAndSection() throws {
        let p = try Self.pipeline([Self.contract("c", end: "2029-03-31", title: "=cmd|x")], asOf: "2026-11-24")
        let csv = PipelineFormat.csv.render(p)
        let lines = csv.split(separator: "\r\n")
        #expect(lines.count == 3)  // header, ending FY2028-29, s93 FY2027-28
        #expect(lines[1].hasPrefix("ending,FY2028-29,d1,c,'=cmd|x,Supplier Ltd,3000000,silver,2029-03-31,2027-09-30,false,false,demo,"))
        #expect(lines[2].hasPrefix("s93,FY2027-28,d1,c,'=cmd|x,"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(PipelineFormat.json.render(p).utf8)) as? [String: Any])
        #expect((json["years"] as? [Any])?.count == 3)
        #expect(PipelineFormat.text.render(p).contains("S.93 PIPELINE NOTICE VIEW — FY2027-28"))
        #expect(PipelineFormat.markdown.render(p).contains("| `c` =cmd\\|x | `d1` | 2029-03-31 | ~2027-09-30 |"))
    }
}
