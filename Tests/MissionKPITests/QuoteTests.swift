import Foundation
import Testing

@testable import MissionKPI

/// Issue 20, point 6: no message echoes more than about 80 characters of its input. Before, a 10 MB
/// value, KPI or contract cell, or a 10 MB YAML key, was echoed whole into one error line.
@Suite struct QuoteTests {
    static let huge = String(repeating: "x", count: 10 * 1024 * 1024)

    @Test func quotingCutsAtTheLimitWithAnEllipsisAndShowsControlCharacters() {
        #expect(Quote.quoted("c-one") == "'c-one'")
        #expect(Quote.quoted(Self.huge) == "'" + String(repeating: "x", count: Quote.limit) + "…'")
        #expect(Quote.quoted(String(repeating: "é", count: 81)).unicodeScalars.count == 83)
        #expect(Quote.quoted("a\nb\tc\u{1B}[31m\u{202E}") == "'a\\nb\\tc\\u{1B}[31m\\u{202E}'")
        // One grapheme of a million combining marks is still cut at 80 scalars.
        let zalgo = "e" + String(repeating: "\u{301}", count: 1_000_000)
        #expect(Quote.quoted(zalgo).unicodeScalars.count <= Quote.limit + 3)
        #expect("unknown \(quoted: "k")" == "unknown 'k'")
    }

    @Test(arguments: ["contract", "kpi", "period", "value"])
    func aHugeReturnsCellIsQuotedShort(column: String) {
        var cells = ["contract": "c-one", "kpi": "monthly-pct", "period": "2025-04", "value": "1"]
        cells[column] = Self.huge
        let csv = "contract,kpi,period,value\n" + [cells["contract"]!, cells["kpi"]!, cells["period"]!, cells["value"]!].joined(separator: ",") + "\n"
        let file = ReturnsFixture.validate(csv)
        #expect(!file.diagnostics.isEmpty)
        for d in file.diagnostics { #expect(d.description.count < 400, "\(d.description.prefix(200))") }
    }

    @Test func aHugeColumnNameIsQuotedShort() {
        let file = ReturnsFixture.validate("contract,kpi,period,value,\(Self.huge)\nc-one,monthly-pct,2025-04,1,\n")
        #expect(file.diagnostics.map(\.description.count).max() ?? 0 < 400)
    }

    @Test func aHugeYAMLKeyOrValueIsQuotedShort() throws {
        for (old, new) in [("procedure: open", "\(Self.huge): open"), ("procedure: open", "procedure: \(Self.huge)"), ("tier: gold", "tier: \(Self.huge)")] {
            var ws = try TempWorkspace.clean()
            ws.edit(TempWorkspace.contract, old, new)
            let diagnostics = try ws.diagnostics()
            #expect(!diagnostics.isEmpty)
            for d in diagnostics { #expect(d.description.count < 400, "\(d.description.prefix(200))") }
        }
    }

    @Test func aDuplicateHugeKeyIsQuotedShort() throws {
        var ws = try TempWorkspace.clean()
        let key = String(repeating: "k", count: 6 << 20)  // twice, within the 16 MiB a workspace file may have
        ws.edit(TempWorkspace.contract, "procedure: open", "? \(key)\n: 1\n? \(key)\n: 2")
        let diagnostics = try ws.diagnostics()
        expectOnly(diagnostics, at: "\(TempWorkspace.contract):9:3", "duplicate key", "…")
        #expect(diagnostics.first.map { $0.description.count < 400 } == true)
    }
}
