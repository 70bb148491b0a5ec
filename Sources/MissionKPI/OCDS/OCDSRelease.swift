/// One OCDS release as read from a file: the parts the import uses (see `OCDSKeep.release`), where it
/// came from, and its date as a sortable instant.
public struct OCDSRelease: Sendable {
    /// The file as the user named it, and as it can be opened.
    public var file: String
    public var path: String
    /// The release's JSON path in its file (`$.releases[3]`, `$.records[0].releases[1]`, `$` for a line).
    public var jsonPath: String
    /// The order the release was read in, across all files (files sorted by path): breaks date ties.
    public var order: Int
    public var ocid: String
    /// The release id as published, if any.
    public var id: String?
    /// The `date` as published (ISO 8601 date-time).
    public var date: String
    /// `date` as milliseconds since 1970-01-01T00:00:00Z, for ordering releases.
    public var instant: Int64
    /// The release, pruned to what the import reads (no contact points, no personal data).
    public var node: JSONNode

    /// The day the release is dated, as written (the date part of `date`).
    public var day: Day? { Day(parsing: date.prefix(10)) }

    /// The release's `tag` values.
    public var tags: [String] { node["tag"]?.items.compactMap(\.string) ?? [] }
}

/// What the import keeps of a release: never contact points, addresses or people.
public enum OCDSKeep {
    static let scalar = JSONKeep([:])
    static let documents = JSONKeep(["id": scalar, "documentType": scalar, "noticeType": scalar])
    static let value = JSONKeep(["amount": scalar, "amountGross": scalar, "currency": scalar])
    static let period = JSONKeep(["startDate": scalar, "endDate": scalar, "durationInMonths": scalar])
    static let agreedMetrics = JSONKeep([
        "id": scalar, "title": scalar, "description": scalar,
        "observations": JSONKeep(["id": scalar, "period": period]),
    ])
    static let publishedMetrics = JSONKeep([
        "id": scalar, "title": scalar, "description": scalar,
        "observations": JSONKeep([
            "id": scalar, "period": period, "measure": scalar,
            "measureClassification": JSONKeep(["id": scalar, "description": scalar]),
        ]),
    ])

    /// A release's kept parts.
    public static let release = JSONKeep([
        "ocid": scalar, "id": scalar, "date": scalar, "tag": scalar,
        "buyer": JSONKeep(["id": scalar, "name": scalar]),
        "parties": JSONKeep(["id": scalar, "name": scalar, "roles": scalar]),
        "tender": JSONKeep([
            "title": scalar, "procurementMethod": scalar, "procurementMethodDetails": scalar, "documents": documents,
        ]),
        "awards": JSONKeep([
            "id": scalar, "title": scalar, "suppliers": JSONKeep(["id": scalar, "name": scalar]), "documents": documents,
        ]),
        "contracts": JSONKeep([
            "id": scalar, "awardID": scalar, "title": scalar, "value": value, "period": period,
            "agreedMetrics": agreedMetrics, "noAgreedMetricsRationale": scalar,
            "implementation": JSONKeep(["metrics": publishedMetrics]), "documents": documents,
        ]),
    ])
}

/// ISO 8601 date-times as OCDS writes them: `2026-08-10T22:38:39+01:00`, `…Z`, with optional fractions.
enum OCDSDate {
    /// Milliseconds since 1970-01-01T00:00:00Z, or nil when `text` is not such a date-time.
    static func instant(_ text: String) -> Int64? {
        let u = Array(text.utf8)
        guard u.count >= 19, let day = Day(parsing: String(decoding: u[0..<10], as: UTF8.self)), u[10] == 0x54 || u[10] == 0x74,
            u[13] == 0x3A, u[16] == 0x3A,
            let h = number(u[11..<13]), let m = number(u[14..<16]), let s = number(u[17..<19]), h < 24, m < 60, s < 61
        else { return nil }
        var i = 19, millis: Int64 = 0
        if i < u.count && u[i] == 0x2E {
            i += 1
            var digits = 0
            while i < u.count, u[i] >= 0x30 && u[i] <= 0x39 {
                if digits < 3 { millis = millis * 10 + Int64(u[i] - 0x30) }
                digits += 1
                i += 1
            }
            guard digits > 0 else { return nil }
            var scale = digits
            while scale < 3 { millis *= 10; scale += 1 }
        }
        var offsetMinutes = 0
        if i < u.count && (u[i] == 0x5A || u[i] == 0x7A) {
            i += 1
        } else if i + 6 == u.count, u[i] == 0x2B || u[i] == 0x2D, u[i + 3] == 0x3A,
            let oh = number(u[i + 1..<i + 3]), let om = number(u[i + 4..<i + 6]), oh < 24, om < 60
        {
            offsetMinutes = (oh * 60 + om) * (u[i] == 0x2D ? -1 : 1)
            i += 6
        } else {
            return nil
        }
        guard i == u.count else { return nil }
        let seconds = Int64(day.ordinal) * 86_400 + Int64(h * 3600 + m * 60 + s) - Int64(offsetMinutes * 60)
        return seconds * 1000 + millis
    }

    private static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        var v = 0
        for b in bytes {
            guard b >= 0x30 && b <= 0x39 else { return nil }
            v = v * 10 + Int(b - 0x30)
        }
        return v
    }
}
