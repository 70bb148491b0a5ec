import Foundation
import MissionKPI
import Testing

@testable import MissionKPIStorePostgres

/// The tracker is read one row per KPI, its observations as arrays decoded by hand (`PGArray`,
/// `PGRowDecoder`): what the server sends must come back whole, in key order, NULL notes as nil.
@Suite struct PostgresArrayReadTests {
    @Test func keyOrderKeepsSortedElementsAndSortsOthers() {
        #expect(PGRowDecoder.keyOrder([1, 1, 2], [3, 3, 4], [1, 2, 1]) == [0, 1, 2])
        #expect(PGRowDecoder.keyOrder([2, 1, 1], [4, 3, 3], [1, 2, 1]) == [2, 1, 0])
        #expect(PGRowDecoder.keyOrder([], [], []) == [])
    }

    /// A KPI row as the read query returns it, but with its elements out of key order and a NULL note:
    /// the decoder hands them over sorted, each with its own period, version, note, row and file.
    @Test func aKPIRowOfArraysDecodesInKeyOrder() throws {
        let c = try TestServer.admin()
        defer { c.close() }
        let files: [Int64: ProvenanceFile] = [7: ProvenanceFile(path: "q1.csv", sha256: String(repeating: "a", count: 64), recordedAt: "2026-01-01")]
        let sink = Sink(PGRowDecoder(files: files))
        let out = Sink([Observation]())
        try c.each(
            """
            SELECT 'c-one'::text, 'kpi'::text, ARRAY['2025-05', '2025-04', '2025-04']::text[],
                ARRAY[DATE '2025-05-01', DATE '2025-04-01', DATE '2025-04-01'], ARRAY[DATE '2025-05-31', DATE '2025-04-30', DATE '2025-04-30'],
                ARRAY[71.5, 70, 69]::float8[], ARRAY[NULL, 'late', NULL]::text[], ARRAY[1, 2, 1]::int4[], ARRAY[3, 9, 2]::int4[],
                ARRAY[7, 7, 7]::int8[]
            """
        ) { row in try sink.value.observations(row) { out.value.append($0) } }
        let o = out.value
        #expect(o.map(\.period.text) == ["2025-04", "2025-04", "2025-05"])
        #expect(o.map(\.version) == [1, 2, 1])
        #expect(o.map(\.value) == [69, 70, 71.5])
        #expect(o.map(\.note) == [nil, "late", nil])
        #expect(o.map(\.provenance.row) == [2, 9, 3])
        #expect(o.allSatisfy { $0.contract == "c-one" && $0.kpi == "kpi" && $0.provenance.source.path == "q1.csv" })
        #expect(o.first?.period.start == PGRowDecoder.day(9222))  // 2025-04-01
    }

    /// Arrays of different lengths are a clear error, not a crash.
    @Test func unevenArraysAreRefused() throws {
        let c = try TestServer.admin()
        defer { c.close() }
        let sink = Sink(PGRowDecoder(files: [:]))
        #expect(throws: (any Error).self) {
            try c.each(
                """
                SELECT 'c'::text, 'k'::text, ARRAY['2025-04']::text[], ARRAY[DATE '2025-04-01'], ARRAY[DATE '2025-04-30', DATE '2025-05-31'],
                    ARRAY[1]::float8[], ARRAY[NULL]::text[], ARRAY[1]::int4[], ARRAY[2]::int4[], ARRAY[7]::int8[]
                """
            ) { row in try sink.value.observations(row) { _ in } }
        }
    }

    /// The read's plan is the primary key's index, rows streamed in order, whatever the statistics say
    /// (a small table, or one analyzed part-way through a large record, made the planner sort instead:
    /// on disk, with parallel workers, twice the server's time at 10k).
    @Test func theReadUsesThePrimaryKeyIndexNotASort() throws {
        let f = try TrackerFixture(generated: 3, backend: .postgres)
        try f.write("r0.csv", TrackerFixture.generatedReturns(contracts: 3, shift: 0))
        let r = try Binary.run(["record", "--workspace", f.root, "--db", f.db, f.root + "/r0.csv"])
        #expect(r.exit == 0, "\(r.stderr)")
        let db = try #require(f.postgres)
        let admin = try db.connect()
        try admin.query("ANALYZE observation")
        admin.close()
        let tracker = try PostgresTracker(db.address, mode: .read)
        let plans = try tracker.snapshot { c in
            try c.query(PGRowDecoder.readSettings)
            return try ["", "WHERE contract_id < 'c0001'", "WHERE contract_id >= 'c0001'"].map { filter in
                try c.query("EXPLAIN " + PGRowDecoder.query(filter: filter)).map { try $0.decode(String.self) }.joined(separator: "\n")
            }
        }
        for plan in plans {
            #expect(plan.contains("Index Scan using observation_pkey"), "\(plan)")
            #expect(!plan.contains("Sort") && !plan.contains("Gather"), "\(plan)")
        }
    }

    /// The whole tracker read over two connections (one snapshot, split at a contract) gives what one
    /// connection gives, in the same order, wherever the split falls; in any order of KPIs (both
    /// halves handed over as they come), the same observations, each KPI whole and in order.
    @Test func readingInTwoHalvesGivesWhatOneConnectionGives() throws {
        let contracts = 12
        let f = try TrackerFixture(generated: contracts, backend: .postgres)
        var paths: [String] = []
        for i in 0..<2 {
            try f.write("r\(i).csv", TrackerFixture.generatedReturns(contracts: contracts, shift: Double(i) / 10))
            paths.append(f.root + "/r\(i).csv")
        }
        let r = try Binary.run(["record", "--workspace", f.root, "--db", f.db] + paths)
        #expect(r.exit == 0, "\(r.stderr)")
        let db = try #require(f.postgres)
        let tracker = try PostgresTracker(db.address, mode: .read)
        let one = try tracker.allVersions(contract: nil, kpi: nil)
        #expect(one.count > contracts * 6 && one.contains { $0.version == 2 })
        for split in ["", "c0000", "c0006", "c0011", "zzz"] { for anyOrder in [false, true] {
            let out = Sink([Observation]())
            try tracker.snapshot { c in
                var files: [Int64: ProvenanceFile] = [:]
                for row in try c.query("SELECT id, path, sha256, recorded_at FROM returns_file") {
                    let (id, path, sha, at) = try row.decode((Int64, String, String, String).self)
                    files[id] = ProvenanceFile(path: path, sha256: sha, recordedAt: at)
                }
                let second = try db.connect()
                defer { second.close() }
                try tracker.readInTwo(c, second, split: split, files: files, anyOrder: anyOrder) { out.value.append($0) }
            }
            if !anyOrder {
                #expect(out.value == one, "split at '\(split)'")
                continue
            }
            // Any order of KPIs, but each KPI whole (one run) and its observations in order.
            let runs = zip(out.value, out.value.dropFirst()).filter { $0.contract != $1.contract || $0.kpi != $1.kpi }.count + 1
            #expect(runs == Set(one.map { [$0.contract, $0.kpi] }).count, "split at '\(split)'")
            let regrouped = out.value.enumerated().sorted { a, b in
                (a.element.contract, a.element.kpi, a.offset) < (b.element.contract, b.element.kpi, b.offset)
            }.map(\.element)
            #expect(regrouped == one, "split at '\(split)', any order")
        } }
    }
}
