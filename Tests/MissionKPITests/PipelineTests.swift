import Foundation
import MissionKPITestSupport
import Testing

@testable import MissionKPI

/// `CommercialPipeline` on small in-code workspaces: financial-year bucketing at the edges (31 March,
/// 1 April), a non-UK year start, the s.93 selection (over £2m including VAT, procurement starting in
/// the coming financial year, planned or from the lead time), and what each entry carries.
@Suite struct PipelineTests {
    static func ids(_ y: PipelineYear) -> [String] { y.entries.map(\.contract) }

    @Test func financialYearsBucketAtTheirEdges() throws {
        let p = try PipelineFixture.pipeline([
            PipelineFixture.contract("end-31-mar-27", end: "2027-03-31"),
            PipelineFixture.contract("end-1-apr-27", end: "2027-04-01"),
            PipelineFixture.contract("end-31-mar-29", end: "2029-03-31"),
            PipelineFixture.contract("end-1-apr-29", end: "2029-04-01"),
            PipelineFixture.contract("ended", end: "2026-11-23"),
            PipelineFixture.contract("ends-today", end: "2026-11-24"),
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
        let contracts = [PipelineFixture.contract("c", end: "2026-06-30")]
        let march = try PipelineFixture.pipeline(contracts, asOf: "2026-03-31", years: 1)
        #expect(march.years.map(\.label) == ["FY2025-26"])
        #expect(march.years[0].entries.isEmpty)
        let april = try PipelineFixture.pipeline(contracts, asOf: "2026-04-01", years: 1)
        #expect(april.years.map(\.label) == ["FY2026-27"])
        #expect(Self.ids(april.years[0]) == ["c"])
    }

    @Test func theFinancialYearStartComesFromTheSettings() throws {
        let p = try PipelineFixture.pipeline([PipelineFixture.contract("dec", end: "2026-12-31"), PipelineFixture.contract("jan", end: "2027-01-01")],
            asOf: "2026-11-24", years: 2, settings: "financial_year_start: 01-01\n")
        #expect(p.years.map(\.start.description) == ["2026-01-01", "2027-01-01"])
        #expect(Self.ids(p.years[0]) == ["dec"])
        #expect(Self.ids(p.years[1]) == ["jan"])
    }

    @Test func s93ListsContractsOver2mWhoseProcurementStartsInTheComingYear() throws {
        let p = try PipelineFixture.pipeline([
            PipelineFixture.contract("planned-first-day", end: "2030-03-31", procurement: "2027-04-01"),
            PipelineFixture.contract("planned-last-day", end: "2030-03-31", procurement: "2028-03-31"),
            PipelineFixture.contract("planned-too-early", end: "2030-03-31", procurement: "2027-03-31"),
            PipelineFixture.contract("planned-too-late", end: "2030-03-31", procurement: "2028-04-01"),
            PipelineFixture.contract("exactly-2m", end: "2030-03-31", amount: "2000000", procurement: "2027-06-01"),
            PipelineFixture.contract("net-1.8m", end: "2030-03-31", amount: "1800000", vat: false, procurement: "2027-06-01"),  // £2.16m gross
            PipelineFixture.contract("lead-time", end: "2029-03-31"),  // 18 months before: 2027-09-30
            PipelineFixture.contract("lead-time-early", end: "2028-09-30"),  // 2027-03-30
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
        let p = try PipelineFixture.pipeline([PipelineFixture.contract("c", end: "2027-06-30")], asOf: "2026-11-24")
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
}
