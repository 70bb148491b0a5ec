import Foundation
import MissionKPI
import Testing

@testable import MissionKPIPublish

/// The review of imported KPIs: the figures (core), the page, its Markdown and its CSV (publish).
@Suite struct KPIReviewTests {
    /// Two contracts as `import ocds` writes them, for dept-b: one with an outcome KPI with a target, a
    /// bare topic and a placeholder; one whose KPIs all count effort; one KPI carries hostile text.
    static let imported = """
        id: ocds-test-0001-1
        ocid: ocds-test-0001
        title: Employment support
        department: dept-b
        supplier: {name: Example Employment Ltd}
        value: {amount: 6000000, currency: GBP, includes_vat: true}
        period: {start: 2026-04-01, end: 2028-03-31}
        source: {ocid: ocds-test-0001, contract: "1", release: ocds-test-0001-r1, date: 2026-08-10, notice: UK6}
        kpis:
          - id: "1"
            source_id: "1"
            title: Job Outcome Rate
            description: "% of Participants who achieve a paid job start, at least 40%"
            level: outcome
            unit: percent
            direction: increase
            target: {value: 40}
            inferred: [level, unit, direction, target]
          - id: "2"
            source_id: "2"
            title: Safeguarding
            level: activity
            inferred: [level]
          - id: "3"
            source_id: "3"
            title: "- To be published as part of award of main works contract"

        """
    static let effortOnly = """
        id: ocds-test-0002-1
        ocid: ocds-test-0002
        title: "Alternative provision <b>places</b>"
        department: dept-b
        supplier: {name: Example Trust}
        value: {amount: 1200000, currency: GBP, includes_vat: true}
        period: {start: 2026-04-01, end: 2028-03-31}
        source: {ocid: ocds-test-0002, contract: "1"}
        kpis:
          - id: "1"
            source_id: "1"
            title: Quality Assurance Meetings
            level: activity
            inferred: [level]
          - id: "2"
            source_id: "2"
            title: "Reporting Compliance <script>alert(1)</script>"
            level: activity
            inferred: [level]

        """

    static var files: [String: String] {
        var f = PublishFixture.files
        f["Contracts/dept-b/ocds-test-0001-1.yaml"] = imported
        f["Contracts/dept-b/ocds-test-0002-1.yaml"] = effortOnly
        return f
    }

    @Test func theFiguresCountOnlyImportedContracts() throws {
        let review = KPIReview.build(try PublishFixture.workspace(Self.files))
        let all = review.overall
        #expect(all.contracts == 2 && all.kpis == 5)
        #expect(all.namingQuantity == 1 && all.statingTarget == 1)
        #expect(all.outcome == 1 && all.activity == 3 && all.levelUnknown == 1 && all.input == 0 && all.output == 0)
        #expect(all.effortOnly == ["ocds-test-0002-1"])
        #expect(all.placeholders.map(\.kpi) == ["3"] && all.bareTopics.map(\.kpi) == ["2"])
        #expect(all.bestExamples.map(\.kpi) == ["1"] && all.bestExamples.first?.target == "40")
        #expect(all.share(all.namingQuantity) == 20)
        #expect(review.buyers.map(\.department) == ["dept-b"])
        #expect(KPIReview.build(try PublishFixture.workspace()).overall.contracts == 0, "hand-written contracts are not reviewed")
    }

    @Test func thePageMarkdownAndCSVShowTheFiguresSafely() throws {
        let out = try PublishSupport.publishFixture(files: Self.files)
        defer { try? FileManager.default.removeItem(atPath: out) }
        let html = PublishSupport.text(out, "kpi-review.html")
        #expect(html.contains("2 contracts imported from Find a Tender (0 of them without KPIs), with 5 KPIs"))
        #expect(html.contains(">1 (20%)<"), "names a quantity, with its share")
        #expect(html.contains("Job Outcome Rate — % of Participants who achieve a paid job start, at least 40%. Target: 40."))
        #expect(html.contains("href=\"contracts/ocds-test-0002-1.html\""))
        #expect(!html.contains("<script>") && !html.contains("<b>places"), "workspace text is escaped")
        let md = PublishSupport.text(out, "data/kpi-review.md")
        #expect(md.contains("| All buyers | 2 | 0 | 5 | 1 (20%) | 1 (20%) | 0 | 3 | 0 | 1 | 1 | 1 | 1 | 1 |"))
        #expect(md.contains("\\- To be published"), "a leading list marker in workspace text is escaped")
        let csv = PublishSupport.text(out, "data/kpi-review.csv")
        #expect(csv.contains("dept-b,Department B,2,0,5,1,20,1,20,0,3,0,1,1,1,1,1,1"), "\(csv)")
        #expect(csv.contains("all,All buyers,2,0,5,"))
        #expect(PublishSupport.text(out, "index.html").contains("href=\"kpi-review.html\""), "every page links the review")
    }

    @Test func withoutImportedContractsThePageSaysSo() throws {
        let out = try PublishSupport.publishFixture()
        defer { try? FileManager.default.removeItem(atPath: out) }
        #expect(PublishSupport.text(out, "kpi-review.html").contains("This workspace has no imported contracts"))
        #expect(PublishSupport.text(out, "data/kpi-review.csv").contains("all,All buyers,0,0,0,"))
    }
}
