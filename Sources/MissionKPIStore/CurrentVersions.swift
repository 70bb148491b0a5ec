import GRDB
import MissionKPI

/// The current (latest) version the tracker holds of each KPI and period a file touches, so that a
/// row equal to it is left alone and a differing one becomes the next version. Loaded one
/// (contract, KPI) at a time as rows arrive; nothing to load on an empty tracker.
struct CurrentVersions {
    struct Latest {
        var version: Int
        var value: Double
        var note: String?
    }

    /// A period by its first and last days.
    struct Span: Hashable {
        var start: Day
        var end: Day
    }

    private let statement: Statement?
    private var byKPI: [String: [String: [Span: Latest]]] = [:]
    private var last: (contract: String, kpi: String, versions: [Span: Latest]) = ("", "", [:])

    init(_ db: Database) throws {
        let empty = try Bool.fetchOne(db, sql: "SELECT NOT EXISTS (SELECT 1 FROM observation)") ?? true
        statement =
            empty
            ? nil
            : try db.makeStatement(
                sql: """
                    SELECT period_start, period_end, version, value, note FROM observation
                    WHERE contract_id = ? AND kpi_id = ? ORDER BY version
                    """)
    }

    /// The current version of a row's KPI and period, if the tracker holds one.
    mutating func current(of r: ReturnRow) throws -> Latest? {
        guard let statement else { return nil }
        if r.contract != last.contract || r.kpi != last.kpi {
            let versions = try byKPI[r.contract]?[r.kpi] ?? load(statement, r.contract, r.kpi)
            byKPI[r.contract, default: [:]][r.kpi] = versions
            last = (r.contract, r.kpi, versions)
        }
        return last.versions.isEmpty ? nil : last.versions[Span(start: r.period.start, end: r.period.end)]
    }

    private func load(_ statement: Statement, _ contract: String, _ kpi: String) throws -> [Span: Latest] {
        var versions: [Span: Latest] = [:]
        let cursor = try Row.fetchCursor(statement, arguments: [contract, kpi])
        while let row = try cursor.next() {
            guard let start = Day(parsing: row[0] as String), let end = Day(parsing: row[1] as String) else { continue }
            versions[Span(start: start, end: end)] = Latest(version: row[2], value: row[3], note: row[4])
        }
        return versions
    }
}
