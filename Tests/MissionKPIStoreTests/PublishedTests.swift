import Foundation
import GRDB
import MissionKPI
import Testing

@testable import MissionKPIStore

@Suite struct PublishedTests {
    static func item(
        _ kpi: String = "monthly-pct", release: String = "ocds-h6vhtk-0001-uk9", start: String = "2025-04-01",
        end: String = "2026-03-31", classification: PublishedAssessment.Classification = .slightlyBelow,
        date: String = "2026-05-01T09:00:00+01:00"
    ) -> PublishedAssessment {
        PublishedAssessment(
            contract: "c-one", kpi: kpi, periodStart: Day(parsing: start)!, periodEnd: Day(parsing: end)!,
            periodText: "\(start)/\(end)", measure: "75%", classification: classification,
            classificationDescription: "Approaching target - performance is close to meeting the KPI", release: release,
            releaseDate: date, noticeType: "UK9")
    }

    @Test(arguments: Backend.allCases)
    func storedAssessmentsComeBackSortedAndWhole(_ backend: Backend) throws {
        let f = try TrackerFixture(backend: backend)
        let t = try f.tracker()
        let later = Self.item(release: "ocds-h6vhtk-0002-uk9", classification: .met, date: "2026-06-01T00:00:00Z")
        let other = Self.item("another", start: "2024-04-01", end: "2025-03-31")
        var bare = Self.item("bare")
        bare.measure = nil
        bare.classificationDescription = nil
        #expect(try t.recordPublished([later, Self.item(), other, bare]) == 4)
        #expect(try t.publishedAssessments() == [other, bare, Self.item(), later])
        #expect(try f.tracker(create: false).publishedAssessments().count == 4)
    }

    @Test(arguments: Backend.allCases)
    func theSameReleasesAssessmentIsStoredOnce(_ backend: Backend) throws {
        let f = try TrackerFixture(backend: backend)
        let t = try f.tracker()
        #expect(try t.recordPublished([Self.item()]) == 1)
        #expect(try t.recordPublished([Self.item(), Self.item()]) == 0)
        #expect(try t.recordPublished([Self.item(release: "ocds-h6vhtk-0009-uk9")]) == 1)
        #expect(try t.publishedAssessments().count == 2)
    }

    @Test func recordingInsideAnotherTransactionRollsBackWithIt() throws {
        struct Failed: Error {}
        let f = try TrackerFixture()
        let t = try f.tracker()
        #expect(throws: Failed.self) {
            try t.write { db in
                try Tracker.recordPublished([Self.item()], in: db)
                throw Failed()
            }
        }
        #expect(try t.publishedAssessments().isEmpty)
        let added = try t.write { db in try Tracker.recordPublished([Self.item()], in: db) }
        #expect(added == 1)
    }

    /// The same on any backend: the caller's work runs inside the transaction, and its failure undoes both.
    @Test(arguments: Backend.allCases)
    func recordingAlongsideOtherWorkRollsBackWithIt(_ backend: Backend) throws {
        struct Failed: Error {}
        let f = try TrackerFixture(backend: backend)
        let t = try f.tracker()
        #expect(throws: Failed.self) { try t.recordPublished([Self.item()], alongside: { throw Failed() }) }
        #expect(try t.publishedAssessments().isEmpty)
        var ran = false
        #expect(try t.recordPublished([Self.item()], alongside: { ran = true }) == 1)
        #expect(try ran && t.publishedAssessments() == [Self.item()])
    }

    @Test(arguments: Backend.allCases)
    func aBadItemStoresNothingOfItsBatchAndSaysWhich(_ backend: Backend) throws {
        let f = try TrackerFixture(backend: backend)
        let t = try f.tracker()
        var backwards = Self.item("k2")
        backwards.periodEnd = Day(parsing: "2025-01-01")!
        var empty = Self.item("k3")
        empty.measure = ""
        for bad in [backwards, empty] {
            let error = #expect(throws: PublishedAssessmentError.self) { try t.recordPublished([Self.item(), bad]) }
            #expect(error?.errorDescription?.contains("'c-one/\(bad.kpi)'") == true)
        }
        #expect(try t.publishedAssessments().isEmpty)
    }

    @Test func theSchemaRefusesUnknownCodesAndNeverChangesOrDeletesARow() throws {
        let f = try TrackerFixture()
        let t = try f.tracker()
        try t.recordPublished([Self.item()])
        let insert = """
            INSERT INTO published_assessment (contract_id, kpi_id, period, period_start, period_end, classification,
                release_id, release_date, notice_type) VALUES
            """
        try t.pool.write { db in
            for bad in [
                insert + "('c', 'k', 'p', '2025-04-01', '2025-04-30', 'good', 'r', 'd', 'UK9')",  // not an OCDS code
                insert + "('c', 'k', 'p', '2025-04-30', '2025-04-01', 'met', 'r', 'd', 'UK9')",  // ends before it starts
                insert + "('c', 'k', 'p', '2025-04-01', '2025-04-30', 'met', '', 'd', 'UK9')",  // no release
                "UPDATE published_assessment SET classification = 'met'",
                "DELETE FROM published_assessment",
            ] {
                #expect(throws: DatabaseError.self, "\(bad)") { try db.execute(sql: bad) }
            }
        }
        #expect(try t.publishedAssessments() == [Self.item()])
    }

    @Test func classificationsMapToTheRatingsBothWays() {
        for c in PublishedAssessment.Classification.allCases {
            #expect(PublishedAssessment.Classification(rating: c.rating) == c)
            #expect(c.rating.ocdsClassification == c.rawValue)
        }
        #expect(PublishedAssessment.Classification.slightlyBelow.rating == .approachingTarget)
    }
}

@Suite struct PublishedMigrationTests {
    @Test func aVersionOneTrackerIsMigratedKeepingItsObservations() throws {
        let f = try TrackerFixture()
        try FileManager.default.createDirectory(atPath: f.root + "/.missionkpi", withIntermediateDirectories: true)
        var v1 = DatabaseMigrator()
        v1.registerMigration("v1-returns-and-observations") { try $0.execute(sql: TrackerSchema.v1) }
        let old = try DatabaseQueue(path: f.dbPath)
        try v1.migrate(old)
        try old.write { db in
            try db.execute(sql: "INSERT INTO returns_file VALUES (1, 'r.csv', '\(String(repeating: "a", count: 64))', 't', 1)")
            try db.execute(
                sql: """
                    INSERT INTO observation (contract_id, kpi_id, period, period_start, period_end, value, version, file_id, row)
                    VALUES ('c-one', 'monthly-pct', '2025-04', '2025-04-01', '2025-04-30', 1, 1, 1, 2)
                    """)
        }
        try old.close()
        let t = try Tracker(path: f.dbPath)
        #expect(try t.pool.read { try TrackerSchema.migrator.appliedIdentifiers($0) }.count == 2)
        #expect(try t.counts().observations == 1)
        #expect(try t.recordPublished([PublishedTests.item()]) == 1)
    }
}
