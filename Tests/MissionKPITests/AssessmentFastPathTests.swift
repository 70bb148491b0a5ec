import Testing

@testable import MissionKPI

/// The shortcuts the assessment takes at national scale give the same answers as the plain way.
@Suite("Assessment: fast paths agree with the plain computation")
struct AssessmentFastPathTests {
    static func d(_ s: String) -> Day { Day(parsing: s)! }

    static func kpi(_ contract: String, _ id: String, rating: Rating = .other) -> KPIAssessment {
        KPIAssessment(
            contract: contract, kpi: id, measures: nil, mostMaterial: false, bands: nil, periods: [], latest: nil,
            dataState: .missing, returnsDue: false,
            trajectory: Trajectory(
                expected: nil, latestValue: nil, latestDate: nil, gap: nil, projectedAtTarget: nil, target: nil,
                targetDate: nil, status: .noData, reason: id))
    }

    static func item(_ contract: String, _ kpi: String, _ rating: Rating, _ state: DataState, direct: Bool) -> EvidenceItem {
        EvidenceItem(
            contract: contract, kpi: kpi, measures: OutcomeRef(mission: "m", id: direct ? "n" : "up"), rating: rating,
            dataState: state, direct: direct)
    }

    @Test("Paths: points in date order, a later duplicate date wins, from any input order")
    func pathOrder() {
        let points = [
            PathPoint(date: Self.d("2026-01-01"), value: 3), PathPoint(date: Self.d("2024-01-01"), value: 1),
            PathPoint(date: Self.d("2026-01-01"), value: 4), PathPoint(date: Self.d("2025-01-01"), value: 2),
        ]
        let path = ExpectedPath(points: points)
        #expect(path.points.map(\.value) == [1, 2, 4])
        #expect(ExpectedPath(points: [points[1], points[0], points[2]]).points.map(\.value) == [1, 4])
        #expect(ExpectedPath(points: [points[2], points[0]]).points.map(\.value) == [3])
    }

    @Test("Evidence summaries count contracts whether or not the items are in contract order")
    func summaryCounts() {
        let sorted = [
            Self.item("a", "k1", .good, .current, direct: true), Self.item("a", "k2", .inadequate, .missing, direct: false),
            Self.item("b", "k1", .other, .stale(lastPeriodEnd: Self.d("2025-01-31")), direct: true),
        ]
        let text = "3 KPIs from 2 contracts (2 direct, 1 upstream): 1 good, 1 inadequate, 1 unrated; 1 stale, 1 with no returns."
        #expect(Rollup.summary(sorted) == text)
        #expect(Rollup.summary([sorted[0], sorted[2], sorted[1]]) == text)
        #expect(Rollup.summary([sorted[2], sorted[0]]).hasPrefix("2 KPIs from 2 contracts (2 direct, 0 upstream): 1 good, 1 unrated"))
        #expect(Rollup.summary([]) == "No KPI measures this or anything upstream of it.")
    }

    @Test("Thousands separators byte by byte: as the character-by-character grouping")
    func grouping() {
        func reference(_ s: String) -> String {
            var sign = "", body = Substring(s)
            if body.hasPrefix("-") {
                sign = "-"
                body = body.dropFirst()
            }
            let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
            let digits = Array(parts[0])
            guard digits.count > 3 else { return s }
            var out = ""
            for (i, c) in digits.enumerated() {
                if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
                out.append(c)
            }
            return sign + out + (parts.count > 1 ? "." + parts[1] : "")
        }
        let cases = ["", "-", "0", "999", "1000", "-1000", "12345.678", "-1234567.5", "1234.", ".5", "n/a", "1234567890123", "12é45"]
        for s in cases { #expect(ValueText.grouped(s) == reference(s), "\(s)") }
        #expect(ValueText.grouped("-1234567.25") == "-1,234,567.25")
        #expect(ValueText.value(1_234_567, .gbp) == "£1,234,567")
    }

    @Test("Dates are written YYYY-MM-DD as by zero-padded interpolation")
    func dayText() {
        func reference(_ d: Day) -> String {
            let y = String(d.year), m = d.month < 10 ? "0\(d.month)" : "\(d.month)", dd = d.day < 10 ? "0\(d.day)" : "\(d.day)"
            return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-" + m + "-" + dd
        }
        var d = Day(year: 1999, month: 12, day: 1)!
        for _ in 0..<400 {
            #expect(d.description == reference(d))
            d = d.adding(days: 37)
        }
        for (y, m, dd) in [(1, 1, 1), (999, 2, 28), (2024, 2, 29), (9999, 12, 31), (10000, 1, 1)] {
            if let day = Day(year: y, month: m, day: dd) { #expect(day.description == reference(day)) }
        }
        #expect(Day(year: 2026, month: 3, day: 9)!.description == "2026-03-09")
    }

    @Test("KPI look-up: every KPI found, absent ones nil, of duplicate ids the last")
    func kpiLookup() {
        var kpis = [Self.kpi("c2", "b"), Self.kpi("c1", "z"), Self.kpi("c1", "a"), Self.kpi("c1", "m"), Self.kpi("c3", "q")]
        var dup = Self.kpi("c3", "q")
        dup.trajectory.reason = "second"
        kpis.append(dup)
        let a = Assessment(asOf: Self.d("2026-01-01"), kpis: kpis, milestones: [], nodes: [], missions: [], annual: [], watermelons: [])
        for (c, k) in [("c1", "a"), ("c1", "m"), ("c1", "z"), ("c2", "b")] { #expect(a.kpi(contract: c, kpi: k)?.kpi == k) }
        #expect(a.kpi(contract: "c3", kpi: "q")?.trajectory.reason == "second")
        #expect(a.kpi(contract: "c1", kpi: "b") == nil)
        #expect(a.kpi(contract: "c1", kpi: "0") == nil)
        #expect(a.kpi(contract: "c1", kpi: "zz") == nil)
        #expect(a.kpi(contract: "c9", kpi: "a") == nil)
    }

    @Test("Ranks and lower-case labels match the vocabulary's order and labels")
    func vocabulary() {
        for (i, r) in Rating.allCases.enumerated() {
            #expect(r.rank == i)
            #expect(r.lowercasedLabel == r.label.lowercased())
        }
        for s in TrackStatus.allCases { #expect(s.lowercasedLabel == s.label.lowercased()) }
    }
}
