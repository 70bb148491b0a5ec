import Foundation
import MissionKPI
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

    /// The review gives each KPI one row: its findings counted and named, linking to the contract page's
    /// findings table (reasons and fixes are not repeated), and no full table of findings per contract.
    @Test func theReviewListsKPIFindingsAndLinksTheFixes() throws {
        let out = try PublishSupport.publishFixture()
        let review = PublishSupport.text(out, "departments/dept-a.html")
        let rows = review.matches(of: /<tr id="kpi-[^"]*">(?s:.*?)<\/tr>\n/)
        #expect(rows.count >= 3)
        #expect(!review.contains("Severity</th>") || review.contains("Findings on the department"), "no full findings table per contract")
        let flagged = rows.filter { $0.output.contains("#findings\">") }
        #expect(!flagged.isEmpty, "a KPI with findings links to them")
        for r in flagged {
            #expect(r.output.contains(/<a href="..\/contracts\/[a-z0-9-]+\.html#findings">[0-9]+ (error|warning|info)/), "\(r.output)")
            #expect(r.output.contains(/<span class="secondary">[a-z0-9-]+(, [a-z0-9-]+)*<\/span>/), "the rules named")
        }
        #expect(review.contains("Findings on the contract: <a href=\"../contracts/"))
    }

    /// A chart's markers: one path per rating, a subpath per point, the same shapes as the key's.
    @Test func aChartDrawsEachRatingsMarkersAsOnePath() {
        #expect(Markers.subpath(.approachingTarget, x: 10, y: 20, size: 4) == "M10 15l5 5-5 5-5-5Z")
        #expect(Markers.subpath(.good, x: 10, y: 20, size: 4) == "M6 20a4 4 0 1 0 8 0a4 4 0 1 0-8 0")
        #expect(Markers.subpath(.other, x: 10, y: 20, size: 4) == "M6.6 16.6h6.8v6.8h-6.8Z")
        let chart = Charts.kpi(ChartsTests.kpi(ratings: [.good, .good, .requiresImprovement, .good, .requiresImprovement]))
        // The key draws one marker of each rating too (a circle element for good, paths for the others).
        #expect(chart.matches(of: /class="mk-circle" d=/).count == 1, "one path for the good points")
        #expect(chart.matches(of: /class="mk-triangle" d=/).count == 2, "one path for the points, one in the key")
        let circles = chart.firstMatch(of: /class="mk-circle" d="([^"]*)"/).map { String($0.output.1) } ?? ""
        #expect(circles.matches(of: /M/).count == 3, "a subpath per good point")
        #expect(!chart.contains("<g class=\"mk-"), "no group per run of points")
    }

    /// A chart coordinate: tenths by integer arithmetic, the same text as `fmt` of the rounded value.
    @Test func coordinatesAreTenthsAsFmtWouldWriteThem() {
        let differing = (-200_000...200_000).map { Double($0) * 0.0137 }.filter { SVGMarkup.n($0) != fmt(($0 * 10).rounded() / 10) }
        #expect(differing.isEmpty, "\(differing.prefix(5))")
        #expect(SVGMarkup.n(.nan) == "0" && SVGMarkup.n(5e9) == "1000000" && SVGMarkup.n(-0.04) == "0")
    }

    /// How a verdict is reached is said once, on the rules page, and each contract page links to it.
    @Test func theVerdictsExplanationIsOnTheRulesPage() throws {
        let out = try PublishSupport.publishFixture()
        let contract = PublishSupport.text(out, "contracts/a-2025-0001.html")
        #expect(contract.contains("<a href=\"../rules.html#verdict-contract\">How this verdict is reached</a>"))
        #expect(!contract.contains("<summary>How this verdict is reached</summary>"))
        let rules = PublishSupport.text(out, "rules.html")
        for anchor in ["verdict-contract", "verdict-mission"] {
            #expect(rules.contains("<section class=\"block\" id=\"\(anchor)\""), "\(anchor)")
        }
        #expect(rules.contains("The verdict is the worst answer"))
    }

    /// A KPI's history has a Note column only when a version has a note, a Version column only when a
    /// return was corrected, and every row has as many cells as its head has columns.
    @Test func historyRowsMatchTheirHead() throws {
        let out = try PublishSupport.publishFixture()
        var withNotes = 0, without = 0
        for path in ["contracts/a-2025-0001.html", "contracts/a-2025-0002.html", "contracts/a-2025-0003.html"] {
            let page = PublishSupport.text(out, path)
            for table in page.matches(of: /<table class="table table--compact">\n<caption class="visually-hidden">Every version(?s:.*?)<\/table>/) {
                let text = String(table.output)
                let head = text.matches(of: /<th scope="col"/).count
                text.contains(">Note</th>") ? (withNotes += 1) : (without += 1)
                let corrected = text.contains("Superseded") || text.contains("(corrected)")
                #expect(text.contains(">Version</th>") == corrected, "a Version column only beside corrections: \(path)")
                for row in text.matches(of: /<tr><td>(?s:.*?)<\/tr>/) {
                    #expect(row.output.matches(of: /<td/).count == head, "\(path): \(row.output)")
                }
            }
        }
        #expect(withNotes + without > 0)
    }

    @Test func markersAreRelativePathsOfTheSameShape() {
        let diamond = Markers.geometry(.approachingTarget, x: 10, y: 20, size: 4)
        #expect(diamond == "<path d=\"M10 15l5 5-5 5-5-5Z\"/>")
        #expect(Markers.geometry(.requiresImprovement, x: 10, y: 20, size: 4) == "<path d=\"M10 15l5 9-10 0Z\"/>")
        #expect(Markers.geometry(.inadequate, x: 10, y: 20, size: 4) == "<path d=\"M6.2 16.2l7.6 7.6m0-7.6l-7.6 7.6\"/>")
    }
}
