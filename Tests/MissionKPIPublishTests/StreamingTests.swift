import Foundation
import MissionKPI
import Testing

@testable import MissionKPIPublish

/// Writing files as they are rendered: large files go out in pieces, unchanged files are left alone.
@Suite struct StreamingTests {
    /// About 6 MB of CSV-like lines, more than one spill chunk.
    static func bigText(_ marker: String) -> [String] {
        (0..<120_000).map { "row-\($0),\(marker),some text to make the line longer\r\n" }
    }

    static func write(_ lines: [String], to root: String) throws -> SiteSummary {
        let out = try SiteOutput(root: root)
        let file = try out.open(try SitePath("data", "big.csv"))
        for l in lines { file.append(l) }
        #expect(file.spilled, "a file over \(FileBuffer.chunk) bytes goes to disk in pieces")
        try out.close(file)
        try out.add(try SitePath("index.html"), Array("<p>hi</p>".utf8))
        return try out.finish()
    }

    @Test func largeFilesAreSpilledHashedAndLeftAloneWhenUnchanged() throws {
        let root = try PublishSupport.tempFolder("spill")
        let lines = Self.bigText("a")
        let first = try Self.write(lines, to: root)
        let expected = Array(lines.joined().utf8)
        let onDisk = try #require(FileManager.default.contents(atPath: root + "/data/big.csv"))
        #expect(Array(onDisk) == expected)
        #expect(PublishSupport.text(root, "manifest.txt").contains(SHA256.hex(expected) + "  data/big.csv\n"))
        #expect(first.written == 3 && first.files == 3 && first.bytes > expected.count)
        #expect((try FileManager.default.contentsOfDirectory(atPath: root + "/data")) == ["big.csv"], "no partial file is left")

        let again = try Self.write(lines, to: root)
        #expect(again.written == 0, "the same bytes are not written again")

        let changed = try Self.write(Self.bigText("b"), to: root)
        #expect(changed.written == 2, "same size, different bytes: the file and the manifest are rewritten")
        #expect(PublishSupport.text(root, "data/big.csv").contains(",b,"))
    }

    @Test func aSpilledFileIsNeverWrittenThroughALink() throws {
        let root = try PublishSupport.tempFolder("spill-link")
        let outside = try PublishSupport.tempFolder("spill-outside")
        try FileManager.default.createDirectory(atPath: root + "/data", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: root + "/data/big.csv", withDestinationPath: outside + "/victim.csv")
        #expect(throws: SiteError.self) { try Self.write(Self.bigText("a"), to: root) }
        #expect(!FileManager.default.fileExists(atPath: outside + "/victim.csv"))
    }

    @Test func siteInMemoryEqualsSiteOnDisk() throws {
        let root = try PublishSupport.publishFixture()
        let ws = try PublishFixture.workspace()
        let report = SiteReport.build(
            ws, observations: PublishFixture.observations, asOf: PublishFixture.asOf, previous: nil, published: PublishFixture.published)
        let site = try Publisher.site(report)
        let tree = PublishSupport.tree(root)
        #expect(Set(tree.keys) == Set(site.files.keys.map(\.text) + ["manifest.txt"]))
        for (path, bytes) in site.files { #expect(tree[path.text].map(Array.init) == bytes, "\(path.text)") }
    }

    @Test func aFileGivenAsTextIsWrittenHashedAndLeftAloneLikeBytes() throws {
        let root = try PublishSupport.tempFolder("text-add")
        let text = "<p>caf\u{E9} \u{65E5}\u{672C}</p>\n"
        let first = try SiteOutput(root: root)
        try first.add(try SitePath("index.html"), text: text)
        #expect(try first.finish().written == 2)
        #expect(PublishSupport.text(root, "index.html") == text)
        #expect(PublishSupport.text(root, "manifest.txt").contains(SHA256.hex(Array(text.utf8)) + "  index.html\n"))
        let again = try SiteOutput(root: root)
        try again.add(try SitePath("index.html"), Array(text.utf8))
        #expect(try again.finish().written == 0, "the same bytes, given as an array, are not written again")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root).sorted() == ["index.html", "manifest.txt"], "no partial file is left")
    }
}
