import Foundation
import MissionKPI
import Testing

@testable import MissionKPIPublish

/// `Fragments.layout` writes exactly what `layout.mustache` gives around a body written in Swift.
@Suite struct LayoutTests {
    @Test func theSwiftLayoutMatchesTheTemplate() throws {
        let ws = try PublishFixture.workspace(PaginationTests.files(extra: 30))
        let report = SiteReport.build(
            ws, observations: PublishFixture.observations, asOf: PublishFixture.asOf, previous: nil, published: PublishFixture.published)
        var pages: [RenderedPage] = []
        for c in ws.contracts.prefix(3) {
            let view = ContractPage(c, report: report, path: try SitePath("contracts", c.id + ".html"))
            pages.append(RenderedPage(frame: view.frame, body: Fragments.contractBody(view)))
        }
        let m = try #require(ws.missions.first)
        let chunk = report.contracts(mission: m.id)
        let evidence = MissionEvidencePage(
            m, report: report, path: try MissionEvidencePage.path(m.id, 2), chunk: Array(chunk.suffix(8)), number: 2, total: 2, all: chunk.count)
        pages.append(RenderedPage(frame: evidence.frame, body: Fragments.evidenceBody(evidence)))
        // No breadcrumbs, no Markdown twin, and text that needs escaping.
        var bare = pages[0]
        bare.frame.breadcrumbs = []
        bare.frame.markdownHref = nil
        bare.frame.pageTitle = "A <b>&</b> \"quoted\" 'title'"
        pages.append(bare)
        for page in pages {
            #expect(Fragments.layout(page) == (try Templates.render(page, "contract")), "\(page.frame.pageTitle)")
        }
        #expect(Fragments.layout(bare).contains("A &lt;b&gt;&amp;&lt;/b&gt; &quot;quoted&quot; &#39;title&#39;"))
    }
}
