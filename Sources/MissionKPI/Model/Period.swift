/// The period a KPI return covers: a month, a calendar quarter, a financial year or a date range.
///
/// ```swift
/// Period(parsing: "2025-Q1")?.start   // 2025-01-01
/// Period(parsing: "FY2025-26")        // 2025-04-01 to 2026-03-31 with the UK financial year
/// ```
public struct Period: Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable { case month, quarter, financialYear = "financial_year", range }

    public let kind: Kind
    public let start: Day
    public let end: Day
    /// The text as written (`2025-04`, `2025-Q1`, `FY2025-26`, `2025-04-01/2025-06-30`), the period's key.
    public let text: String

    public init(kind: Kind, start: Day, end: Day, text: String) {
        self.kind = kind
        self.start = start
        self.end = end
        self.text = text
    }

    /// Parses a period. `financialYearStart` is the (month, day) a financial year begins.
    public init?(parsing raw: some StringProtocol, financialYearStart: MonthDay = .ukFinancialYear) {
        let text = String(raw)
        let u = Array(text.utf8)
        if u.count == 7, u[4] == 0x2D, let y = Day.number(u[0..<4]), let m = Day.number(u[5..<7]),
            let s = Day(year: y, month: m, day: 1)
        {
            self.init(kind: .month, start: s, end: s.adding(months: 1).adding(days: -1), text: text)
        } else if u.count == 7, u[4] == 0x2D, u[5] == 0x51, let y = Day.number(u[0..<4]), let q = Day.number(u[6..<7]),
            (1...4).contains(q), let s = Day(year: y, month: (q - 1) * 3 + 1, day: 1)
        {
            self.init(kind: .quarter, start: s, end: s.adding(months: 3).adding(days: -1), text: text)
        } else if u.count == 9, u[0] == 0x46, u[1] == 0x59, u[6] == 0x2D, let y = Day.number(u[2..<6]),
            let yy = Day.number(u[7..<9]), (y + 1) % 100 == yy,
            let s = Day(year: y, month: financialYearStart.month, day: financialYearStart.day)
        {
            self.init(kind: .financialYear, start: s, end: s.adding(months: 12).adding(days: -1), text: text)
        } else if u.count == 21, u[10] == 0x2F, let s = Day(parsing: text.prefix(10)), let e = Day(parsing: text.suffix(10)),
            s <= e
        {
            self.init(kind: .range, start: s, end: e, text: text)
        } else {
            return nil
        }
    }

    /// Length in days, both ends included.
    public var days: Int { start.days(to: end) + 1 }

    public var description: String { text }

    public static func < (a: Period, b: Period) -> Bool { (a.start, a.end, a.text) < (b.start, b.end, b.text) }
}

/// A month and day without a year (`04-01`), such as the first day of the financial year.
public struct MonthDay: Sendable, Hashable, CustomStringConvertible {
    public let month: Int
    public let day: Int

    public static let ukFinancialYear = MonthDay(month: 4, day: 1)

    public init(month: Int, day: Int) {
        self.month = month
        self.day = day
    }

    /// Parses `MM-DD`; 02-29 is refused (it does not exist every year).
    public init?(parsing text: String) {
        let u = Array(text.utf8)
        guard u.count == 5, u[2] == 0x2D, let m = Day.number(u[0..<2]), let d = Day.number(u[3..<5]),
            (1...12).contains(m), d >= 1, d <= Day.daysIn(month: m, year: 2001)
        else { return nil }
        self.init(month: m, day: d)
    }

    public var description: String { (month < 10 ? "0" : "") + "\(month)-" + (day < 10 ? "0" : "") + "\(day)" }

    /// The financial year containing `day`, as its first day.
    public func financialYearStart(containing day: Day) -> Day {
        let thisYear = Day(year: day.year, month: month, day: self.day)!
        return day >= thisYear ? thisYear : Day(year: day.year - 1, month: month, day: self.day)!
    }

    /// `FY2026-27` for the financial year starting in 2026.
    public static func label(startYear: Int) -> String {
        let next = (startYear + 1) % 100
        return "FY\(startYear)-" + (next < 10 ? "0" : "") + "\(next)"
    }
}
