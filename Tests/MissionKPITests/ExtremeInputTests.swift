import Testing

@testable import MissionKPI

/// Dates and periods at the edges of the calendar never trap, whatever a workspace or a return says.
@Suite struct ExtremeInputTests {
    @Test func periodsAtTheEndOfTheCalendarDoNotTrap() {
        for text in ["9999-12", "9999-Q4", "FY9999-00", "0001-01", "0001-Q1", "FY0000-01", "9999-12-31/9999-12-31"] {
            _ = Period(parsing: text)
        }
        #expect(Period(parsing: "9999-12")?.end == Day(year: 9999, month: 12, day: 31))
    }

    @Test func addingMonthsPastTheCalendarDoesNotTrap() throws {
        let last = try #require(Day(year: 9999, month: 12, day: 31))
        let first = try #require(Day(year: 1, month: 1, day: 1))
        #expect(last.adding(months: 1).ordinal == last.ordinal + 31)
        #expect(first.adding(months: -1).ordinal == first.ordinal - 31)
        _ = last.adding(months: 100_000)
        _ = first.adding(months: -100_000)
        _ = Day(ordinal: last.ordinal + 400).adding(months: 18)
        #expect(Day(year: 2024, month: 1, day: 31)!.adding(months: 1) == Day(year: 2024, month: 2, day: 29))
        #expect(Day(year: 2025, month: 3, day: 31)!.adding(months: -18) == Day(year: 2023, month: 9, day: 30))
    }
}
