import Testing

@testable import MissionKPI

@Suite struct ReturnsValidatorTests {
    let header = "contract,kpi,period,value,note\n"

    func problems(_ body: String) -> [String] { ReturnsFixture.problems(header + body) }

    @Test func aCleanFileGivesItsRowsWithRowNumbersAndNoProblems() {
        let file = ReturnsFixture.validate(
            header + """
                c-one,monthly-pct,2025-04,72.5,first
                c-one,quarterly-count,2025-Q2,10,
                c-one,annual-score,FY2025-26,3.5,"with, comma"
                c-one,any-period,2025-04-01/2025-04-10,4,
                c-two,delivery,2025-05-01/2025-05-31,7,
                """)
        #expect(file.isValid)
        #expect(file.rows.map(\.row) == [2, 3, 4, 5, 6])
        #expect(file.rows[0].value == 72.5 && file.rows[0].note == "first" && file.rows[0].period.text == "2025-04")
        #expect(file.rows[1].note == nil)
        #expect(file.rows[2].note == "with, comma")
        #expect(file.rows[2].period.start == Day(year: 2025, month: 4, day: 1))
    }

    @Test func anUnknownContractIsReportedWithASuggestion() {
        #expect(problems("c-onee,monthly-pct,2025-04,1,\n") == ["2:1: unknown contract 'c-onee'; did you mean 'c-one'?"])
        #expect(problems("zzz,monthly-pct,2025-04,1,\n").first?.contains("no contract in Contracts/ has this id") == true)
    }

    @Test func aKPIOfAnotherContractNamesItsContract() {
        #expect(
            problems("c-one,delivery,2025-04,1,\n") == [
                "2:2: KPI 'delivery' belongs to contract 'c-two', not 'c-one'; correct the contract or the KPI"
            ])
    }

    @Test func anUnknownKPIIsReportedWithASuggestionOrTheList() {
        #expect(problems("c-one,monthly-pc,2025-04,1,\n") == ["2:2: contract 'c-one' has no KPI 'monthly-pc'; did you mean 'monthly-pct'?"])
        #expect(
            problems("c-one,zzzzzzzz,2025-04,1,\n").first?.contains("its KPIs are annual-score, any-period, monthly-pct, quarterly-count")
                == true)
    }

    @Test(arguments: ["2025-13", "2025-Q5", "FY2025-27", "April 2025", "2025-04-31/2025-05-31", "2025-06-30/2025-06-01"])
    func aMalformedPeriodIsReportedWithTheFormsAllowed(period: String) {
        let p = problems("c-one,any-period,\(period),1,\n")
        #expect(p.count == 1)
        #expect(p.first?.hasPrefix("2:3: '\(period)' is not a period; write a month (2025-04)") == true)
    }

    @Test func aPeriodEntirelyOutsideTheContractIsAnErrorButAPartialOverlapIsFine() {
        #expect(
            problems("c-two,delivery,2026-04,1,\n") == [
                "2:3: period 2026-04 (2026-04-01 to 2026-04-30) is outside contract 'c-two', which runs 2025-04-01 to 2026-03-31; check the year"
            ])
        #expect(problems("c-one,any-period,2025-03-15/2025-04-15,1,\n").isEmpty)
    }

    @Test(arguments: [
        ("monthly-pct", "2025-Q2", "is reported monthly, but 2025-Q2 is a quarter; write a month such as 2025-04"),
        ("monthly-pct", "2025-04-01/2025-05-31", "is reported monthly, but 2025-04-01/2025-05-31 is a date range of 61 days"),
        ("quarterly-count", "2025-04", "is reported quarterly, but 2025-04 is a month; write a calendar quarter such as 2025-Q2"),
        ("annual-score", "2025-Q2", "is reported annually, but 2025-Q2 is a quarter; write a financial year such as FY2025-26"),
        ("annual-score", "2025-04", "is reported annually, but 2025-04 is a month"),
    ])
    func aPeriodThatDoesNotFitTheKPIsFrequencyIsAnError(kpi: String, period: String, message: String) {
        let p = problems("c-one,\(kpi),\(period),1,\n")
        #expect(p.count == 1)
        #expect(p.first?.contains(message) == true, "\(p)")
    }

    @Test(arguments: [
        ("monthly-pct", "2025-04-01/2025-04-30"), ("quarterly-count", "2025-04-01/2025-06-30"),
        ("quarterly-count", "2026-Q1"), ("annual-score", "FY2026-27"), ("annual-score", "2025-04-01/2026-03-31"),
        ("any-period", "2025-Q3"), ("any-period", "FY2025-26"),
    ])
    func periodsThatFitTheFrequencyAreAccepted(kpi: String, period: String) {
        #expect(problems("c-one,\(kpi),\(period),1,\n").isEmpty)
    }

    @Test(arguments: ["72,5", "n/a", "NaN", "inf", "0x10", "72%", "1e", "--1"])
    func aNonNumericValueIsReported(value: String) {
        let p = problems("c-one,any-period,2025-04,\"\(value)\",\n")
        #expect(
            p == [
                "2:4: value '\(value)' is not a number; write digits with '.' for decimals (e.g. 72.5), without units, '%' or thousands separators"
            ])
    }

    @Test func anEmptyValueIsReportedNotTakenAsZero() {
        #expect(
            problems("c-one,any-period,2025-04,,\n") == [
                "2:4: the value is empty; write a number, or leave the row out when there is no data"
            ])
    }

    @Test func aPercentOutside0To100IsAnErrorAndTheBoundsAreFine() {
        #expect(
            problems("c-one,monthly-pct,2025-04,100.5,\n") == [
                "2:4: value 100.5 is outside 0–100 for a percent KPI; write the percentage itself (72.5 for 72.5%)"
            ])
        #expect(problems("c-one,monthly-pct,2025-05,-1,\n").count == 1)
        #expect(problems("c-one,monthly-pct,2025-04,0,\nc-one,monthly-pct,2025-05,100,\n").isEmpty)
        #expect(problems("c-one,quarterly-count,2025-Q2,250,\n").isEmpty)
    }

    @Test func aDuplicateKPIAndPeriodInOneFileIsReportedAtTheSecondRowEvenSpeltDifferently() {
        let p = problems("c-one,monthly-pct,2025-04,1,\nc-one,monthly-pct,2025-05,2,\nc-one,monthly-pct,2025-04-01/2025-04-30,3,\n")
        #expect(
            p == [
                "4:3: KPI 'c-one/monthly-pct' has period 2025-04-01/2025-04-30 again (first on row 2); keep one row per KPI and period (send a correction in a later file)"
            ])
    }

    @Test func aMissingRequiredColumnIsReportedOnceAndRowsAreNotGuessed() {
        #expect(
            ReturnsFixture.problems("contract,kpi,period\nc-one,monthly-pct,2025-04\n") == [
                "1:1: the header lacks the required column 'value'; the first row must name the columns contract,kpi,period,value,note (note is optional)"
            ])
    }

    @Test func unknownAndRepeatedColumnsAreNamed() {
        let p = ReturnsFixture.problems("contract,kpi,period,vlaue,value,kpi\n")
        #expect(
            p == [
                "1:4: unknown column 'vlaue' (did you mean 'value'?); the columns are contract,kpi,period,value,note (note is optional)",
                "1:6: column 'kpi' appears twice (columns 2 and 6); keep one",
            ])
    }

    @Test func columnsMayComeInAnyOrderAndNoteIsOptional() {
        let file = ReturnsFixture.validate("value,period,kpi,contract\n5,2025-04,any-period,c-one\n")
        #expect(file.isValid && file.rows.first?.value == 5 && file.rows.first?.note == nil)
    }

    @Test func aRowWithTheWrongNumberOfFieldsIsReported() {
        #expect(
            problems("c-one,any-period,2025-04,1,a,b\n") == [
                "2:6: the row has 6 fields but the header has 5; quote any field that holds a comma (\"like, this\")"
            ])
    }

    @Test func everyProblemInAFileIsReportedEachAtItsRowAndColumnAndBlankRowsAreSkipped() {
        let file = ReturnsFixture.validate(
            header + "c-one,monthly-pct,2025-04,1,\n\n,,,,\nbad,monthly-pct,2025-04,x,\nc-one,monthly-pct,2025-13,101,\n")
        #expect(file.diagnostics.map { "\($0.location.line):\($0.location.column)" } == ["5:1", "5:4", "6:3", "6:4"])
        #expect(file.diagnostics.first?.description.hasPrefix("r.csv:5:1: error: unknown contract 'bad'") == true)
        #expect(file.dataRowCount == 3)
    }

    @Test func anEmptyFileOrASyntaxErrorIsAProblemWithItsRow() {
        #expect(
            ReturnsFixture.problems("") == [
                "1:1: the file is empty; it needs a header row 'contract,kpi,period,value,note' and one row per value"
            ])
        #expect(problems("c-one,any-period,2025-04,\"1,\n").first?.hasPrefix("2:4: a quoted field is never closed") == true)
    }

    @Test func aByteOrderMarkAndCRLFAreAccepted() {
        let file = ReturnsFixture.validate("\u{FEFF}contract,kpi,period,value\r\nc-one,any-period,2025-04,1\r\n")
        #expect(file.isValid && file.rows.count == 1)
    }

    @Test func theFinancialYearFollowsTheWorkspaceSettings() {
        var ws = ReturnsFixture.workspace
        ws.settings.financialYearStart = MonthDay(month: 1, day: 1)
        let file = ReturnsValidator(workspace: ws).validate(Array((header + "c-one,annual-score,FY2026-27,1,\n").utf8), path: "r.csv")
        #expect(file.isValid && file.rows.first?.period.start == Day(year: 2026, month: 1, day: 1))
    }
}
