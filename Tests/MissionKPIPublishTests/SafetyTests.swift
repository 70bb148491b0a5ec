import Foundation
import MissionKPI
import Testing

@testable import MissionKPIPublish

@Suite struct SafetyTests {
    @Test func hostileTextIsEscapedInHTML() throws {
        let out = try PublishSupport.publishFixture()
        for page in ["contracts/a-2025-0003.html", "departments/dept-a.html", "missions/demo.html", "index.html", "ownership.html"] {
            let html = PublishSupport.text(out, page)
            #expect(!html.contains("<script"), "\(page) contains a raw <script>")
            #expect(!html.contains("<img"), "\(page) contains a raw <img>")
            #expect(!html.contains("javascript:"), "\(page) links to javascript:")
        }
        let contract = PublishSupport.text(out, "contracts/a-2025-0003.html")
        #expect(contract.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(contract.contains("Satisfaction &lt;img src=x onerror=alert(1)&gt;"))
        #expect(PublishSupport.text(out, "index.html").contains("Fixture &amp; &lt;Test&gt; site"))
    }

    @Test func hostileTextIsEscapedInMarkdown() throws {
        let out = try PublishSupport.publishFixture()
        let md = PublishSupport.text(out, "departments/dept-a.md")
        #expect(md.contains("\\<script\\>alert(1)\\</script\\> \\*bold\\* \\| pipe \\[link\\](http://x)"))
        let lines = md.split(separator: "\n")
        let raw = lines.filter { line in
            line.indices.contains { i in line[i] == "<" && (i == line.startIndex || line[line.index(before: i)] != "\\") }
        }
        #expect(raw.isEmpty, "unescaped '<' in the Markdown: \(raw)")
        #expect(MarkdownText.escape("- item") == "\\- item")
        #expect(MarkdownText.escape("1. first") == "1\\. first")
        #expect(MarkdownText.escape("a\nb | c") == "a b \\| c")
    }

    @Test func formulasAreNeutralisedInCSV() throws {
        let out = try PublishSupport.publishFixture()
        let observations = PublishSupport.text(out, "data/observations.csv.gz")
        #expect(observations.contains(",\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\","))
        #expect(!observations.contains(",=HYPERLINK"))
        let contracts = PublishSupport.text(out, "data/contracts.csv")
        #expect(contracts.contains(",'=cmd|' /C calc'!A0,"))
        let json = PublishSupport.text(out, "data/contracts.json.gz")
        #expect(json.contains("\\u003cscript\\u003e"))
        #expect(!json.contains("<script"))
    }

    @Test func pathsNeverLeaveTheOutputFolder() throws {
        #expect(throws: SiteError.self) { try SitePath("..", "x.html") }
        #expect(throws: SiteError.self) { try SitePath("a/b.html") }
        #expect(throws: SiteError.self) { try SitePath("/etc", "passwd") }
        #expect(throws: SiteError.self) { try SitePath("") }
        #expect(try SitePath("missions", "nhs.html").text == "missions/nhs.html")
        #expect(SitePath(manifestLine: "../../etc/passwd") == nil)

        let out = try PublishSupport.tempFolder("escape")
        let outside = try PublishSupport.tempFolder("outside")
        try FileManager.default.createSymbolicLink(atPath: out + "/missions", withDestinationPath: outside)
        var site = SiteWriter()
        site.add(try SitePath("missions", "x.html"), "x")
        #expect(throws: SiteError.self) { try site.write(to: out) }
        #expect(!FileManager.default.fileExists(atPath: outside + "/x.html"))
    }

    @Test func staleFilesOfAnEarlierPublishAreRemovedAndNothingElse() throws {
        let out = try PublishSupport.tempFolder("stale")
        var first = SiteWriter()
        first.add(try SitePath("contracts", "old.html"), "old")
        first.add(try SitePath("index.html"), "1")
        _ = try first.write(to: out)
        try Data("mine".utf8).write(to: URL(fileURLWithPath: out + "/keep.txt"))
        var second = SiteWriter()
        second.add(try SitePath("index.html"), "2")
        let summary = try second.write(to: out)
        #expect(summary.removed == 1)
        #expect(!FileManager.default.fileExists(atPath: out + "/contracts/old.html"))
        #expect(!FileManager.default.fileExists(atPath: out + "/contracts"))
        #expect(FileManager.default.fileExists(atPath: out + "/keep.txt"))
        #expect(PublishSupport.text(out, "index.html") == "2")
    }

    @Test func peopleBelowTheFloorAreNeverNamed() throws {
        let out = try PublishSupport.publishFixture()
        let tree = PublishSupport.tree(out)
        #expect(tree.count > 20)
        var named: [String] = []
        for (path, data) in tree where String(decoding: data, as: UTF8.self).contains(PublishFixture.juniorName) { named.append(path) }
        #expect(named.isEmpty, "the junior's name appears in \(named.sorted())")
        #expect(PublishSupport.text(out, "contracts/a-2025-0003.html").contains("Contract officer (EO)"))
        #expect(PublishSupport.text(out, "contracts/a-2025-0001.html").contains(PublishFixture.seniorName))
    }

    @Test func redactorFindsNamesWhateverSurroundsThem() throws {
        let r = Redactor(try PublishFixture.workspace())
        let name = PublishFixture.juniorName
        #expect(r.text("Agreed with \(name).") == "Agreed with Contract officer (EO).")
        #expect(r.text("(\(name)'s note)") == "(Contract officer (EO)'s note)")
        #expect(r.text("\(name)\n\(name)") == "Contract officer (EO)\nContract officer (EO)")
        #expect(r.text("Signed by \(PublishFixture.seniorName)") == "Signed by \(PublishFixture.seniorName)")
        #expect(r.text("Quentin alone") == "Quentin alone")
    }
}
