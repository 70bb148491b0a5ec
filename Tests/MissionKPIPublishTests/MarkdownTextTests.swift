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

    /// A combining mark after markup (`[` + U+0301 is one Character) changes nothing for a Markdown
    /// parser, which still sees the `[`: it is escaped all the same, and so is `|`.
    @Test func aCombiningMarkDoesNotHideMarkup() {
        let mark = "\u{301}"
        #expect(MarkdownText.escape("a [\(mark)x](javascript:alert(1)) b") == "a \\[\(mark)x\\](javascript:alert(1)) b")
        #expect(MarkdownText.escape("a |\(mark) b") == "a \\|\(mark) b")
        #expect(MarkdownText.cell("x |\(mark) y") == "x \\|\(mark) y")
        #expect(MarkdownText.code("x `\(mark)|\(mark)") == "x '\(mark)\\|\(mark)")
        #expect(MarkdownText.cell("a\r\nb\nc") == "a b c", "a CRLF is one break")
        // HTML: a quote, a less-than or an ampersand before a combining mark is escaped too.
        #expect(HTMLText.escape("x\"\(mark) onmouseover=alert(1) <\(mark)b &\(mark)") == "x&quot;\(mark) onmouseover=alert(1) &lt;\(mark)b &amp;\(mark)")
        #expect(HTMLText.escape("é <b> 'q'") == "é &lt;b&gt; &#39;q&#39;")
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
