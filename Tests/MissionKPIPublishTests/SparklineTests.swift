import Foundation
import Testing

@testable import MissionKPIPublish

/// The department review's sparkline: well-formed, labelled, the last 24 returns at most, nothing for fewer
/// than two; and the review links each KPI to the contract page, which has the full chart.
@Suite struct SparklineTests {
    @Test func aSparklineIsSmallWellFormedAndLabelled() {
        let svg = Sparkline.svg(id: "spark-c1-k<1>", title: "Recent returns of A & B", values: (0..<40).map { Double($0 % 7) * 1.25 })
        #expect(SVGProbe(svg).error == nil, "\(String(describing: SVGProbe(svg).error))")
        #expect(svg.contains("<title id=\"spark-c1-k-1--title\">Recent returns of A &amp; B</title>"))
        let points = svg.firstMatch(of: /points="([^"]*)"/).map { String($0.output.1) } ?? ""
        #expect(points.split(separator: " ").count == Sparkline.maxPoints)
        #expect(!svg.matches(of: /="([^"]*)"/).contains { $0.output.1.contains(/\d\.\d\d/) }, "one decimal at most")
        #expect(Sparkline.svg(id: "s", title: "t", values: [1]).isEmpty)
        #expect(!Sparkline.svg(id: "s", title: "t", values: [2, 2]).isEmpty, "a flat line is drawn")
    }

    @Test func theDepartmentReviewSummarisesAndTheContractPageHasTheChart() throws {
        let out = try PublishSupport.publishFixture()
        let review = PublishSupport.text(out, "departments/dept-a.html")
        let contract = PublishSupport.text(out, "contracts/a-2025-0001.html")
        #expect(review.contains("<figure class=\"sparkline\">"))
        #expect(!review.contains("<figure class=\"chart"), "no full chart in the review")
        #expect(review.contains("href=\"../contracts/a-2025-0001.html#kpi-"), "each KPI links to the contract page")
        #expect(contract.contains("<figure class=\"chart chart--small\""), "the contract page has the full chart")
        #expect(contract.contains("href=\"../departments/dept-a.html#kpi-a-2025-0001-"), "and back to the review")
    }
}
