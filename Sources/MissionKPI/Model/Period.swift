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

    /// Parses a period. `financialYearStart` is the (month, day) a financial year begins. A period
    /// reaching outside years 1–9999 (`FY9999-00` ends on 10000-03-31) is `nil`: no date outside them
    /// is accepted anywhere, and the tracker stores none.
    public init?(parsing raw: some StringProtocol, financialYearStart: MonthDay = .ukFinancialYear) {
        guard let p = Period(parsingAnyYear: raw, financialYearStart: financialYearStart), p.isInAcceptedRange else { return nil }
        self = p
    }

    /// Parses a period's form even when it reaches outside years 1–9999 (year 0000 written, or a
    /// financial year ending in year 10000), so that a message can say what is wrong with it.
    public init?(parsingAnyYear raw: some StringProtocol, financialYearStart fy: MonthDay = .ukFinancialYear) {
        let text = String(raw)
        let u = Array(text.utf8)
        if u.count == 7, u[4] == 0x2D, let y = Day.number(u[0..<4]), let m = Day.number(u[5..<7]), (1...12).contains(m) {
            let s = Day(unchecked: y, month: m, day: 1)
            self.init(kind: .month, start: s, end: s.adding(months: 1).adding(days: -1), text: text)
        } else if u.count == 7, u[4] == 0x2D, u[5] == 0x51, let y = Day.number(u[0..<4]), let q = Day.number(u[6..<7]), (1...4).contains(q) {
            let s = Day(unchecked: y, month: (q - 1) * 3 + 1, day: 1)
            self.init(kind: .quarter, start: s, end: s.adding(months: 3).adding(days: -1), text: text)
        } else if u.count == 9, u[0] == 0x46, u[1] == 0x59, u[6] == 0x2D, let y = Day.number(u[2..<6]),
            let yy = Day.number(u[7..<9]), (y + 1) % 100 == yy
        {
            let (s, e) = fy.financialYear(startingIn: y)
            self.init(kind: .financialYear, start: s, end: e, text: text)
        } else if u.count == 21, u[10] == 0x2F, let s = Day(parsing: text.prefix(10)), let e = Day(parsing: text.suffix(10)), s <= e {
            self.init(kind: .range, start: s, end: e, text: text)
        } else {
            return nil
        }
    }

    /// Whether both ends lie in years 1–9999 (see `Day.isInAcceptedRange`).
    public var isInAcceptedRange: Bool { start.isInAcceptedRange && end.isInAcceptedRange }

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

    /// The financial year containing `day`, as its first day. Total: the financial year of 0001-01-01
    /// starts on 0000-04-01 (a valid day of the proleptic calendar, outside the accepted years).
    public func financialYearStart(containing day: Day) -> Day {
        let thisYear = financialYear(startingIn: day.year).start
        return day >= thisYear ? thisYear : financialYear(startingIn: day.year - 1).start
    }

    /// The first and last day of the financial year starting in `year`, for any year (a 29 February
    /// start is taken as the month's last day in other years).
    public func financialYear(startingIn year: Int) -> (start: Day, end: Day) {
        let start = Day(unchecked: year, month: month, day: min(day, Day.daysIn(month: month, year: year)))
        let next = Day(unchecked: year + 1, month: month, day: min(day, Day.daysIn(month: month, year: year + 1)))
        return (start, next.adding(days: -1))
    }

    /// `FY2026-27` for the financial year starting in 2026 (the year written with four digits, as it is parsed).
    public static func label(startYear: Int) -> String {
        let next = (startYear + 1) % 100
        let year = String(startYear)
        let padded = startYear >= 0 && startYear < 1000 ? String(repeating: "0", count: 4 - year.count) + year : year
        return "FY\(padded)-" + (next < 10 ? "0" : "") + "\(abs(next))"
    }
}
