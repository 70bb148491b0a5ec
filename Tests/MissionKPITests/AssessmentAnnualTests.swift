import MissionKPI
import MissionKPITestSupport
import Testing

@Suite("Assessment: annual (s.71) assessments")
struct AssessmentAnnualTests {
    let a = AssessmentFixture.assessment()
    static func d(_ s: String) -> Day { Day(parsing: s)! }

    @Test("Twelve-month periods from the start, due 30 days after each ends")
    func periods() throws {
        let years = a.annual(contract: "c1")
        #expect(years.map(\.year) == [1, 2])
        #expect(years[0].start == Self.d("2024-04-01") && years[0].end == Self.d("2025-03-31"))
        #expect(years[0].due == Self.d("2025-04-30"))
        #expect(years[1].start == Self.d("2025-04-01") && years[1].end == Self.d("2026-03-31"))
        #expect(years.allSatisfy { $0.supplier == "Supplier One Ltd" })
        #expect(a.annual(contract: "c4").isEmpty)  // not started
        // The last period stops at the contract's end.
        let late = AssessmentFixture.assessment(asOf: Self.d("2027-06-30")).annual(contract: "c1")
        #expect(late.map(\.year) == [1, 2, 3])
        #expect(late[2].end == Self.d("2027-03-31"))
    }

    @Test("Year 1 of c1: the mean of each most-material KPI's returns, and the middle rating overall")
    func ratings() throws {
        let y1 = try #require(a.annual(contract: "c1").first)
        #expect(y1.kpiRatings.map(\.kpi) == ["k-inc", "k-dec", "k-def"])
        #expect(y1.kpiRatings.map(\.rating) == [.requiresImprovement, .approachingTarget, .requiresImprovement])
        #expect(y1.kpiRatings.map(\.periodsRated) == [11, 12, 4])
        #expect(abs(y1.kpiRatings[0].mean! - 897.0 / 11.0) < 1e-12)
        #expect(abs(y1.kpiRatings[1].mean! - 41.0 / 12.0) < 1e-12)
        #expect(y1.kpiRatings[2].mean == 177.5)
        #expect(y1.overall == .requiresImprovement)
        #expect(y1.isComplete && !y1.isOverdue)
        #expect(y1.rationale.hasPrefix("Requires improvement: the middle rating of 3 rated most-material KPIs — k-inc requires improvement (mean 81.5% over 11 returns)"))
        let y2 = a.annual(contract: "c1")[1]
        #expect(!y2.isComplete && !y2.isOverdue)
        #expect(y2.rationale.hasSuffix("The period has not ended; ratings so far."))
    }

    @Test("Overdue: due before the as-of date with no rated most-material KPI")
    func overdue() throws {
        let y1 = try #require(a.annual(contract: "c2").first)
        #expect(y1.start == Self.d("2024-01-01") && y1.due == Self.d("2025-01-30"))
        #expect(y1.isOverdue && !y1.isComplete && y1.overall == .other)
        // Not overdue on its due date.
        let onDue = AssessmentFixture.assessment(asOf: Self.d("2025-01-30")).annual(contract: "c2").first
        #expect(onDue?.isOverdue == false)
        #expect(AssessmentFixture.assessment(asOf: Self.d("2025-01-31")).annual(contract: "c2").first?.isOverdue == true)
    }

    @Test("Overall rating: the middle rating, capped by an inadequate one, ignoring other")
    func overallMethod() {
        #expect(AnnualAssessor.overall([.good, .good, .approachingTarget]) == .good)
        #expect(AnnualAssessor.overall([.good, .good, .inadequate]) == .requiresImprovement)
        #expect(AnnualAssessor.overall([.good, .inadequate]) == .inadequate)
        #expect(AnnualAssessor.overall([.good, .approachingTarget, .other]) == .approachingTarget)
        #expect(AnnualAssessor.overall([.other, .other]) == .other)
        #expect(AnnualAssessor.overall([]) == .other)
    }

    @Test("Most material: the marked ones, else the first three")
    func mostMaterial() throws {
        let ws = AssessmentFixture.workspace()
        let c1 = try #require(ws.contract("c1"))
        let c3 = try #require(ws.contract("c3"))
        #expect(AnnualAssessor.mostMaterial(c1).map(\.id) == ["k-inc", "k-dec", "k-def"])
        #expect(AnnualAssessor.mostMaterial(c3).map(\.id) == ["k-stale", "k-fresh"])
    }
}
