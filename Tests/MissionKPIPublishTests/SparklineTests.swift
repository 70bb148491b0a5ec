import Foundation
import Testing

@testable import MissionKPIPublish

/// The department review's sparkline: well-formed, labelled, small, the last 24 returns at most, nothing for
/// fewer than two; and the review gives each KPI a row linking to the contract page, which has the full chart.
@Suite struct SparklineTests {
    @Test func aSparklineIsSmallWellFormedAndLabelled() {
        let svg = Sparkline.svg(values: (0..<40).map { Double($0 % 7) * 1.25 }, unit: .percent)
        #expect(SVGProbe(svg).error == nil, "\(String(describing: SVGProbe(svg).error))")
        #expect(svg.contains("role=\"img\" aria-label=\"24 most recent returns, from "), "labelled for a screen reader")
        #expect(svg.contains("%\""), "the label's values carry their unit")
        let points = svg.firstMatch(of: /points="([^"]*)"/).map { String($0.output.1) } ?? ""
        #expect(points.split(separator: " ").count == Sparkline.maxPoints)
        #expect(!svg.matches(of: /="([^"]*)"/).contains { $0.output.1.contains(/\d\.\d\d/) }, "one decimal at most")
        #expect(svg.utf8.count < 600, "small: a national review has one per KPI (\(svg.utf8.count) bytes)")
        #expect(Sparkline.svg(values: [1], unit: nil).isEmpty)
        #expect(!Sparkline.svg(values: [2, 2], unit: nil).isEmpty, "a flat line is drawn")
    }

    @Test func theDepartmentReviewSummarisesAndTheContractPageHasTheChart() throws {
        let out = try PublishSupport.publishFixture()
        let review = PublishSupport.text(out, "departments/dept-a.html")
        let contract = PublishSupport.text(out, "contracts/a-2025-0001.html")
        #expect(review.contains("<svg class=\"spark\""), "a sparkline in each KPI's row")
        #expect(review.contains("<table class=\"table table--compact kpi-rows\">"), "a row per KPI")
        #expect(!review.contains("Every version of every return"), "no history of returns in the review")
        #expect(!review.contains("<figure class=\"chart"), "no full chart in the review")
        #expect(review.contains("href=\"../contracts/a-2025-0001.html#kpi-"), "each KPI links to the contract page")
        #expect(contract.contains("<figure class=\"chart chart--small\""), "the contract page has the full chart")
        #expect(contract.contains("href=\"../departments/dept-a.html#kpi-a-2025-0001-"), "and back to the review")
    }
}
