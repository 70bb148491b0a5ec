import Foundation
import GRDB
import Testing

@testable import MissionKPIStore

@Suite struct SchemaTests {
    static let goldenPath: String = {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("schema.sql").path
    }()

    @Test func aFreshDatabaseHasTheCommittedGoldenSchema() throws {
        let f = try TrackerFixture()
        let schema = try f.tracker().schemaSQL()
        if ProcessInfo.processInfo.environment["MISSIONKPI_RECORD_GOLDEN"] == "1" {
            try schema.write(toFile: SchemaTests.goldenPath, atomically: true, encoding: .utf8)
        }
        let golden = try String(contentsOfFile: SchemaTests.goldenPath, encoding: .utf8)
        #expect(
            schema == golden,
            "the schema changed: add a migration (never edit a shipped one), then re-record with MISSIONKPI_RECORD_GOLDEN=1")
    }

    @Test func migrationsAreNumberedAndRecorded() throws {
        let f = try TrackerFixture()
        let ids = try f.tracker().pool.read { try TrackerSchema.migrator.appliedIdentifiers($0) }
        #expect(ids == ["v1-returns-and-observations", "v2-published-assessments"])
        #expect(ids.allSatisfy { $0.range(of: #"^v[0-9]+-[a-z0-9-]+$"#, options: .regularExpression) != nil })
    }

    @Test func theTrackerRunsInWALModeWithForeignKeysOn() throws {
        let f = try TrackerFixture()
        let t = try f.tracker()
        let (mode, fk) = try t.pool.read { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Int.fetchOne(db, sql: "PRAGMA foreign_keys"))
        }
        #expect(mode == "wal")
        #expect(fk == 1)
        #expect(try t.pool.read { try Int.fetchOne($0, sql: "PRAGMA page_size") } == 16384)
        #expect(FileManager.default.fileExists(atPath: f.root + "/.missionkpi"))
    }

    @Test func theSchemaRefusesBadRowsAndNeverChangesOrDeletesAnObservation() throws {
        let f = try TrackerFixture()
        try f.write("r.csv", "contract,kpi,period,value\nc-one,monthly-pct,2025-04,1\n")
        let t = try f.tracker()
        _ = try f.record(["r.csv"], tracker: t)
        let insert = "INSERT INTO observation (contract_id, kpi_id, period, period_start, period_end, value, version, file_id, row) VALUES "
        try t.pool.write { db in
            for bad in [
                insert + "('c', 'k', '2025-04', '2025-04-01', '2025-04-30', 1, 0, 1, 2)",  // version 0
                insert + "('c', 'k', '2025-04', '2025-04-30', '2025-04-01', 1, 1, 1, 2)",  // ends before it starts
                insert + "('c', 'k', '2025-04', '2025-04-01', '2025-04-30', 1, 1, 99, 2)",  // no such file
                insert + "('c', 'k', '2025-04', '2025-04-01', '2025-04-30', NULL, 1, 1, 2)",  // no value
                "UPDATE observation SET value = 2",
                "DELETE FROM observation",
                "DELETE FROM returns_file",
                "UPDATE returns_file SET sha256 = '\(String(repeating: "0", count: 64))'",
            ] {
                #expect(throws: DatabaseError.self, "\(bad)") { try db.execute(sql: bad) }
            }
        }
        #expect(try t.counts().observations == 1)
    }

    @Test func aTrackerFromANewerVersionIsRefusedNotDamaged() throws {
        let f = try TrackerFixture()
        let t = try f.tracker()
        try t.pool.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-future')") }
        #expect(throws: TrackerError.self) { _ = try Tracker(path: f.dbPath) }
    }

    @Test func readingAMissingTrackerSaysSoAndCreatesNothing() throws {
        let f = try TrackerFixture()
        #expect(throws: TrackerError.self) { _ = try Tracker(path: f.root + "/none.sqlite", create: false) }
        #expect(!FileManager.default.fileExists(atPath: f.root + "/none.sqlite"))
    }
}
