import Foundation
import MissionKPI
import Testing

@testable import MissionKPIPublish

/// The open-data writer puts bytes straight into its buffers: every cell must come out exactly as the
/// text forms (`fmt`, `String(Int)`, `Day.description`, `CSVText.field`, `JSONText.string`) write it.
@Suite struct OpenDataBytesTests {
    /// One row written by `TableWriter`, as (CSV record, JSON object) text.
    static func written(_ row: [DataTable.Cell]) -> (csv: String, json: String) {
        let w = TableWriter(csv: FileBuffer(try! SitePath("t.csv")), json: FileBuffer(try! SitePath("t.json")))
        w.start(row.indices.map { "c\($0)" })
        w.write(row)
        w.end()
        return (String(decoding: w.csv.bytes, as: UTF8.self), String(decoding: w.json.bytes, as: UTF8.self))
    }

    /// The same row through the general text path (what the writer did before the byte fast paths).
    static func expected(_ row: [DataTable.Cell]) -> (csv: String, json: String) {
        let names = row.indices.map { "c\($0)" }
        let csv = CSVText.record(names) + CSVText.record(row.map(\.csv))
        let json = "[\n{" + zip(names, row).map { JSONText.string($0) + ":" + $1.json }.joined(separator: ",") + "}\n]\n"
        return (csv, json)
    }

    @Test func numbersAreWrittenAsFmtWritesThem() {
        var values: [Double] = [
            0, -0.0, 1, -1, 0.5, -0.5, 92.5, -3.125, 0.00004, -0.00004, 0.00005, -0.00005, 0.12345, 1.99995, 99.99999,
            1e13 + 0.25, -1e13 - 0.25, 99_999_999_999_999.5, 1e14, 1e14 + 2, 999_999_999_999_999, 1e15, 1e16, 1e300, 1e-300,
            .nan, .infinity, -.infinity, .greatestFiniteMagnitude, .leastNonzeroMagnitude, 2.675, 1.0005, 0.1 + 0.2,
        ]
        var g = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let scale = [1.0, 10, 1000, 1e6, 1e12][Int.random(in: 0..<5, using: &g)]
            values.append(Double.random(in: -scale...scale, using: &g))
            values.append((Double.random(in: -scale...scale, using: &g) * 10_000).rounded() / 10_000)
        }
        for v in values {
            let got = Self.written([.number(v)]), want = Self.expected([.number(v)])
            #expect(got.csv == want.csv, "\(v)")
            #expect(got.json == want.json, "\(v)")
        }
    }

    @Test func integersBooleansDatesAndNullsAreWrittenAsTheirText() {
        let days = ["0001-01-01", "2026-11-24", "9999-12-31", "2024-02-29"].compactMap { Day(parsing: $0) }
        #expect(days.count == 4)
        var rows: [[DataTable.Cell]] = [
            [.int(0), .int(-7), .int(Int.max), .int(Int.min), .int(nil)],
            [.bool(true), .bool(false), .bool(nil), .text(nil), .number(nil), .day(nil), .money(nil)],
            [.money(Decimal(string: "-1250000.50")), .money(Decimal(string: "5000000"))],
        ]
        rows.append(days.map { .day($0) })
        for row in rows {
            let got = Self.written(row), want = Self.expected(row)
            #expect(got.csv == want.csv)
            #expect(got.json == want.json)
        }
        #expect(Self.written([.day(days[1])]).csv.hasSuffix("\r\n2026-11-24\r\n"))
        #expect(Self.written([.day(days[1])]).json.contains("\"c0\":\"2026-11-24\""))
    }

    @Test func textIsQuotedNeutralisedAndEscapedExactlyAsBefore() {
        var samples = [
            "", "plain", " lead", "trail ", "a,b", "say \"hi\"", "line\nbreak", "cr\rhere", "=SUM(A1)", "@cmd", "+44 20", "-3.5",
            "-x", "\tTab", "\rCR", "café", "a<b>&c", "back\\slash", "tab\there", "日本", "\u{1}ctl", "Ω,\"", "' quote",
        ]
        let alphabet = Array("ab ,\"\n\r\t=+-@<>&\\é1.'".unicodeScalars)
        var g = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            var s = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...6, using: &g) { s.append(alphabet.randomElement(using: &g)!) }
            samples.append(String(s))
        }
        for s in samples {
            let got = Self.written([.text(s), .int(1)]), want = Self.expected([.text(s), .int(1)])
            #expect(got.csv == want.csv, "\(s.debugDescription)")
            #expect(got.json == want.json, "\(s.debugDescription)")
        }
    }

    @Test func aSpilledTableSplitsOnlyBetweenRowsAndKeepsEveryByte() throws {
        let root = try PublishSupport.tempFolder("table-spill")
        let out = try SiteOutput(root: root)
        let csv = try out.open(try SitePath("data", "t.csv")), json = try out.open(try SitePath("data", "t.json"))
        let w = TableWriter(csv: csv, json: json)
        w.start(["n", "x", "note"])
        var expectedCSV = CSVText.record(["n", "x", "note"])
        for i in 0..<120_000 {
            let row: [DataTable.Cell] = [.int(i), .number(Double(i) / 8), .text(i % 7 == 0 ? "a, \"b\"" : "row \(i) with a longer note, so that the table passes one chunk")]
            w.write(row)
            expectedCSV += CSVText.record(row.map(\.csv))
        }
        w.end()
        #expect(csv.spilled && json.spilled)
        try out.close(csv)
        try out.close(json)
        _ = try out.finish()
        #expect(PublishSupport.text(root, "data/t.csv") == expectedCSV)
        let parsed = try JSONSerialization.jsonObject(with: Data(PublishSupport.text(root, "data/t.json").utf8)) as? [[String: Any]]
        #expect(parsed?.count == 120_000)
        #expect(PublishSupport.text(root, "manifest.txt").contains(SHA256.hex(Array(expectedCSV.utf8)) + "  data/t.csv\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root + "/data").sorted() == ["t.csv", "t.json"])
    }
}
