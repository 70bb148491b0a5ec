import MissionKPI
import MissionKPITestSupport
import Testing

@Suite("Assessment: roll-ups, coverage and watermelons")
struct AssessmentRollupTests {
    let a = AssessmentFixture.assessment()
    static func ref(_ id: String) -> OutcomeRef { OutcomeRef(mission: "m1", id: id) }

    @Test("A node's evidence: KPIs measuring it (direct) and nodes upstream of it")
    func nodeEvidence() throws {
        let out = try #require(a.node(Self.ref("out")))
        #expect(out.evidence.map { "\($0.contract)/\($0.kpi)" } == ["c1/k-dec", "c1/k-def", "c1/k-inc"])
        #expect(out.evidence.map(\.direct) == [true, true, false])
        #expect(out.covered && out.rating == .good)
        #expect(out.summary == "3 KPIs from 1 contract (2 direct, 1 upstream): 3 good.")
        let idle = try #require(a.node(Self.ref("idle")))
        #expect(idle.evidence.isEmpty && !idle.covered && idle.rating == .other)
        let lonely = try #require(a.node(Self.ref("lonely")))
        #expect(lonely.summary == "2 KPIs from 1 contract (2 direct, 0 upstream): 2 good; 1 stale.")
        #expect(lonely.covered)
    }

    @Test("A milestone's evidence includes everything upstream; the worst rating is reported")
    func milestoneEvidence() throws {
        let m = try #require(a.milestone(Self.ref("ms-up")))
        #expect(m.evidence.map { "\($0.contract)/\($0.kpi)" } == ["c1/k-dec", "c1/k-def", "c1/k-inc", "c2/k2"])
        #expect(m.evidence.first { $0.contract == "c2" }?.direct == true)
        #expect(m.evidence.first { $0.contract == "c2" }?.rating == .inadequate)
    }

    @Test("Watermelon: c1's KPIs are all good while ms-up is off track; c2 is not one")
    func watermelon() throws {
        #expect(a.watermelons.count == 1)
        let w = try #require(a.watermelons.first)
        #expect(w.contract == "c1" && w.milestone == Self.ref("ms-up"))
        #expect(w.kpis.map(\.kpi) == ["k-dec", "k-def", "k-inc"])
        #expect(w.kpis.allSatisfy { $0.rating == .good })
        #expect(w.milestoneTrajectory.status == .offTrack)
        #expect(w.reason.contains("k-inc good (91% in 2025-05)"))
        #expect(w.reason.contains("yet the milestone is off track: 53% at 2025-01-01"))
    }

    @Test("No watermelon when the milestone is not off track")
    func noWatermelonEarly() {
        // At 2024-07-01, ms-up stands at 52 against 54.97 expected: behind by 2.97, within the 4.5 tolerance.
        let early = AssessmentFixture.assessment(asOf: Day(parsing: "2024-07-31")!)
        #expect(early.milestone(Self.ref("ms-up"))?.trajectory.status == .atRisk)
        #expect(early.watermelons.isEmpty)
    }

    @Test("The mission summary: coverage, contracts, rating counts")
    func missionSummary() throws {
        let s = try #require(a.mission("m1"))
        #expect(s.coverage == Coverage(covered: 5, total: 6))
        #expect(s.contracts == ["c1", "c2", "c3"])
        #expect(s.ratingCounts == [.good: 5, .inadequate: 1])
        #expect(s.milestones.map(\.ref.id) == ["ms-down", "ms-up"])
        #expect(s.nodes.map(\.ref.id) == ["act", "idle", "lonely", "out"])
        #expect(s.watermelons.count == 1)
    }
}
