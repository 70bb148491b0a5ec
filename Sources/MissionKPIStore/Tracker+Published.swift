import Foundation
import GRDB
import MissionKPI

/// Why a published assessment could not be stored (the rest of its batch is not stored either).
public struct PublishedAssessmentError: Error, LocalizedError, Sendable, Equatable {
    /// The assessment's contract, KPI, period and release, for the message.
    public var subject: String
    /// What is wrong with it.
    public var problem: String

    public var errorDescription: String? { "cannot record the published assessment \(subject): \(problem)" }
}

extension Tracker {
    /// Stores published (UK9) assessments in one transaction of their own; see `recordPublished(_:in:)`.
    @discardableResult
    public func recordPublished(_ items: [PublishedAssessment]) throws -> Int {
        try backend.recordPublished(items, alongside: {})
    }

    /// Stores published (UK9) assessments on any backend and runs `work` inside the same transaction
    /// before it commits: both are kept, or neither when either throws. Idempotent, as
    /// `recordPublished(_:in:)`; returns how many were new.
    @discardableResult
    public func recordPublished(_ items: [PublishedAssessment], alongside work: () throws -> Void) throws -> Int {
        try backend.recordPublished(items, alongside: work)
    }

    /// Stores published (UK9) assessments inside the caller's write transaction (see `write(_:)`), so
    /// that an import stores them together with its other work or not at all. Idempotent: an
    /// assessment of a release already stored for the same contract, KPI and period is skipped.
    /// Returns how many were new. Throws `PublishedAssessmentError` for an item the schema would refuse.
    @discardableResult
    public static func recordPublished(_ items: [PublishedAssessment], in db: Database) throws -> Int {
        for item in items { try check(item) }
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO published_assessment (contract_id, kpi_id, period, period_start, period_end, measure,
                    classification, classification_description, release_id, release_date, notice_type)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (contract_id, kpi_id, period_start, period_end, release_id) DO NOTHING
                """)
        var added = 0
        for a in items {
            try statement.execute(arguments: [
                a.contract, a.kpi, a.periodText, a.periodStart.description, a.periodEnd.description, a.measure,
                a.classification.rawValue, a.classificationDescription, a.release, a.releaseDate, a.noticeType,
            ])
            added += db.changesCount
        }
        return added
    }

    /// Runs `work` in one write transaction of a SQLite tracker: everything it does is committed
    /// together, or nothing when it throws. (Any backend: `recordPublished(_:alongside:)`.)
    public func write<T>(_ work: (Database) throws -> T) throws -> T {
        try pool.write(work)
    }

    /// Every published assessment held, sorted by contract, KPI, period, release date and release id.
    public func publishedAssessments() throws -> [PublishedAssessment] { try backend.publishedAssessments() }

    /// Refuses what the schema's CHECKs would, with a message naming the item.
    static func check(_ a: PublishedAssessment) throws {
        if let problem = problem(a) {
            throw PublishedAssessmentError(
                subject: "'\(a.contract)/\(a.kpi)' for \(a.periodText) from release '\(a.release)'", problem: problem)
        }
    }

    /// What is wrong with an assessment, or nil.
    static func problem(_ a: PublishedAssessment) -> String? {
        if a.contract.isEmpty || a.kpi.isEmpty { return "the contract or KPI id is empty" }
        if a.periodText.isEmpty { return "the period text is empty" }
        if a.periodEnd < a.periodStart { return "the period ends (\(a.periodEnd)) before it starts (\(a.periodStart))" }
        if a.release.isEmpty || a.releaseDate.isEmpty { return "the release id or date is empty" }
        if a.noticeType.isEmpty { return "the notice type is empty" }
        if a.measure == "" || a.classificationDescription == "" { return "an empty measure or description: use nil" }
        return nil
    }

    /// Refuses what the schema's CHECKs would, with a message naming the item (every backend).
    @_spi(TrackerBackend) public static func checkPublished(_ items: [PublishedAssessment]) throws {
        for item in items { try check(item) }
    }
}

extension SQLiteTracker {
    func recordPublished(_ items: [PublishedAssessment], alongside work: () throws -> Void) throws -> Int {
        try pool.write { db in
            let added = try Tracker.recordPublished(items, in: db)
            try work()
            return added
        }
    }

    func publishedAssessments() throws -> [PublishedAssessment] {
        try pool.read { try SQLiteTracker.published(in: $0) }
    }

    /// The published assessments, sorted, as one read of `db` sees them.
    static func published(in db: Database) throws -> [PublishedAssessment] {
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT contract_id, kpi_id, period, period_start, period_end, measure, classification,
                    classification_description, release_id, release_date, notice_type
                FROM published_assessment ORDER BY contract_id, kpi_id, period_start, period_end, release_date, release_id
                """)
        var out: [PublishedAssessment] = []
        while let row = try rows.next() {
            guard let start = Day(parsing: row[3] as String), let end = Day(parsing: row[4] as String),
                let classification = PublishedAssessment.Classification(rawValue: row[6])
            else { continue }  // the schema's CHECKs keep such rows out
            out.append(
                PublishedAssessment(
                    contract: row[0], kpi: row[1], periodStart: start, periodEnd: end, periodText: row[2],
                    measure: row[5], classification: classification, classificationDescription: row[7],
                    release: row[8], releaseDate: row[9], noticeType: row[10]))
        }
        return out
    }
}
