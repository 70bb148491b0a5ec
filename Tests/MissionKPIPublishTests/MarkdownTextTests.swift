import MissionKPIPublish
import Testing

/// `MarkdownText`, the one Markdown escaper: text, code spans and table cells.
@Suite struct MarkdownTextTests {
    @Test func textNeverBecomesALinkAnImageEmphasisHTMLOrACellBreak() {
        #expect(MarkdownText.escape("[x](javascript:alert(1))") == "\\[x\\](javascript:alert(1))")
        #expect(MarkdownText.escape("![t](http://t/x.png)") == "\\!\\[t\\](http://t/x.png)")
        #expect(MarkdownText.escape("*a* _b_ <i>") == "\\*a\\* \\_b\\_ \\<i\\>")
        #expect(MarkdownText.escape("a | b\nc") == "a \\| b c")
        #expect(MarkdownText.escape("plain words") == "plain words")
    }

    @Test func codeSpansCannotBeClosedOrBreakATable() {
        #expect(MarkdownText.code("a`b|c\nd") == "a'b\\|c d")
        #expect(MarkdownText.code("Contracts/d/c1.yaml:3:1") == "Contracts/d/c1.yaml:3:1")
    }

    @Test func cellsKeepOurMarkupButNotTheirLineBreaksOrPipes() {
        #expect(MarkdownText.cell("**2** `x` | y\r\nz") == "**2** `x` \\| y z")
        #expect(MarkdownText.cell("a<br>b") == "a<br>b")
    }
}
