import Foundation
import MissionKPI
@_spi(TrackerBackend) import MissionKPIStore
import PostgresNIO

extension PostgresTracker {
    func recordPublished(_ items: [PublishedAssessment], alongside work: () throws -> Void) throws -> Int {
        try Tracker.checkPublished(items)
        return try withConnection { c in
            try c.query("BEGIN ISOLATION LEVEL READ COMMITTED")
            do {
                let added = try PostgresTracker.insertPublished(items, on: c)
                try work()
                try c.query("COMMIT")
                return added
            } catch {
                if !c.isClosed { _ = try? c.query("ROLLBACK") }
                throw error
            }
        }
    }

    func publishedAssessments() throws -> [PublishedAssessment] {
        try withConnection { try PostgresTracker.published(on: $0) }
    }

    /// Inserts the assessments not held yet (the same release's assessment of a KPI and period is
    /// stored once, also when a batch repeats it); how many were new.
    static func insertPublished(_ items: [PublishedAssessment], on c: PGConnection) throws -> Int {
        var seen = Set<[String]>()
        let fresh = items.filter { seen.insert([$0.contract, $0.kpi, "\($0.periodStart)", "\($0.periodEnd)", $0.release]).inserted }
        guard !fresh.isEmpty else { return 0 }
        var binds = PostgresBindings(capacity: 11)
        binds.append(fresh.map(\.contract))
        binds.append(fresh.map(\.kpi))
        binds.append(fresh.map(\.periodText))
        binds.append(fresh.map { Int32(clamping: $0.periodStart.ordinal - PGRowDecoder.epochShift) })
        binds.append(fresh.map { Int32(clamping: $0.periodEnd.ordinal - PGRowDecoder.epochShift) })
        binds.append(fresh.map { $0.measure ?? "" })
        binds.append(fresh.map(\.classification.rawValue))
        binds.append(fresh.map { $0.classificationDescription ?? "" })
        binds.append(fresh.map(\.release))
        binds.append(fresh.map(\.releaseDate))
        binds.append(fresh.map(\.noticeType))
        return try c.query(
            """
            INSERT INTO published_assessment (contract_id, kpi_id, period, period_start, period_end, measure, classification,
                classification_description, release_id, release_date, notice_type)
            SELECT c, k, p, DATE '2000-01-01' + s, DATE '2000-01-01' + e, NULLIF(m, ''), cl, NULLIF(d, ''), r, rd, n
            FROM unnest($1::text[], $2::text[], $3::text[], $4::int4[], $5::int4[], $6::text[], $7::text[], $8::text[], $9::text[],
                $10::text[], $11::text[]) AS t(c, k, p, s, e, m, cl, d, r, rd, n)
            ON CONFLICT (contract_id, kpi_id, period_start, period_end, release_id) DO NOTHING
            RETURNING 1
            """, binds
        ).count
    }

    /// Every published assessment, sorted as SQLite sorts them (byte order).
    static func published(on c: PGConnection) throws -> [PublishedAssessment] {
        try c.query(
            """
            SELECT contract_id, kpi_id, period, period_start, period_end, measure, classification, classification_description,
                release_id, release_date, notice_type
            FROM published_assessment ORDER BY contract_id, kpi_id, period_start, period_end, release_date, release_id
            """
        ).compactMap { row in
            let cells = Array(row)
            guard cells.count == 11, let classification = PGRowDecoder.text(cells[6]).flatMap(PublishedAssessment.Classification.init)
            else { return nil }  // the schema's CHECKs keep such rows out
            return PublishedAssessment(
                contract: PGRowDecoder.text(cells[0]) ?? "", kpi: PGRowDecoder.text(cells[1]) ?? "",
                periodStart: PGRowDecoder.day(try PGRowDecoder.int32(cells[3])), periodEnd: PGRowDecoder.day(try PGRowDecoder.int32(cells[4])),
                periodText: PGRowDecoder.text(cells[2]) ?? "", measure: PGRowDecoder.text(cells[5]), classification: classification,
                classificationDescription: PGRowDecoder.text(cells[7]), release: PGRowDecoder.text(cells[8]) ?? "",
                releaseDate: PGRowDecoder.text(cells[9]) ?? "", noticeType: PGRowDecoder.text(cells[10]) ?? "")
        }
    }
}
