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
        #expect(ids.filter { !PostgresSchema.postgresOnly.contains($0) } == (try sqlite.tracker().appliedMigrations()))
        #expect(ids == PostgresSchema.migrations.map(\.id))
        #expect(PostgresSchema.postgresOnly.isSubset(of: Set(ids)))
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
            // One statement, the second of its rows naming no such file (checked per statement).
            insert + "('c', 'k', '2025-04', '2025-04-01', '2025-04-30', 1, 1, 1, 2), ('c', 'k', '2025-05', '2025-05-01', '2025-05-31', 1, 1, 99, 3)",
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
        let missing = #expect(throws: PGFailure.self) { try c.query(insert + "('c', 'k', '2025-06', '2025-06-01', '2025-06-30', 1, 1, 42, 2)") }
        #expect(missing?.sqlState == "23503" && missing?.isDataError == true)
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
        #expect(try t.appliedMigrations() == PostgresSchema.migrations.map(\.id))
        #expect(try t.counts().observations == 1)
        #expect(try t.observations().map(\.value) == [1])
        #expect(try t.recordPublished([PublishedTests.item()]) == 1)
    }
}

/// The read model (`observation_series`, migration v3): the database keeps it in step with
/// `observation`, fills it from what a tracker already holds when it migrates, and lets nothing
/// else write it.
@Suite struct PostgresSeriesTests {
    /// Every version as the observation table holds it, in key order, a line each.
    static func table(_ t: Tracker) throws -> [String] {
        let files = Dictionary(uniqueKeysWithValues: try t.dump().files.map { ($0.id, $0.path) })
        return try t.dump().observations.sorted { ($0.contract, $0.kpi, $0.start, $0.end, $0.version) < ($1.contract, $1.kpi, $1.start, $1.end, $1.version) }
            .map { o in
                "\(o.contract) \(o.kpi) \(o.period) \(o.start) \(o.end) \(o.value) \(o.note ?? "-") v\(o.version) \(files[o.fileId] ?? "?"):\(o.row)"
            }
    }

    /// Every version as publishing reads it (from the series), a line each in the same form.
    static func series(_ t: Tracker) throws -> [String] {
        try t.observations(allVersions: true).map { o in
            "\(o.contract) \(o.kpi) \(o.period.text) \(o.period.start) \(o.period.end) \(o.value) \(o.note ?? "-") v\(o.version) \(o.provenance.file):\(o.provenance.row)"
        }
    }

    /// The values publishing reads, in key order.
    static func values(_ t: Tracker) throws -> [Double] { try t.observations(allVersions: true).map(\.value) }

    /// Files recorded one after another: later periods, an earlier period recorded last, corrections
    /// of old periods, notes and none; the series read gives what the table holds, in key order.
    @Test func theSeriesSayWhatTheObservationsSayAfterCorrectionsAndLatePeriods() throws {
        let f = try TrackerFixture(backend: .postgres)
        try f.write("a.csv", "contract,kpi,period,value,note\nc-one,monthly-pct,2025-05,70,first\nc-one,monthly-pct,2025-06,71,\nc-two,delivery,2025-04,5,\n")
        try f.write("b.csv", "contract,kpi,period,value,note\nc-one,monthly-pct,2025-04,69,late\nc-one,monthly-pct,2025-05,72,corrected\n")
        try f.write("c.csv", "contract,kpi,period,value\nc-one,monthly-pct,2025-05,73\nc-one,quarterly-count,2025-Q2,3\n")
        _ = try f.record(["a.csv"], at: "2026-01-01T00:00:00Z")
        _ = try f.record(["b.csv"], at: "2026-02-01T00:00:00Z")
        _ = try f.record(["c.csv"], at: "2026-03-01T00:00:00Z")
        let t = try f.tracker()
        #expect(try PostgresSeriesTests.series(t) == (try PostgresSeriesTests.table(t)))
        let read = try t.observations(allVersions: true)
        let may = read.filter { $0.kpi == "monthly-pct" && $0.period.text == "2025-05" }
        #expect(may.map(\.version) == [1, 2, 3] && may.map(\.value) == [70, 72, 73])
        #expect(read.filter { $0.kpi == "monthly-pct" }.map(\.period.text) == ["2025-04", "2025-05", "2025-05", "2025-05", "2025-06"])
        #expect(try t.observations(contract: "c-one", kpi: "monthly-pct").map(\.value) == [69, 73, 71])
        let c = try #require(f.postgres).connect()
        defer { c.close() }
        // The appended file's elements came after the first file's: the stored order is not key order.
        let data = try #require(try c.query("SELECT data FROM observation_series WHERE kpi_id = 'monthly-pct'").first).decode(ByteBuffer.self)
        var stored: [String] = []
        try data.withUnsafeReadableBytes { raw in
            _ = try SeriesCodec.elements(raw) { stored.append(String(decoding: $0.period, as: UTF8.self)) }
        }
        #expect(stored == ["2025-05", "2025-06", "2025-04", "2025-05", "2025-05"])
        #expect(try t.observationSet().count == 5)  // the latest version of each KPI and period
    }

    @Test func aVersionTwoTrackerHoldingObservationsGetsItsSeriesWhenItMigrates() throws {
        let f = try TrackerFixture(backend: .postgres)
        let c = try #require(f.postgres).connect()
        defer { c.close() }
        try c.query(PostgresSchema.migrationsTable)
        for sql in PostgresSchema.v1 + PostgresSchema.v2 { try c.query(sql) }
        try c.query("INSERT INTO missionkpi_migrations VALUES ('v1-returns-and-observations'), ('v2-published-assessments')")
        try c.query("INSERT INTO returns_file (path, sha256, recorded_at, rows) VALUES ('r.csv', '\(String(repeating: "a", count: 64))', 't', 3)")
        try c.query(
            """
            INSERT INTO observation (contract_id, kpi_id, period, period_start, period_end, value, note, version, file_id, row) VALUES
            ('c-one', 'monthly-pct', '2025-05', '2025-05-01', '2025-05-31', 2, NULL, 1, 1, 3),
            ('c-one', 'monthly-pct', '2025-04', '2025-04-01', '2025-04-30', 1, 'n', 1, 1, 2),
            ('c-one', 'monthly-pct', '2025-04', '2025-04-01', '2025-04-30', 1.5, NULL, 2, 1, 4),
            ('c-two', 'delivery', '2025-04', '2025-04-01', '2025-04-30', 9, NULL, 1, 1, 5)
            """)
        #expect {
            _ = try TrackerAddress.parse(f.db).openForReading()
        } throws: { error in
            (error as? TrackerError)?.localizedDescription.contains("written by an older missionkpi") == true
        }
        let t = try f.tracker()
        #expect(try t.appliedMigrations() == PostgresSchema.migrations.map(\.id))
        #expect(try PostgresSeriesTests.series(t) == (try PostgresSeriesTests.table(t)))
        let read = try t.observations(allVersions: true)
        #expect(read.map(\.value) == [1, 1.5, 2, 9])
        #expect(read.first?.note == "n")
        #expect(try c.query("SELECT count(*) FROM observation_series").first?.decode(Int.self) == 2)
        // Recording goes on from there, into the same series.
        try f.write("q.csv", "contract,kpi,period,value\nc-one,monthly-pct,2025-06,3\n")
        _ = try f.record(["q.csv"])
        #expect(try PostgresSeriesTests.values(t) == [1, 1.5, 2, 3, 9])
        #expect(try PostgresSeriesTests.series(t) == (try PostgresSeriesTests.table(t)))
    }

    @Test func nothingButTheTrackerWritesTheSeries() throws {
        let f = try TrackerFixture(backend: .postgres)
        try f.write("r.csv", "contract,kpi,period,value\nc-one,monthly-pct,2025-04,1\n")
        _ = try f.record(["r.csv"])
        let c = try #require(f.postgres).connect()
        defer { c.close() }
        for (bad, says) in [
            // A valid observation of a recorded file, added by hand: it would be missing from the series.
            (
                """
                INSERT INTO observation (contract_id, kpi_id, period, period_start, period_end, value, version, file_id, row)
                VALUES ('c-one', 'monthly-pct', '2025-05', '2025-05-01', '2025-05-31', 2, 1, 1, 3)
                """, "observations are added by missionkpi record"
            ),
            ("INSERT INTO observation_series VALUES ('c', 'k', 1, '\\x00')", "observations are added by missionkpi record"),
            ("UPDATE observation_series SET observations = 2", "observations are added by missionkpi record"),
            ("DELETE FROM observation_series", "observations are added by missionkpi record"),
            ("TRUNCATE observation_series", "the series are never deleted"),
        ] {
            let failure = #expect(throws: PGFailure.self, "\(bad)") { try c.query(bad) }
            #expect(failure?.message.contains(says) == true, "\(bad): \(failure?.message ?? "")")
        }
        #expect(try PostgresSeriesTests.values(try f.tracker()) == [1])
        #expect(try f.tracker().counts() == (files: 1, observations: 1))
        #expect(try f.tracker().integrityCheck() == "ok")
        // A session that says it keeps the series but does not: the integrity check names the KPI.
        try c.query(ObservationRows.keepingSeries)
        try c.query(
            """
            INSERT INTO observation (contract_id, kpi_id, period, period_start, period_end, value, version, file_id, row)
            VALUES ('c-one', 'monthly-pct', '2025-05', '2025-05-01', '2025-05-31', 2, 1, 1, 3)
            """)
        let check = try f.tracker().integrityCheck()
        #expect(check.split(separator: "\n").contains("c-one monthly-pct: the table holds 2 observations, observation_series 1"), "\(check)")
    }
}
