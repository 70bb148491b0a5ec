import MissionKPI
import MissionKPITestSupport
import Testing

@Suite("Assessment: returns, corrections, gaps, stale and missing data")
struct AssessmentDataTests {
    let a = AssessmentFixture.assessment()

    @Test("A correction replaces the value it corrects, and is counted")
    func correctionLatestWins() throws {
        let k = try #require(a.kpi(contract: "c1", kpi: "k-inc"))
        let may = try #require(k.periods.first { $0.period.text == "2025-05" })
        #expect(may.value == 91)
        #expect(may.rating == .good)
        #expect(may.corrections == 1)
        #expect(may.observation.version == 2)
        #expect(k.latest?.period.text == "2025-05")
        #expect(k.periods.filter { $0.period.text == "2025-05" }.count == 1)
    }

    @Test("A missing month is a gap, not a zero")
    func gaps() throws {
        let k = try #require(a.kpi(contract: "c1", kpi: "k-inc"))
        #expect(k.periods.count == 13)
        #expect(k.rating(in: Period(parsing: "2024-09")!) == nil)
        #expect(k.rating(in: Period(parsing: "2024-08")!) == .requiresImprovement)
        #expect(!k.periods.contains { $0.value == 0 })
        #expect(k.dataState == .current)  // 2025-06 is still in its period of grace
    }

    @Test("Only periods ending on or before the as-of date count")
    func asOfFilters() throws {
        let k = try #require(a.kpi(contract: "c1", kpi: "k-inc"))
        #expect(!k.periods.contains { $0.period.text == "2025-07" })
        let earlier = AssessmentFixture.assessment(asOf: Day(parsing: "2025-05-15")!)
        let e = try #require(earlier.kpi(contract: "c1", kpi: "k-inc"))
        #expect(e.latest?.period.text == "2025-04")
        #expect(e.latest?.value == 90)
    }

    @Test("Stale after two missed periods beyond one of grace; missing when nothing was ever returned")
    func staleAndMissing() throws {
        #expect(try #require(a.kpi(contract: "c3", kpi: "k-stale")).dataState == .stale(lastPeriodEnd: Day(parsing: "2025-02-28")!))
        #expect(try #require(a.kpi(contract: "c3", kpi: "k-fresh")).dataState == .current)
        let future = try #require(a.kpi(contract: "c4", kpi: "k4"))
        #expect(future.dataState == .missing)
        #expect(future.latestRating == .other)
        #expect(!future.returnsDue)
        #expect(try #require(a.kpi(contract: "c1", kpi: "k-inc")).returnsDue)
    }

    @Test("The stale edge, day by day")
    func staleEdge() throws {
        let c = try #require(AssessmentFixture.workspace().contract("c3"))
        let end = Day(parsing: "2025-02-28")!
        #expect(KPIRating.dataState(newestEnd: end, months: 1, contract: c, asOf: Day(parsing: "2025-05-31")!) == .current)
        #expect(KPIRating.dataState(newestEnd: end, months: 1, contract: c, asOf: Day(parsing: "2025-06-01")!) == .stale(lastPeriodEnd: end))
        let q = Day(parsing: "2024-12-31")!
        #expect(KPIRating.dataState(newestEnd: q, months: 3, contract: c, asOf: Day(parsing: "2025-09-30")!) == .current)
        #expect(KPIRating.dataState(newestEnd: q, months: 3, contract: c, asOf: Day(parsing: "2025-10-01")!) == .stale(lastPeriodEnd: q))
        #expect(KPIRating.dataState(newestEnd: nil, months: 1, contract: c, asOf: Day(parsing: "2025-10-01")!) == .missing)
        // After the contract ends (2026-12-31) the clock stops: final returns never go stale.
        let last = Day(parsing: "2026-12-31")!
        #expect(KPIRating.dataState(newestEnd: last, months: 1, contract: c, asOf: Day(parsing: "2030-01-01")!) == .current)
    }

    @Test("A workspace without contracts or returns is assessed without a fault")
    func emptyWorkspace() throws {
        let ws = WorkspaceLoader.load(files: ["Missions/m1.yaml": AssessmentFixture.mission]).workspace
        let empty = Assessor.assess(ws, observations: .empty, asOf: AssessmentFixture.asOf)
        #expect(empty.kpis.isEmpty && empty.annual.isEmpty && empty.watermelons.isEmpty)
        #expect(empty.kpis(contract: "c1").isEmpty && empty.annual(contract: "c1").isEmpty)
        #expect(empty.mission("m1")?.coverage == Coverage(covered: 0, total: 6))
        #expect(empty.milestone(OutcomeRef(mission: "m1", id: "ms-up"))?.trajectory.status == .offTrack)
    }

    @Test("The last rated period of a contract")
    func lastRated() {
        #expect(a.lastRatedPeriodEnd(contract: "c1") == Day(parsing: "2025-06-30"))
        #expect(a.lastRatedPeriodEnd(contract: "c4") == nil)
    }
}
