import Testing

@testable import MissionKPI

/// Published (UK9) assessments set beside the rating the returns give for the same KPI and period.
@Suite struct PublishedComparisonTests {
    static let asOf = Day(parsing: "2026-11-24")!

    static func workspace() throws -> Workspace {
        let loaded = WorkspaceLoader.load(files: ExampleWorkspace.files, ruleCatalog: RuleRegistry.catalog)
        #expect(loaded.isClean, "\(loaded.diagnostics)")
        return loaded.workspace
    }

    /// The example workspace's 24 months of returns (tests 96%, report-time 4 days, within-6-weeks 91%: all good).
    static func observations() -> ObservationSet {
        let rows = ExampleWorkspace.returns.split(separator: "\n").enumerated().map { i, line in
            let cells = line.split(separator: ",").map(String.init)
            return Observation(
                contract: cells[0], kpi: cells[1], period: Period(parsing: cells[2])!, value: Double(cells[3])!, note: nil,
                provenance: Provenance(file: "r.csv", row: i + 2, sha256: "", recordedAt: ""))
        }
        return ObservationSet(allVersions: rows)
    }

    static func item(
        _ kpi: String, _ period: String, _ c: PublishedAssessment.Classification, release: String = "r1",
        date: String = "2026-10-30T09:00:00+00:00"
    ) -> PublishedAssessment {
        let p = Period(parsing: period)!
        return PublishedAssessment(
            contract: "c1", kpi: kpi, periodStart: p.start, periodEnd: p.end, periodText: p.text, measure: "91%", classification: c,
            classificationDescription: nil, release: release, releaseDate: date, noticeType: "UK9")
    }

    @Test func eachPublishedRatingStandsBesideTheReturnsRatingOfTheSamePeriod() throws {
        let year = "2025-10-01/2026-09-30"
        let a = Assessor.assess(
            try Self.workspace(), observations: Self.observations(),
            published: [
                Self.item("tests", year, .slightlyBelow), Self.item("report-time", year, .met),
                Self.item("within-6-weeks", year, .other), Self.item("gone", year, .below),
                Self.item("tests", "2022-01-01/2022-12-31", .below),
            ],
            asOf: Self.asOf)
        let byKPI = Dictionary(grouping: a.published(contract: "c1"), by: { "\($0.published.kpi) \($0.published.periodText)" })
        let tests = try #require(byKPI["tests \(year)"]?.first)
        #expect(tests.returns.rating == .good && tests.returns.periodsRated == 12 && tests.returns.mean == 96)
        #expect(tests.agreement == .disagrees && tests.steps == 1)
        #expect(byKPI["report-time \(year)"]?.first?.agreement == .agrees)
        #expect(byKPI["within-6-weeks \(year)"]?.first?.agreement == .notComparable)  // published as other
        #expect(byKPI["gone \(year)"]?.first.map { !$0.kpiKnown && $0.agreement == .notComparable } == true)
        let noReturns = try #require(byKPI["tests 2022-01-01/2022-12-31"]?.first)
        #expect(noReturns.returns.rating == .other && noReturns.returns.mean == nil && noReturns.agreement == .notComparable)
        #expect(a.published.count == 5 && a.published(contract: "c2").isEmpty)
    }

    @Test func aLaterReleaseSupersedesAndReleasesAfterTheDateAreNotYetKnown() throws {
        let year = "2025-10-01/2026-09-30"
        let published = [
            Self.item("tests", year, .met, release: "b", date: "2026-11-01T00:00:00Z"),
            Self.item("tests", year, .below, release: "a", date: "2026-10-01T00:00:00Z"),
            Self.item("tests", year, .significantlyBelow, release: "c", date: "2026-12-01T00:00:00Z"),
        ]
        let now = Assessor.assess(try Self.workspace(), observations: Self.observations(), published: published, asOf: Self.asOf)
        #expect(now.published.map(\.published.release) == ["a", "b"])
        #expect(now.published.map(\.superseded) == [true, false])
        let earlier = Assessor.assess(
            try Self.workspace(), observations: Self.observations(), published: published, asOf: Day(parsing: "2026-10-15")!)
        #expect(earlier.published.map(\.published.release) == ["a"])
        #expect(earlier.published.first?.superseded == false)
    }

    @Test func theRuleReportsTheDisagreementAtTheKPI() throws {
        let ws = try Self.workspace()
        let a = Assessor.assess(
            ws, observations: Self.observations(), published: [Self.item("tests", "2025-10-01/2026-09-30", .significantlyBelow)],
            asOf: Self.asOf)
        let findings = AlignmentEngine.run(ws, assessment: a, asOf: Self.asOf, rules: [PublishedRatingDisagrees()]).findings
        let f = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(f.subject == .kpi("c1", "tests"))
        #expect(f.location.file == "Contracts/dept/c1.yaml")
        #expect(f.message.contains("significantlyBelow (inadequate, measure 91%)"))
        #expect(f.message.contains("give good (mean 96% over 12 returns)"))
        #expect(f.message.hasSuffix("worse than the record"))
    }
}
