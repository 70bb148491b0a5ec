import Foundation
import MissionKPI
import MissionKPITestSupport
import Testing

@Suite("Assessment: ratings and bands")
struct AssessmentRatingTests {
    let up = EffectiveBands(good: 90, approachingTarget: 85, requiresImprovement: 75, direction: .increase, isDefault: false)
    let down = EffectiveBands(good: 2, approachingTarget: 4, requiresImprovement: 6, direction: .decrease, isDefault: false)

    @Test("Higher is better: a value on an edge belongs to the better band")
    func increaseEdges() {
        #expect(up.rate(90) == .good)
        #expect(up.rate(89.999) == .approachingTarget)
        #expect(up.rate(85) == .approachingTarget)
        #expect(up.rate(84.999) == .requiresImprovement)
        #expect(up.rate(75) == .requiresImprovement)
        #expect(up.rate(74.999) == .inadequate)
        #expect(up.rate(120) == .good)
        #expect(up.rate(.nan) == .other)
    }

    @Test("Lower is better: the edges are upper edges")
    func decreaseEdges() {
        #expect(down.rate(2) == .good)
        #expect(down.rate(2.001) == .approachingTarget)
        #expect(down.rate(4) == .approachingTarget)
        #expect(down.rate(4.001) == .requiresImprovement)
        #expect(down.rate(6) == .requiresImprovement)
        #expect(down.rate(6.001) == .inadequate)
        #expect(down.rate(0) == .good)
    }

    @Test("Maintain is judged like increase")
    func maintain() {
        let keep = EffectiveBands(good: 95, approachingTarget: 90, requiresImprovement: 80, direction: .maintain, isDefault: false)
        #expect(keep.rate(95) == .good)
        #expect(keep.rate(94) == .approachingTarget)
    }

    @Test("Default bands: target, then 5% and 15% of the target short of it")
    func defaultBands() throws {
        let ws = AssessmentFixture.workspace()
        let kpi = try #require(ws.contract("c1")?.kpi("k-def"))
        let b = try #require(KPIRating.bands(for: kpi))
        #expect(b.isDefault)
        #expect(b.good == 200 && b.approachingTarget == 190 && b.requiresImprovement == 170)
        #expect(b.rate(190) == .approachingTarget)
        #expect(b.rate(169.9) == .inadequate)
        // Declared bands are used as written.
        let dec = try #require(ws.contract("c1")?.kpi("k-dec"))
        let declared = try #require(KPIRating.bands(for: dec))
        #expect(!declared.isDefault && declared.good == 2)
        // No target and no bands: nothing to rate against.
        let none = try #require(ws.contract("c1")?.kpi("k-none"))
        #expect(KPIRating.bands(for: none) == nil)
    }

    @Test("Default bands for a decrease sit above the target; a zero target uses the baseline as scale")
    func defaultBandsDecrease() throws {
        let yaml = AssessmentFixture.c1.replacingOccurrences(
            of: "target: {value: 2}, bands: {good: 2, approaching_target: 4, requires_improvement: 6}",
            with: "baseline: {value: 20}, target: {value: 0}")
        let result = WorkspaceLoader.load(files: [
            "Missions/m1.yaml": AssessmentFixture.mission, "Contracts/d1/department.yaml": AssessmentFixture.department,
            "Contracts/d1/c1.yaml": yaml,
        ])
        let kpi = try #require(result.workspace.contract("c1")?.kpi("k-dec"))
        let b = try #require(KPIRating.bands(for: kpi))
        #expect(b.good == 0 && b.approachingTarget == 1 && b.requiresImprovement == 3)
        #expect(b.rate(1) == .approachingTarget)
        #expect(b.rate(3.5) == .inadequate)
    }

    @Test("KPI ratings in the fixture: edges of default bands, no-target KPIs rate other")
    func fixtureRatings() throws {
        let a = AssessmentFixture.assessment()
        let def = try #require(a.kpi(contract: "c1", kpi: "k-def"))
        #expect(def.periods.map(\.rating) == [.inadequate, .approachingTarget, .requiresImprovement, .good, .good])
        #expect(def.bands?.isDefault == true)
        let none = try #require(a.kpi(contract: "c1", kpi: "k-none"))
        #expect(none.periods.allSatisfy { $0.rating == .other })
        #expect(none.trajectory.status == .noData)
        #expect(try #require(a.kpi(contract: "c1", kpi: "k-dec")).latestRating == .good)
        #expect(try #require(a.kpi(contract: "c2", kpi: "k2")).latestRating == .inadequate)
    }
}
