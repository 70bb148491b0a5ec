import Testing

@testable import MissionKPIPublish

/// The hand-written context fields must name exactly the fields reflection would find.
@Suite struct ContextTreeTests {
    static func labels(_ value: Any) -> Set<String> { Set(Mirror(reflecting: value).children.compactMap(\.label)) }

    @Test func handWrittenFieldsMatchTheStructs() {
        let tag = Tag(text: "Good", cls: "good", symbol: "✓")
        let link = Link(href: "a.html", text: "a")
        let period = KPIBlock.PeriodRow(period: "2025-04", end: "2025-04-30", value: "1", rating: tag, corrected: "1 correction", note: "n")
        let version = KPIBlock.VersionRow(
            period: "2025-04", version: 2, value: "1", periodRating: tag, note: "n", status: "Current", source: "f:2")
        for (value, fields) in [
            (tag, tag.contextFields), (link, link.contextFields), (period, period.contextFields), (version, version.contextFields),
        ] as [(Any, [String: Any])] {
            #expect(Set(fields.keys) == Self.labels(value), "\(type(of: value))")
        }
    }

    @Test func nilOptionalsAreLeftOutAndListsConverted() throws {
        struct Row { var a: String; var b: String?; var c: [Link]; var d: Int? }
        let tree = try #require(ContextTree.convert(Row(a: "x", b: nil, c: [Link(href: "h", text: "t")], d: 3)) as? [String: Any])
        #expect(tree["a"] as? String == "x")
        #expect(tree["b"] == nil)
        #expect(tree["d"] as? Int == 3)
        let list = try #require(tree["c"] as? [Any])
        #expect((list.first as? [String: Any])?["href"] as? String == "h")
    }
}
