import Foundation
import Testing

@testable import MissionKPI

/// A small workspace for returns: contract c-one (2025-04-01 to 2027-03-31) with a monthly percent KPI,
/// a quarterly count, an annual score and a KPI without frequency; c-two (2025-04 to 2026-03) with a
/// monthly count.
enum ReturnsFixture {
    static let files: [String: String] = [
        "Missions/m.yaml": """
        id: m
        title: A mission
        milestones:
          - {id: ms, title: A milestone, unit: percent, direction: increase, target: {value: 90, date: 2030-03-31}}
        """,
        "Contracts/d/department.yaml": """
        id: d
        name: A department
        people:
          - {id: p1, name: A Person, role: Contract manager, grade: HEO, commercial_specialist: true}
        """,
        "Contracts/d/c-one.yaml": """
        id: c-one
        title: Contract one
        department: d
        supplier: {name: Supplier One}
        value: {amount: 10000000, currency: GBP}
        period: {start: 2025-04-01, end: 2027-03-31}
        manager: p1
        kpis:
          - {id: monthly-pct, title: M, level: output, direction: increase, unit: percent, frequency: monthly}
          - {id: quarterly-count, title: Q, level: output, direction: increase, unit: count, frequency: quarterly}
          - {id: annual-score, title: A, level: outcome, direction: increase, unit: score, frequency: annually}
          - {id: any-period, title: X, level: output, direction: decrease, unit: days}
        """,
        "Contracts/d/c-two.yaml": """
        id: c-two
        title: Contract two
        department: d
        supplier: {name: Supplier Two}
        value: {amount: 6000000, currency: GBP}
        period: {start: 2025-04-01, end: 2026-03-31}
        manager: p1
        kpis:
          - {id: delivery, title: D, level: output, direction: increase, unit: count, frequency: monthly}
        """,
    ]

    static let workspace: Workspace = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("returns-fixture-\(UUID().uuidString)").path
        do {
            for (path, text) in files {
                let full = root + "/" + path
                try FileManager.default.createDirectory(
                    atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try text.write(toFile: full, atomically: true, encoding: .utf8)
            }
            let result = try WorkspaceLoader.load(at: root)
            precondition(result.isClean, "fixture workspace: \(result.diagnostics)")
            return result.workspace
        } catch {
            fatalError("fixture workspace: \(error)")
        }
    }()

    static func validate(_ csv: String, path: String = "r.csv") -> ReturnsFile {
        ReturnsValidator(workspace: workspace).validate(Array(csv.utf8), path: path)
    }

    /// `row:column: message` for each problem.
    static func problems(_ csv: String) -> [String] {
        validate(csv).diagnostics.map { "\($0.location.line):\($0.location.column): \($0.message)" }
    }
}

@Suite struct CSVReaderTests {
    func records(_ text: String) -> ([(Int, [String])], [CSVReader.Issue]) {
        var out: [(Int, [String])] = []
        let issues = CSVReader.read(Array(text.utf8)) { out.append(($0, $1)) }
        return (out, issues)
    }

    @Test func quotedFieldsWithCommasQuotesAndLineBreaksAreOneRecordEach() {
        let (r, issues) = records("a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\r\n2,\"two\nlines\",\r\n3,z,w")
        #expect(issues.isEmpty)
        #expect(r.map(\.0) == [1, 2, 3, 4])
        #expect(r[1].1 == ["1", "x, y", "say \"hi\""])
        #expect(r[2].1 == ["2", "two\nlines", ""])
        #expect(r[3].1 == ["3", "z", "w"])
    }

    @Test func byteOrderMarkIsSkippedAndLineEndsMayBeLFCRLFOrCR() {
        let (r, _) = records("\u{FEFF}contract,kpi\nA,B\r\nC,D\rE,F\n")
        #expect(r.map(\.1) == [["contract", "kpi"], ["A", "B"], ["C", "D"], ["E", "F"]])
    }

    @Test func rowsCountRecordsNotLinesSoAMultiLineFieldKeepsLaterRowNumbersRight() {
        let (r, _) = records("h\n\"a\nb\nc\"\nnext\n")
        #expect(r.map(\.0) == [1, 2, 3])
        #expect(r[2].1 == ["next"])
    }

    @Test func anUnterminatedQuoteIsReportedAtItsRowAndColumnAndEndsTheReading() {
        let (r, issues) = records("a,b\n1,2\n3,\"open\n4,5\n")
        #expect(r.count == 2)
        #expect(issues.count == 1)
        #expect(issues.first?.row == 3 && issues.first?.column == 2)
        #expect(issues.first?.message.contains("never closed") == true)
    }

    @Test func strayQuotesAndTextAfterAClosingQuoteAreReportedAndTheRecordSkipped() {
        let (r, issues) = records("a,b\nab\"c,1\n\"x\"y,2\nok,3\n")
        #expect(r.map(\.0) == [1, 4])
        #expect(issues.map(\.row) == [2, 3])
        #expect(issues.map(\.column) == [1, 1])
    }

    @Test func invalidUTF8IsReportedNotRepaired() {
        var bytes = Array("a,b\n".utf8)
        bytes += [0x41, 0xFF, 0x2C, 0x31, 0x0A]
        var rows: [[String]] = []
        let issues = CSVReader.read(bytes) { rows.append($1) }
        #expect(rows == [["a", "b"]])
        #expect(issues.first?.row == 2 && issues.first?.message.contains("UTF-8") == true)
    }

    @Test func aTrailingCommaAtTheEndOfTheFileIsAnEmptyLastField() {
        let (r, _) = records("a,b\n1,")
        #expect(r.last?.1 == ["1", ""])
    }
}
