import Foundation
import MissionKPI
import Testing

@testable import MissionKPIPublish

/// `Fragments.layout`, the page every HTML page shares: the frame's words escaped, the current
/// section marked, breadcrumbs only when there are some, the footer's Markdown link only when the page
/// has a twin, and the page's own content inside `<main>`.
@Suite struct LayoutTests {
    static func frame(title: String = "Title", breadcrumbs: [Link] = [], markdown: String? = nil) throws -> PageFrame {
        let report = SiteReport.build(try PublishFixture.workspace(), observations: PublishFixture.observations, asOf: PublishFixture.asOf, previous: nil)
        return PageFrame(report, title: title, path: try SitePath("missions", "demo.html"), section: .missions, breadcrumbs: breadcrumbs, markdown: markdown)
    }

    @Test func theContentSitsInsideMainAndTheFrameIsEscaped() throws {
        let page = Fragments.layout(RenderedPage(frame: try Self.frame(title: "A <b>&</b> \"quoted\" 'title'"), body: "<p>body</p>"))
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n"))
        #expect(page.contains("<title>A &lt;b&gt;&amp;&lt;/b&gt; &quot;quoted&quot; &#39;title&#39; – Fixture &amp; &lt;Test&gt; site</title>"))
        #expect(page.contains("<main id=\"main\" tabindex=\"-1\">\n<p>body</p>\n\n</main>\n"))
        #expect(page.contains("<link rel=\"stylesheet\" href=\"../assets/style.css\">"))
        #expect(page.hasSuffix("</footer>\n</body>\n</html>\n"))
    }

    @Test func theCurrentSectionIsMarkedAndBreadcrumbsOnlyWhenGiven() throws {
        let bare = Fragments.layout(RenderedPage(frame: try Self.frame(), body: ""))
        #expect(bare.contains("<li><a href=\"../index.html#missions\" aria-current=\"page\">Missions</a></li>"))
        #expect(bare.components(separatedBy: "aria-current").count == 2)
        #expect(!bare.contains("breadcrumbs"))
        let crumbs = Fragments.layout(RenderedPage(frame: try Self.frame(breadcrumbs: [Link(href: "../x.html", text: "X & Y")]), body: ""))
        #expect(crumbs.contains("<nav class=\"breadcrumbs\" aria-label=\"Breadcrumb\">\n<ol>\n<li><a href=\"../index.html\">Overview</a></li>\n<li><a href=\"../x.html\">X &amp; Y</a></li>\n</ol>\n</nav>\n"))
    }

    @Test func theFooterLinksTheMarkdownTwinOnlyWhenThereIsOne() throws {
        let twin = Fragments.layout(RenderedPage(frame: try Self.frame(markdown: "demo.md"), body: ""))
        #expect(twin.contains("<p>This report is also published as <a href=\"demo.md\">Markdown</a>, and its data as <a href=\"../data.html\">CSV and JSON</a>.</p>"))
        let alone = Fragments.layout(RenderedPage(frame: try Self.frame(), body: ""))
        #expect(alone.contains("<p>The data behind this site is published as <a href=\"../data.html\">CSV and JSON</a>.</p>"))
        #expect(alone.contains("Judged as at 2026-11-24 by MissionKPI \(MissionKPIVersion.current)."))
    }
}
