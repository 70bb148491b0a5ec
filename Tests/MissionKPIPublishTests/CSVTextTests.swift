import MissionKPI
import MissionKPIPublish
import Testing

/// `CSVText`, the one CSV writer: formula neutralisation, RFC 4180 quoting, and a round trip through the reader.
@Suite struct CSVTextTests {
    @Test func cellsASpreadsheetWouldRunAsFormulasGetALeadingApostrophe() {
        #expect(CSVText.neutralised("=1+2") == "'=1+2")
        #expect(CSVText.neutralised("+SUM(A1)") == "'+SUM(A1)")
        #expect(CSVText.neutralised("-2+3") == "'-2+3")
        #expect(CSVText.neutralised("@cmd") == "'@cmd")
        #expect(CSVText.neutralised("\tx") == "'\tx")
        #expect(CSVText.neutralised("\rx") == "'\rx")
    }

    @Test func plainNumbersAndOrdinaryTextAreLeftAlone() {
        for s in ["-3.5", "+4", "-1e3", "72.5", "note = fine", "", "a-b"] { #expect(CSVText.neutralised(s) == s) }
    }

    @Test func quotingFollowsRFC4180() {
        #expect(
            CSVText.record(["a", "x, y", "say \"hi\"", "two\nlines", "=bad"]) == "a,\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\",'=bad\r\n")
    }

    /// A quote followed by a combining mark is one Character but still a quote byte: it is doubled.
    @Test func aQuoteBeforeACombiningMarkIsDoubled() {
        let cell = "say \"\u{301}hi\""
        #expect(CSVText.quoted(cell) == "\"say \"\"\u{301}hi\"\"\"")
        var back: [String] = []
        CSVReader.read(Array(CSVText.record(["a", cell]).utf8)) { back = $1 }
        #expect(back == ["a", cell])
    }

    @Test func whatTheWriterWritesTheReaderReadsBack() {
        let fields = ["plain", "x, y", "q\"q", "l\nl", " padded ", "é", "\"\u{301}"]
        var back: [String] = []
        CSVReader.read(Array(CSVText.record(fields).utf8)) { back = $1 }
        #expect(back == fields)
    }
}
