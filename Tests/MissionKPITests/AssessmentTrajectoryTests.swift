import MissionKPI
import MissionKPITestSupport
import Testing

@Suite("Assessment: trajectories and projections")
struct AssessmentTrajectoryTests {
    static func d(_ s: String) -> Day { Day(parsing: s)! }

    @Test("Expected values: linear between points, flat before the first and after the last")
    func interpolation() {
        let path = ExpectedPath(points: [
            PathPoint(date: Self.d("2024-01-01"), value: 50), PathPoint(date: Self.d("2025-01-01"), value: 60),
            PathPoint(date: Self.d("2027-01-01"), value: 80),
        ])
        #expect(path.value(at: Self.d("2023-06-01")) == 50)
        #expect(path.value(at: Self.d("2024-01-01")) == 50)
        #expect(path.value(at: Self.d("2025-01-01")) == 60)
        // 2024-07-01 is 182 of 366 days into 2024.
        #expect(abs(path.value(at: Self.d("2024-07-01"))! - (50 + 10 * 182.0 / 366.0)) < 1e-12)
        #expect(path.value(at: Self.d("2026-01-01")) == 70)  // 365 of 730 days
        #expect(path.value(at: Self.d("2030-01-01")) == 80)
        #expect(ExpectedPath(points: []).value(at: Self.d("2025-01-01")) == nil)
    }

    @Test("Least squares: exact slope, intercept and projection")
    func leastSquares() throws {
        let pts = [
            PathPoint(date: Self.d("2024-01-01"), value: 50), PathPoint(date: Self.d("2024-07-01"), value: 52),
            PathPoint(date: Self.d("2025-01-01"), value: 53),
        ]
        let fit = try #require(LinearFit(pts))
        // x = 0, 182, 366 days; x̄ = 548/3, ȳ = 155/3; Sxy/Sxx = 0.008191663017080065.
        #expect(abs(fit.slope - 0.008191663017080065) < 1e-15)
        #expect(abs(fit.intercept - 50.17032288888004) < 1e-12)
        #expect(abs(fit.value(at: Self.d("2027-01-01")) - 59.14838555559979) < 1e-10)
        #expect(LinearFit([pts[0]]) == nil)
        #expect(LinearFit([pts[0], pts[0]]) == nil)
        // A perfect line is recovered exactly.
        let line = try #require(LinearFit([PathPoint(date: Self.d("2025-01-01"), value: 10), PathPoint(date: Self.d("2025-01-11"), value: 30)]))
        #expect(line.slope == 2 && line.intercept == 10)
    }

    @Test("The milestone off track, with the reason in words")
    func milestoneOffTrack() throws {
        let a = AssessmentFixture.assessment()
        let m = try #require(a.milestone(OutcomeRef(mission: "m1", id: "ms-up")))
        let t = m.trajectory
        #expect(t.status == .offTrack)
        #expect(t.expected == 60 && t.latestValue == 53 && t.gap == -7)
        #expect(t.latestDate == Self.d("2025-01-01"))
        #expect(abs(t.projectedAtTarget! - 59.14838555559979) < 1e-10)
        #expect(t.reason == "53% at 2025-01-01 against 60% expected; projected 59.1% at 2027-01-01 against a target of 80%: behind the path by 7 points, more than the 15% tolerance (4.5 points).")
        #expect(m.expectedAt(Self.d("2026-01-01")) == 70)
    }

    @Test("Lower is better: a small shortfall within tolerance is at risk")
    func milestoneDecreaseAtRisk() throws {
        let t = try #require(AssessmentFixture.assessment().milestone(OutcomeRef(mission: "m1", id: "ms-down"))).trajectory
        #expect(t.status == .atRisk)
        #expect(abs(t.expected! - (100 - 40 * 366.0 / 731.0)) < 1e-12)
        #expect(abs(t.gap! - (t.expected! - 80)) < 1e-12)  // signed so that positive is ahead
        #expect(abs(t.projectedAtTarget! - (90 - 10 * 549.0 / 184.0)) < 1e-10)
        #expect(t.reason.hasSuffix("behind the path by 0.03 days, within the 15% tolerance (6 days)."))
    }

    func judge(_ direction: Direction = .increase, periods: Int = 6) -> TrajectoryJudge {
        TrajectoryJudge(
            path: ExpectedPath(points: [PathPoint(date: Self.d("2025-01-01"), value: 0), PathPoint(date: Self.d("2025-01-11"), value: 10)]),
            baseline: 0, target: 10, targetDate: Self.d("2025-01-11"), direction: direction, unit: .count,
            projectionPeriods: periods, tolerance: 0.15)
    }

    @Test("On track, at risk (projection), at risk (tolerance), off track, no data")
    func statuses() {
        let asOf = Self.d("2025-01-06")
        func pts(_ v: [Double]) -> [PathPoint] { v.enumerated().map { PathPoint(date: Self.d("2025-01-0\($0.offset + 1)"), value: $0.element) } }
        // Exactly on the path (0,1,2,3,4 on days 1–5) and heading to 10: on track.
        #expect(judge().judge(pts([0, 1, 2, 3, 4]), asOf: asOf).status == .onTrack)
        // Ahead at the last point but flat: the projection misses the target.
        let flat = judge().judge(pts([5, 5, 5, 5, 5]), asOf: asOf)
        #expect(flat.status == .atRisk)
        #expect(flat.reason.contains("recent trend falls short"))
        // 1.5 behind with a tolerance of 1.5: at risk; 1.6 behind: off track.
        #expect(judge().judge(pts([0, 1, 2, 3, 2.5]), asOf: asOf).status == .atRisk)
        #expect(judge().judge(pts([0, 1, 2, 3, 2.4]), asOf: asOf).status == .offTrack)
        // One point: judged on the gap alone.
        let one = judge().judge(pts([0]), asOf: asOf)
        #expect(one.status == .onTrack && one.projectedAtTarget == nil)
        // Nothing reported.
        let none = judge().judge([], asOf: asOf)
        #expect(none.status == .noData && none.expected == 5 && none.latestValue == nil)
        #expect(none.reason == "No actual value on or before 2025-01-06; 5 expected at 2025-01-06.")
    }

    @Test("Only the last N observations feed the projection")
    func projectionWindow() {
        let pts = [
            PathPoint(date: Self.d("2025-01-01"), value: 100), PathPoint(date: Self.d("2025-01-02"), value: 1),
            PathPoint(date: Self.d("2025-01-03"), value: 2),
        ]
        // The last two points are a line of slope 1: 1 + 9 = 10 at 2025-01-11.
        #expect(judge(periods: 2).projection(pts) == 10)
        #expect(judge(periods: 3).projection(pts) != 10)
    }

    @Test("A KPI whose target date has passed is judged on its latest value against the target")
    func targetPassed() throws {
        let t = try #require(AssessmentFixture.assessment().kpi(contract: "c1", kpi: "k-inc")).trajectory
        #expect(t.expected == 90 && t.latestValue == 91 && t.gap == 1)
        #expect(t.projectedAtTarget == nil)
        #expect(t.status == .onTrack)
    }
}
