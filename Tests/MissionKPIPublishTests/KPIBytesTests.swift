import Foundation
import Testing

@testable import MissionKPIPublish

/// What a KPI costs in bytes on a national site, and that the cuts keep what a reader uses: the history
/// names the returns folder once and each row its file and row; a rating in a long table is a classed
/// cell (its words, coloured; not a tag); the findings on a KPI are listed beside it (severity, rule,
/// reason) with the fix in the contract page's findings table; chart markers are relative paths.
@Suite struct KPIBytesTests {
    @Test(arguments: [
        (["Contracts/a/returns/2025-q1.csv:4", "Contracts/a/returns/2025-q2.csv:9"], "Contracts/a/returns/"),
        (["Contracts/a/returns/ab.csv:1", "Contracts/a/returns/ac.csv:2"], "Contracts/a/returns/"),
        (["Contracts/a/r.csv:1", "Contracts/b/r.csv:3"], "Contracts/"),
        (["r.csv:1", "r.csv:2"], ""),
        (["Contracts/a/r.csv:1"], "Contracts/a/"),
        ([], ""),
    ])
    func theHistoryNamesTheFolderOfItsSourcesOnce(paths: [String], folder: String) {
        #expect(Fragments.commonFolder(paths) == folder)
    }

    @Test func theContractPageKeepsEveryVersionAndTheFixes() throws {
        let out = try PublishSupport.publishFixture()
        let contract = PublishSupport.text(out, "contracts/a-2025-0001.html")
        #expect(contract.contains("<th scope=\"col\">Source (file:row in <code>"), "the folder named once in the head")
        #expect(!contract.contains("<td><code>Contracts/"), "and not again in each row")
        let rows = contract.matches(of: /<tr><td>\d{4}-[^<]*<\/td><td class="num">[^<]*<\/td><td[^>]*>[^\n]*<\/td><\/tr>\n/)
        #expect(!rows.isEmpty)
        for row in rows { #expect(row.output.contains(/<td>[^<\/]+\.csv:\d+<\/td><\/tr>/), "file and row: \(row.output)") }
        #expect(contract.contains(/<td class="rt (good|approaching|requires|inadequate|other)">/))
        #expect(contract.contains(/<td class="rt [a-z]+">[A-Z][a-z ]+<\/td>/), "the words, coloured")
        let css = PublishSupport.text(out, "assets/style.css")
        for c in ["good", "approaching", "requires", "inadequate", "other"] { #expect(css.contains(".rt.\(c) { color: "), "\(c)") }
        // Each finding on a KPI: listed beside the KPI, its fix once, in the page's findings table.
        let list = try #require(contract.firstMatch(of: /<ul class="list kpi-findings">\n(?s:.*?)<\/ul>/)).output
        #expect(list.contains("<a href=\"../rules.html#rule-"))
        #expect(contract.contains("<a href=\"#findings\">How to fix"))
        let reasons = contract.matches(of: /<li><strong class="tag [a-z]+">[^\n]*<\/strong>\n<a [^>]*>[^<]*<\/a>: ([^<]*)<\/li>/)
        #expect(!reasons.isEmpty)
        for r in reasons { #expect(contract.contains("<td>" + r.output.1), "in the findings table with its fix: \(r.output.1)") }
    }

    @Test func theReviewListsKPIFindingsAndLinksTheFixes() throws {
        let out = try PublishSupport.publishFixture()
        let review = PublishSupport.text(out, "departments/dept-a.html")
        let kpis = review.matches(of: /<div class="kpi" id="[^"]*">\n(?s:.*?)\n<\/div>\n/)
        #expect(!kpis.isEmpty)
        for k in kpis { #expect(!k.output.contains("Severity</th>"), "no full findings table per KPI") }
        if review.contains("<ul class=\"list kpi-findings\">") {
            #expect(review.contains(/<a href="..\/contracts\/[a-z0-9-]+\.html#findings">How to fix/))
        }
    }

    @Test func markersAreRelativePathsOfTheSameShape() {
        let diamond = Markers.geometry(.approachingTarget, x: 10, y: 20, size: 4)
        #expect(diamond == "<path d=\"M10 15l5 5-5 5-5-5Z\"/>")
        #expect(Markers.geometry(.requiresImprovement, x: 10, y: 20, size: 4) == "<path d=\"M10 15l5 9-10 0Z\"/>")
        #expect(Markers.geometry(.inadequate, x: 10, y: 20, size: 4) == "<path d=\"M6.2 16.2l7.6 7.6m0-7.6l-7.6 7.6\"/>")
    }
}
