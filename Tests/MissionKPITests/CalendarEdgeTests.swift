import Foundation
import Testing

@testable import MissionKPI

/// Issue 20, point 1 and 2: every date and period accepted (years 1–9999) is representable wherever it
/// flows — financial years, quarters, their ends — or refused at its row and column. Before, a return
/// for an annual KPI with period 0001-01 trapped (SIGILL) in `financialYearStart(containing:)`, and
/// FY9999-00 (ending 10000-03-31) passed validation and failed at insert.
@Suite struct CalendarEdgeTests {
    /// A contract spanning the whole accepted calendar, with a KPI of each frequency.
    static let files: [String: String] = [
        "Missions/m.yaml": """
        id: m
        title: A mission
        milestones:
          - {id: ms, title: A milestone, unit: percent, direction: increase, target: {value: 90, date: 9999-12-31}}
        """,
        "Contracts/d/department.yaml": """
        id: d
        name: A department
        people:
          - {id: p1, name: A Person, role: Contract manager, grade: HEO, commercial_specialist: true}
        """,
        "Contracts/d/c-edge.yaml": """
        id: c-edge
        title: Edge
        department: d
        supplier: {name: S}
        value: {amount: 10000000, currency: GBP}
        period: {start: 0001-01-01, end: 9999-12-31}
        manager: p1
        procurement_start: 0001-01-01
        kpis:
          - {id: annual, title: A, level: outcome, direction: increase, unit: score, frequency: annually, target: {value: 1, date: 9999-12-31}}
          - {id: quarterly, title: Q, level: output, direction: increase, unit: count, frequency: quarterly}
          - {id: monthly, title: M, level: output, direction: decrease, unit: percent, frequency: monthly}
        """,
    ]

    static func workspace(fyStart: String? = nil) throws -> Workspace {
        var files = Self.files
        if let fyStart { files["missionkpi.yaml"] = "financial_year_start: \"\(fyStart)\"\n" }
        let result = WorkspaceLoader.load(files: files)
        #expect(result.diagnostics.map(\.description) == [])
        return result.workspace
    }

    func problems(_ rows: String, fyStart: String? = nil) throws -> [String] {
        let file = ReturnsValidator(workspace: try Self.workspace(fyStart: fyStart))
            .validate(Array(("contract,kpi,period,value\n" + rows).utf8), path: "r.csv")
        return file.diagnostics.map { "\($0.location.line):\($0.location.column): \($0.message)" }
    }

    @Test func theFinancialYearOfTheFirstDayIsComputedNotTrapped() {
        #expect(MonthDay.ukFinancialYear.financialYearStart(containing: Day.first).description == "0000-04-01")
        #expect(MonthDay.ukFinancialYear.financialYear(startingIn: 9999).end.description == "10000-03-31")
        #expect(MonthDay.label(startYear: 0) == "FY0000-01")
        #expect(MonthDay.label(startYear: 999) == "FY0999-00")
    }

    @Test func anAnnualReturnForTheFirstMonthIsAnErrorWithAnExampleThatIsAccepted() throws {
        let p = try problems("c-edge,annual,0001-01,1\n")
        #expect(p.count == 1)
        #expect(p.first?.hasPrefix("2:3: KPI 'annual' is reported annually, but 0001-01 is a month; write a financial year such as FY0001-02") == true, "\(p)")
        #expect(try problems("c-edge,annual,FY0001-02,1\n") == [])
    }

    @Test func aFinancialYearEndingInYear10000IsRefusedAtItsCell() throws {
        #expect(
            try problems("c-edge,annual,FY9999-00,1\n") == [
                "2:3: period FY9999-00 runs 9999-04-01 to 10000-03-31, outside 0001-01-01 to 9999-12-31, the days a return can cover; check the year"
            ])
        // With financial years starting on 1 January, FY9999-00 is 9999 itself, and accepted.
        #expect(try problems("c-edge,annual,FY9999-00,1\n", fyStart: "01-01") == [])
    }

    @Test(arguments: ["04-01", "01-01", "12-31", "03-01"])
    func everyPeriodAcceptedFitsTheTrackersColumns(fyStart: String) throws {
        var rows = ""
        for y in ["0000", "0001", "0002", "9998", "9999"] {
            let next = String(format: "%02d", ((Int(y) ?? 0) + 1) % 100)
            rows += "c-edge,annual,FY\(y)-\(next),1\n"
            for q in 1...4 { rows += "c-edge,quarterly,\(y)-Q\(q),1\n" }
            for m in ["01", "02", "12"] { rows += "c-edge,monthly,\(y)-\(m),1\n" }
        }
        let file = ReturnsValidator(workspace: try Self.workspace(fyStart: fyStart))
            .validate(Array(("contract,kpi,period,value\n" + rows).utf8), path: "r.csv")
        #expect(!file.rows.isEmpty)
        for row in file.rows {
            let (start, end) = (row.period.start.description, row.period.end.description)
            // The tracker's CHECKs: both days ten characters, the end not before the start (as text).
            #expect(start.utf8.count == 10 && end.utf8.count == 10 && end >= start, "\(row.period.text): \(start) to \(end)")
        }
        // Every refused period was refused at its own cell, never as a crash or an insert failure.
        #expect(file.diagnostics.allSatisfy { $0.location.column == 3 })
    }

    @Test(arguments: ["0001-01-01", "9999-12-31"])
    func judgingAtTheEdgesOfTheCalendarDoesNotTrap(asOf text: String) throws {
        let ws = try Self.workspace()
        let asOf = try #require(Day(parsing: text))
        let assessment = Assessor.assess(ws, observations: .empty, asOf: asOf)
        let report = AlignmentEngine.run(ws, assessment: assessment, asOf: asOf)
        let pipeline = CommercialPipeline.build(ws, report: report, asOf: asOf, years: 20)
        #expect(pipeline.years.count == 20)
        #expect(pipeline.years.first?.label == (text == "0001-01-01" ? "FY0000-01" : "FY9999-00"))
    }

    @Test func computedDaysOutsideTheAcceptedYearsPrintWithoutTrapping() {
        #expect(Day.last.adding(months: 3).description == "10000-03-31")
        #expect(Day.first.adding(days: -366).description == "0000-01-01")
        #expect(!Day.last.adding(days: 1).isInAcceptedRange && Day.last.isInAcceptedRange)
    }
}
