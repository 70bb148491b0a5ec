/// A calendar date without a time zone (ISO 8601 `YYYY-MM-DD`), the only kind of date the workspace uses.
///
/// ```swift
/// let d = Day(parsing: "2026-03-31")!   // nil for "2025-02-30"
/// d.adding(days: 1).description          // "2026-04-01"
/// ```
public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A valid date, or `nil` for an impossible one (`2025-02-30`).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...Day.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The first day the tool accepts anywhere (dates, periods, `--as-of`): 0001-01-01.
    public static let first = Day(unchecked: 1, month: 1, day: 1)
    /// The last day the tool accepts anywhere, and the last a tracker can store: 9999-12-31.
    public static let last = Day(unchecked: 9999, month: 12, day: 31)

    /// Whether the day lies in years 1–9999, the range every date read from input must keep to.
    /// Days computed from them (a financial year's start, a month later) may fall outside it; they
    /// are still valid days of the proleptic calendar and never trap.
    public var isInAcceptedRange: Bool { year >= 1 && year <= 9999 }

    /// Parses `YYYY-MM-DD` exactly; anything else is `nil`.
    public init?(parsing text: some StringProtocol) {
        let u = Array(text.utf8)
        guard u.count == 10, u[4] == 0x2D, u[7] == 0x2D,
            let y = Day.number(u[0..<4]), let m = Day.number(u[5..<7]), let d = Day.number(u[8..<10])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Days since 1970-01-01 (negative before).
    public var ordinal: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The day with the given ordinal (days since 1970-01-01).
    public init(ordinal z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        month = m
        day = d
    }

    public func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

    /// The same day `n` months later (or earlier), clamped to the month's last day.
    public func adding(months n: Int) -> Day {
        let total = year * 12 + (month - 1) + n
        let y = total >= 0 ? total / 12 : (total - 11) / 12
        let m = total - y * 12 + 1
        // Like `init(ordinal:)`, unchecked: 9999-12 plus a month is 10000-01, not a trap.
        return Day(unchecked: y, month: m, day: min(day, Day.daysIn(month: m, year: y)))
    }

    /// A day of any year, the month and day already known to be valid (used for computed days).
    init(unchecked year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Whole days from `self` to `other`.
    public func days(to other: Day) -> Int { other.ordinal - ordinal }

    public var description: String {
        if (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day) {
            // `YYYY-MM-DD` written straight into a small string (no intermediate strings).
            return String(unsafeUninitializedCapacity: 10) { b in
                func two(_ v: Int, at i: Int) {
                    b[i] = 0x30 + UInt8(v / 10)
                    b[i + 1] = 0x30 + UInt8(v % 10)
                }
                two(year / 100, at: 0)
                two(year % 100, at: 2)
                two(month, at: 5)
                two(day, at: 8)
                b[4] = 0x2D
                b[7] = 0x2D
                return 10
            }
        }
        // Computed days outside years 0–9999 (10000-03-31, or before year 0): digits as needed, a sign before them.
        let y = String(year.magnitude), m = month < 10 ? "0\(month)" : "\(month)", d = day < 10 ? "0\(day)" : "\(day)"
        return (year < 0 ? "-" : "") + String(repeating: "0", count: max(0, 4 - y.count)) + y + "-" + m + "-" + d
    }

    public static func < (a: Day, b: Day) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        var n = 0
        for c in digits {
            guard c >= 0x30, c <= 0x39 else { return nil }
            n = n * 10 + Int(c - 0x30)
        }
        return n
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let d = Day(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a date: \(text)"))
        }
        self = d
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
