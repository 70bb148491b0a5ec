import MissionKPI
import Testing

@testable import MissionKPIPublish

/// Plain text skips the escaping and folding work; anything else still goes through it.
@Suite struct TextFastPathTests {
    @Test func plainTextIsReturnedAsItIs() {
        #expect(MarkdownText.isPlain("Diagnostic tests delivered (per cent)"))
        #expect(MarkdownText.escape("Diagnostic tests delivered") == "Diagnostic tests delivered")
        #expect("Diagnostic tests delivered".isSingleLineASCII)
    }

    @Test func anythingElseIsStillEscapedAndFolded() {
        for text in ["1. item", "- x", "+ y", "= z", "a  b", " lead", "trail ", "a|b", "a_b", "x\ny", "café", "", "9)"] {
            #expect(!MarkdownText.isPlain(text), "\(text)")
        }
        #expect(MarkdownText.escape("1. item") == "1\\. item")
        #expect(MarkdownText.escape("- x") == "\\- x")
        #expect(MarkdownText.escape("a  b\nc") == "a b c")
        #expect(MarkdownText.escape(" a|b_c ") == "a\\|b\\_c")
        #expect("  two\n lines ".singleLine == "two lines")
        #expect(!"a  b".isSingleLineASCII && !" a".isSingleLineASCII && !"a\tb".isSingleLineASCII && !"é".isSingleLineASCII)
    }

    @Test func openDataCellsMatchTheGeneralWriters() throws {
        let samples = [
            "plain", "with space", "", " lead", "trail ", "a,b", "say \"hi\"", "x\ny", "=1+2", "+44 20", "-3.5", "-x", "@me", "\tx",
            "café", "a<b>&c", "back\\slash", "tab\there", "日本",
        ]
        for s in samples {
            #expect(try TableWriter.csvField(s) == CSVText.field(s), "\(s)")
            #expect(try TableWriter.jsonString(s) == JSONText.string(s), "\(s)")
        }
    }
}

extension TableWriter {
    /// The CSV field `text` gives `text(_:csv:json:)`, to compare with `CSVText.field`.
    fileprivate static func csvField(_ text: String) throws -> String {
        let (csv, json) = (FileBuffer(try SitePath("t.csv")), FileBuffer(try SitePath("t.json")))
        Self.text(text, csv: csv, json: json)
        return String(decoding: csv.bytes, as: UTF8.self)
    }

    /// The JSON string `text` gives `text(_:csv:json:)`, to compare with `JSONText.string`.
    fileprivate static func jsonString(_ text: String) throws -> String {
        let (csv, json) = (FileBuffer(try SitePath("t.csv")), FileBuffer(try SitePath("t.json")))
        Self.text(text, csv: csv, json: json)
        return String(decoding: json.bytes, as: UTF8.self)
    }
}
