import Foundation
import MissionKPIStore
import PostgresNIO
import Testing

@testable import MissionKPIStorePostgres

/// The PostgreSQL tracker's schema: the committed golden, the same numbered migrations as SQLite's,
/// and integrity in the schema (refused rows, no UPDATE, DELETE or TRUNCATE of what was recorded).
@Suite struct PostgresSchemaTests {
    static let goldenPath: String = {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("schema-postgres.sql").path
    }()

    @Test func aFreshDatabaseHasTheCommittedGoldenSchema() throws {
        let f = try TrackerFixture(backend: .postgres)
        let schema = try f.tracker().schemaSQL()
        if ProcessInfo.processInfo.environment["MISSIONKPI_RECORD_GOLDEN"] == "1" {
            try schema.write(toFile: PostgresSchemaTests.goldenPath, atomically: true, encoding: .utf8)
        }
        let golden = try String(contentsOfFile: PostgresSchemaTests.goldenPath, encoding: .utf8)
        #expect(
            schema == golden,
            "the schema changed: add a migration (never edit a shipped one), then re-record with MISSIONKPI_RECORD_GOLDEN=1")
    }

    @Test func bothBackendsApplyTheSameNumberedMigrations() throws {
        let pg = try TrackerFixture(backend: .postgres), sqlite = try TrackerFixture()
        let ids = try pg.tracker().appliedMigrations()
        #expect(ids == (try sqlite.tracker().appliedMigrations()))
        #expect(ids == PostgresSchema.migrations.map(\.id))
        #expect(ids.allSatisfy { $0.range(of: #"^v[0-9]+-[a-z0-9-]+$"#, options: .regularExpression) != nil })
    }

    @Test func theSchemaRefusesBadRowsAndNeverChangesOrDeletesAnObservation() throws {
        let f = try TrackerFixture(backend: .postgres)
        try f.write("r.csv", "contract,kpi,period,value\nc-one,monthly-pct,2025-04,1\n")
        _ = try f.record(["r.csv"])
        let c = try #require(f.postgres).connect()
        defer { c.close() }
        let insert = "INSERT INTO observation (contract_id, kpi_id, period, period_start, period_end, value, version, file_id, row) VALUES "
        for bad in [
            insert + "('c', 'k', '2025-04', '2025-04-01', '2025-04-30', 1, 0, 1, 2)",  // version 0
            insert + "('c', 'k', '2025-04', '2025-04-30', '2025-04-01', 1, 1, 1, 2)",  // ends before it starts
            insert + "('c', 'k', '2025-04', '2025-04-01', '2025-04-30', 1, 1, 99, 2)",  // no such file
            insert + "('c', 'k', '2025-04', '2025-04-01', '2025-04-30', NULL, 1, 1, 2)",  // no value
            insert + "('c', 'k', '2025-04', '2025-04-01', '2025-04-30', 'NaN', 1, 1, 2)",  // not a number
            insert + "('', 'k', '2025-04', '2025-04-01', '2025-04-30', 1, 1, 1, 2)",  // no contract
            "UPDATE observation SET value = 2",
            "DELETE FROM observation",
            "TRUNCATE observation CASCADE",
            "DELETE FROM returns_file",
            "UPDATE returns_file SET sha256 = '\(String(repeating: "0", count: 64))'",
        ] {
            #expect(throws: PGFailure.self, "\(bad)") { try c.query(bad) }
        }
        #expect(try f.tracker().counts() == (files: 1, observations: 1))
    }

    @Test func aTrackerFromANewerVersionIsRefusedNotDamaged() throws {
        let f = try TrackerFixture(backend: .postgres)
        _ = try f.tracker()
        let c = try #require(f.postgres).connect()
        defer { c.close() }
        try c.query("INSERT INTO missionkpi_migrations (identifier) VALUES ('v99-future')")
        #expect {
            _ = try f.tracker()
        } throws: { error in
            (error as? TrackerError)?.localizedDescription.contains("written by a newer missionkpi") == true
        }
    }

    @Test func readingADatabaseWithoutATrackerSaysSoAndCreatesNothing() throws {
        let f = try TrackerFixture(backend: .postgres)
        #expect {
            _ = try f.tracker(create: false)
        } throws: { error in
            (error as? TrackerError)?.localizedDescription.hasPrefix("no tracker at postgresql://") == true
        }
        let c = try #require(f.postgres).connect()
        defer { c.close() }
        #expect(try c.query("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'").first?.decode(Int.self) == 0)
    }

    /// A reading command never migrates nor writes: an older tracker is refused as such, and a
    /// tracker opened for reading refuses to record.
    @Test func aReaderNeverMigratesNorRecords() throws {
        let f = try TrackerFixture(backend: .postgres)
        let c = try #require(f.postgres).connect()
        defer { c.close() }
        try c.query(PostgresSchema.migrationsTable)
        for sql in PostgresSchema.v1 { try c.query(sql) }
        try c.query("INSERT INTO missionkpi_migrations VALUES ('v1-returns-and-observations')")
        let address = try TrackerAddress.parse(f.db)
        #expect {
            _ = try address.openForReading()
        } throws: { error in
            (error as? TrackerError)?.localizedDescription.contains("written by an older missionkpi") == true
        }
        #expect(try c.query("SELECT count(*) FROM missionkpi_migrations").first?.decode(Int.self) == 1)
        _ = try f.tracker()  // a writer migrates it
        let reader = try address.openForReading()
        #expect(reader.isReadOnly)
        try f.write("q.csv", "contract,kpi,period,value\nc-two,delivery,2025-04,1\n")
        #expect(throws: RecordError.self) { _ = try f.record(["q.csv"], tracker: reader) }
        #expect(try reader.counts() == (files: 0, observations: 0))
    }

    @Test func twoProcessesCreatingTheTrackerAtOnceMigrateItOnce() throws {
        let f = try TrackerFixture(backend: .postgres)
        let errors = Log()
        let group = DispatchGroup()
        let address = try TrackerAddress.parse(f.db)
        for _ in 0..<4 {
            group.enter()
            Thread {
                do { _ = try address.open(create: true) } catch { errors.add("\(error)") }
                group.leave()
            }.start()
        }
        group.wait()
        #expect(errors.all.isEmpty, "\(errors.all)")
        #expect(try f.tracker().appliedMigrations() == PostgresSchema.migrations.map(\.id))
    }
}

/// Published (UK9) assessments on PostgreSQL: the schema refuses what SQLite's refuses, and a tracker
/// created before them (v1) is migrated keeping its rows.
@Suite struct PostgresPublishedTests {
    @Test func theSchemaRefusesUnknownCodesAndNeverChangesOrDeletesARow() throws {
        let f = try TrackerFixture(backend: .postgres)
        let t = try f.tracker()
        try t.recordPublished([PublishedTests.item()])
        let c = try #require(f.postgres).connect()
        defer { c.close() }
        let insert = """
            INSERT INTO published_assessment (contract_id, kpi_id, period, period_start, period_end, classification,
                release_id, release_date, notice_type) VALUES
            """
        for bad in [
            insert + "('c', 'k', 'p', '2025-04-01', '2025-04-30', 'good', 'r', 'd', 'UK9')",  // not an OCDS code
            insert + "('c', 'k', 'p', '2025-04-30', '2025-04-01', 'met', 'r', 'd', 'UK9')",  // ends before it starts
            insert + "('c', 'k', 'p', '2025-04-01', '2025-04-30', 'met', '', 'd', 'UK9')",  // no release
            "UPDATE published_assessment SET classification = 'met'",
            "DELETE FROM published_assessment",
            "TRUNCATE published_assessment",
        ] {
            #expect(throws: PGFailure.self, "\(bad)") { try c.query(bad) }
        }
        #expect(try t.publishedAssessments() == [PublishedTests.item()])
    }

    @Test func aVersionOneTrackerIsMigratedKeepingItsObservations() throws {
        let f = try TrackerFixture(backend: .postgres)
        let c = try #require(f.postgres).connect()
        defer { c.close() }
        try c.query(PostgresSchema.migrationsTable)
        for sql in PostgresSchema.v1 { try c.query(sql) }
        try c.query("INSERT INTO missionkpi_migrations VALUES ('v1-returns-and-observations')")
        try c.query("INSERT INTO returns_file (path, sha256, recorded_at, rows) VALUES ('r.csv', '\(String(repeating: "a", count: 64))', 't', 1)")
        try c.query(
            """
            INSERT INTO observation (contract_id, kpi_id, period, period_start, period_end, value, version, file_id, row)
            VALUES ('c-one', 'monthly-pct', '2025-04', '2025-04-01', '2025-04-30', 1, 1, 1, 2)
            """)
        let t = try f.tracker()
        #expect(try t.appliedMigrations() == ["v1-returns-and-observations", "v2-published-assessments"])
        #expect(try t.counts().observations == 1)
        #expect(try t.recordPublished([PublishedTests.item()]) == 1)
    }
}
