import Foundation
import MissionKPI
import PostgresNIO
import Testing

@testable import MissionKPIStorePostgres

/// The tracker is read one row per KPI from its read model (`observation_series`), each KPI's
/// observations in `SeriesCodec`'s bytes decoded by hand (`PGRowDecoder`): what was stored must come
/// back whole, in key order, no note as nil; bytes that do not add up are a clear error.
@Suite struct PostgresSeriesReadTests {
    @Test func keyOrderKeepsSortedElementsAndSortsOthers() {
        #expect(PGRowDecoder.keyOrder([1, 1, 2], [3, 3, 4], [1, 2, 1]) == [0, 1, 2])
        #expect(PGRowDecoder.keyOrder([2, 1, 1], [4, 3, 3], [1, 2, 1]) == [2, 1, 0])
        #expect(PGRowDecoder.keyOrder([], [], []) == [])
    }

    /// Observations with every awkward part: days before 2000 and far ahead, a negative zero and the
    /// smallest double, huge file ids and rows, non-ASCII and empty-looking text, no note.
    static let awkward: [(start: Int32, end: Int32, version: Int32, row: Int32, file: Int64, value: Double, period: String, note: String?)] = [
        (9_221, 9_250, 1, 2, 7, 70, "2025-04", nil),
        (-730_119, -730_119, 2, Int32.max, Int64.max, -0.0, "0001-01-01", "café \"quoted\"\ttab\nline"),
        (2_921_939, 2_921_939, Int32.max, 3, 1, Double.leastNonzeroMagnitude, "FY9999-00", "日本語 ✓"),
        (9_131, 9_221, 3, 4, 42, -1.5e300, "2025-Q1", " "),
    ]

    /// The bytes the migration's SQL builds from observation rows are the bytes the codec writes,
    /// element for element (the migration fills the series of trackers recorded before it).
    @Test func theMigrationsSQLWritesWhatTheCodecWrites() throws {
        let c = try TestServer.admin()
        defer { c.close() }
        for e in PostgresSeriesReadTests.awkward {
            var binds = PostgresBindings()
            binds.append(e.start)
            binds.append(e.end)
            binds.append(e.version)
            binds.append(e.row)
            binds.append(e.file)
            binds.append(e.value)
            binds.append(e.period)
            binds.append(e.note)
            let sql = """
                SELECT \(PostgresSchema.seriesElement) FROM (SELECT DATE '2000-01-01' + $1::int4 AS period_start,
                    DATE '2000-01-01' + $2::int4 AS period_end, $3::int4 AS version, $4::int4 AS row, $5::int8 AS file_id,
                    $6::float8 AS value, $7::text AS period, $8::text AS note) o
                """
            let fromSQL = try #require(try c.query(sql, binds).first).decode(ByteBuffer.self)
            var fromCodec = ByteBuffer()
            SeriesCodec.append(
                start: e.start, end: e.end, version: e.version, row: e.row, file: e.file, value: e.value, period: e.period, note: e.note,
                to: &fromCodec)
            #expect(fromSQL == fromCodec, "\(e.period)")
        }
    }

    /// The codec reads back what it wrote, in order, texts byte for byte and no note as nil; bytes
    /// cut anywhere, or a length pointing past the end, are `Malformed`, never a crash.
    @Test func theCodecRoundTripsAndRefusesCutBytes() throws {
        var data = ByteBuffer()
        for e in PostgresSeriesReadTests.awkward {
            SeriesCodec.append(
                start: e.start, end: e.end, version: e.version, row: e.row, file: e.file, value: e.value, period: e.period, note: e.note,
                to: &data)
        }
        let bytes = Array(data.readableBytesView)
        #expect(bytes.count == PostgresSeriesReadTests.awkward.reduce(0) { $0 + SeriesCodec.size(period: $1.period, note: $1.note) })
        var back: [String] = []
        let n = try bytes.withUnsafeBytes { raw in
            try SeriesCodec.elements(raw) { e in
                back.append(
                    "\(e.start) \(e.end) \(e.version) \(e.row) \(e.file) \(e.value.bitPattern) \(String(decoding: e.period, as: UTF8.self)) "
                        + (e.note.map { String(decoding: $0, as: UTF8.self) } ?? "<none>"))
            }
        }
        #expect(n == 4)
        #expect(
            back == PostgresSeriesReadTests.awkward.map {
                "\($0.start) \($0.end) \($0.version) \($0.row) \($0.file) \($0.value.bitPattern) \($0.period) \($0.note ?? "<none>")"
            })
        for cut in 1..<bytes.count where !PostgresSeriesReadTests.boundaries(bytes).contains(cut) {
            #expect(throws: SeriesCodec.Malformed.self, "cut at \(cut)") {
                try Array(bytes[0..<cut]).withUnsafeBytes { raw in _ = try SeriesCodec.elements(raw) { _ in } }
            }
        }
        var lying = bytes
        lying[32..<36] = [0x7f, 0xff, 0xff, 0xff]  // the first period's length, far past the end
        #expect(throws: SeriesCodec.Malformed.self) { try lying.withUnsafeBytes { raw in _ = try SeriesCodec.elements(raw) { _ in } } }
    }

    /// Where each element of `bytes` ends.
    static func boundaries(_ bytes: [UInt8]) -> Set<Int> {
        var ends: Set<Int> = []
        var at = 0
        while at < bytes.count {
            func int(_ o: Int) -> Int { Int(Int32(bigEndian: bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: at + o, as: Int32.self) })) }
            at += SeriesCodec.fixedBytes + int(32)
            let note = int(0)
            at += 4 + max(note, 0)
            ends.insert(at)
        }
        return ends
    }

    /// A KPI row as the read query returns it, its observations out of key order: the decoder hands
    /// them over sorted, each with its own period, version, note, row and file.
    @Test func aKPIRowDecodesInKeyOrder() throws {
        let c = try TestServer.admin()
        defer { c.close() }
        let files: [Int64: ProvenanceFile] = [7: ProvenanceFile(path: "q1.csv", sha256: String(repeating: "a", count: 64), recordedAt: "2026-01-01")]
        var data = ByteBuffer()
        SeriesCodec.append(start: 9_251, end: 9_281, version: 1, row: 3, file: 7, value: 71.5, period: "2025-05", note: nil, to: &data)
        SeriesCodec.append(start: 9_221, end: 9_250, version: 2, row: 9, file: 7, value: 70, period: "2025-04", note: "late", to: &data)
        SeriesCodec.append(start: 9_221, end: 9_250, version: 1, row: 2, file: 7, value: 69, period: "2025-04", note: nil, to: &data)
        var binds = PostgresBindings()
        binds.append(Int32(3))
        binds.append(data)
        let sink = Sink(PGRowDecoder(files: files))
        let out = Sink([Observation]())
        try c.each("SELECT 'c-one'::text, 'kpi'::text, $1::int4, $2::bytea", binds) { row in
            try sink.value.observations(row) { out.value.append($0) }
        }
        let o = out.value
        #expect(o.map(\.period.text) == ["2025-04", "2025-04", "2025-05"])
        #expect(o.map(\.version) == [1, 2, 1])
        #expect(o.map(\.value) == [69, 70, 71.5])
        #expect(o.map(\.note) == [nil, "late", nil])
        #expect(o.map(\.provenance.row) == [2, 9, 3])
        #expect(o.allSatisfy { $0.contract == "c-one" && $0.kpi == "kpi" && $0.provenance.source.path == "q1.csv" })
        #expect(o.first?.period.start == PGRowDecoder.day(9221))  // 2025-04-01
    }

    /// A count that the bytes do not bear out, or bytes cut short, is a clear error naming the KPI.
    @Test func seriesThatDoNotAddUpAreRefused() throws {
        let c = try TestServer.admin()
        defer { c.close() }
        var one = ByteBuffer()
        SeriesCodec.append(start: 9_221, end: 9_250, version: 1, row: 2, file: 7, value: 1, period: "2025-04", note: nil, to: &one)
        var cut = one
        cut.moveWriterIndex(to: one.writerIndex - 3)
        for (count, data) in [(Int32(2), one), (Int32(1), cut), (Int32.max, one)] {
            var binds = PostgresBindings()
            binds.append(count)
            binds.append(data)
            let sink = Sink(PGRowDecoder(files: [:]))
            let failure = #expect(throws: (any Error).self) {
                try c.each("SELECT 'c'::text, 'k'::text, $1::int4, $2::bytea", binds) { row in try sink.value.observations(row) { _ in } }
            }
            #expect(failure.map { "\($0)" }?.contains("the stored observations of c k are malformed") == true)
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
        try admin.query("ANALYZE observation_series")
        admin.close()
        let tracker = try PostgresTracker(db.address, mode: .read)
        let plans = try tracker.snapshot { c in
            try c.query(PGRowDecoder.readSettings)
            return try ["", "WHERE contract_id < 'c0001'", "WHERE contract_id >= 'c0001'"].map { filter in
                try c.query("EXPLAIN " + PGRowDecoder.query(filter: filter)).map { try $0.decode(String.self) }.joined(separator: "\n")
            }
        }
        for plan in plans {
            #expect(plan.contains("Index Scan using observation_series_pkey"), "\(plan)")
            #expect(!plan.contains("Sort") && !plan.contains("Gather"), "\(plan)")
        }
    }

    /// The whole tracker read over two connections (one snapshot, split at a contract) gives what one
    /// connection gives, in the same order, wherever the split falls; into two sinks at once (as
    /// publishing reads it), each half in order in its own.
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
        for split in ["", "c0000", "c0006", "c0011", "zzz"] { for twoSinks in [false, true] {
            let lower = Sink([Observation]()), upper = Sink([Observation]())
            try tracker.snapshot { c in
                var files: [Int64: ProvenanceFile] = [:]
                for row in try c.query("SELECT id, path, sha256, recorded_at FROM returns_file") {
                    let (id, path, sha, at) = try row.decode((Int64, String, String, String).self)
                    files[id] = ProvenanceFile(path: path, sha256: sha, recordedAt: at)
                }
                let second = try db.connect()
                defer { second.close() }
                let toLower: (consuming Observation) -> Void = { (o: consuming Observation) in lower.value.append(o) }
                let toUpper: (consuming Observation) -> Void = { (o: consuming Observation) in upper.value.append(o) }
                try tracker.readInTwo(c, second, split: split, files: files, lower: toLower, upper: twoSinks ? toUpper : nil)
            }
            if !twoSinks {
                #expect(lower.value == one && upper.value.isEmpty, "split at '\(split)'")
            } else {
                // Each half in order, the contracts before the split in one, the rest in the other.
                #expect(lower.value + upper.value == one, "split at '\(split)', two sinks")
                #expect(lower.value.allSatisfy { $0.contract < split } && upper.value.allSatisfy { $0.contract >= split })
            }
        } }
        // The set built from both halves at once is the set built from one connection's rows.
        let set = try tracker.observationSet(), expected = ObservationSet(allVersions: one)
        #expect(set.keys == expected.keys)
        for k in set.keys {
            #expect(set.current(contract: k.contract, kpi: k.kpi) == expected.current(contract: k.contract, kpi: k.kpi))
            #expect(set.superseded(contract: k.contract, kpi: k.kpi) == expected.superseded(contract: k.contract, kpi: k.kpi))
        }
    }
}

/// The array parameters written in place are, byte for byte, what postgres-nio's own encoders write
/// for the same Swift arrays (which the server reads): texts with multi-byte and empty values,
/// integers at their limits, doubles' bit patterns, a chosen subset of rows in a chosen order, and
/// no rows at all.
@Suite struct PGArrayParameterTests {
    static func bytes(_ value: some PostgresThrowingDynamicTypeEncodable) throws -> ByteBuffer {
        var b = ByteBuffer()
        try value.encode(into: &b, context: .default)
        return b
    }

    @Test func writtenInPlaceIsWhatPostgresNIOWrites() throws {
        let texts = ["c-one", "", "café ✓ 日本", String(repeating: "x", count: 300)]
        let int32s: [Int32] = [0, -1, Int32.max, Int32.min]
        let int64s: [Int64] = [7, Int64.max, Int64.min, 0]
        let doubles: [Double] = [70, -0.0, Double.leastNonzeroMagnitude, -1.5e300]
        for rows in [[0, 1, 2, 3], [3, 1], [2], []] {
            #expect(try Self.bytes(PGArrayParameter(texts: texts, at: rows)) == Self.bytes(rows.map { texts[$0] }), "\(rows)")
            #expect(try Self.bytes(PGArrayParameter(.int4, integers: int32s, at: rows)) == Self.bytes(rows.map { int32s[$0] }))
            #expect(try Self.bytes(PGArrayParameter(.int8, integers: int64s, at: rows)) == Self.bytes(rows.map { int64s[$0] }))
            #expect(try Self.bytes(PGArrayParameter(doubles: doubles, at: rows)) == Self.bytes(rows.map { doubles[$0] }))
            #expect(PGArrayParameter(texts: texts, at: rows).psqlType == [String].psqlType)
        }
    }
}

extension SeriesCodec {
    /// One observation appended to `data`, through the writer a statement's parameter uses.
    static func append(
        start: Int32, end: Int32, version: Int32, row: Int32, file: Int64, value: Double, period: String, note: String?,
        to data: inout ByteBuffer
    ) {
        let n = size(period: period, note: note)
        data.writeWithUnsafeMutableBytes(minimumWritableBytes: n) { raw in
            var at = 0
            write(start: start, end: end, version: version, row: row, file: file, value: value, period: period, note: note, to: raw, at: &at)
            return at
        }
    }
}
