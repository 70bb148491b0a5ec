import Foundation
import MissionKPI
import MissionKPIStore
import Testing

/// Many departments recording at once: eight `record` processes (six departments' files, a file of
/// corrections touching two of them, and one file recorded by two processes) while `observations`,
/// `assess` and `publish` read. No row is lost, no version duplicated or skipped, no run fails, and
/// every read sees whole files only.
@Suite struct ConcurrentRecordTests {
    static let contractsPerFile = 4
    static var rowsPerContract: Int { 6 * 84 }

    /// Returns of contracts `first ..< first + count`, values shifted by `shift`.
    static func returns(first: Int, count: Int, shift: Double) -> String {
        let all = TrackerFixture.generatedReturns(contracts: first + count, shift: shift).split(separator: "\n").map(String.init)
        return all[0] + "\n" + all[(1 + first * rowsPerContract)...].joined(separator: "\n") + "\n"
    }

    @Test(arguments: Backend.allCases)
    func eightRecordersAtOnceLoseNothingAndReadersSeeWholeFiles(_ backend: Backend) throws {
        let f = try TrackerFixture(generated: 6 * Self.contractsPerFile, backend: backend)
        var files: [String: Int] = [:]  // path → rows it stores
        for d in 0..<6 {
            try f.write("dept\(d).csv", Self.returns(first: d * Self.contractsPerFile, count: Self.contractsPerFile, shift: 0))
            files["dept\(d).csv"] = Self.contractsPerFile * Self.rowsPerContract
        }
        // Corrections of the first two departments' contracts: every value differs, so every row is stored.
        try f.write("fixes.csv", Self.returns(first: 0, count: 2 * Self.contractsPerFile, shift: 0.5))
        files["fixes.csv"] = 2 * Self.contractsPerFile * Self.rowsPerContract
        _ = try f.tracker()  // the schema exists, as after any earlier record

        let recorders = (["dept0.csv"] + files.keys.sorted()).map { name in
            try? Binary.Child(["record", "--workspace", f.root] + f.dbArguments + [f.root + "/" + name])
        }
        #expect(recorders.count == 8 && recorders.allSatisfy { $0 != nil })
        let publish = try Binary.Child(["publish", "--workspace", f.root] + f.dbArguments + ["--as-of", "2026-11-24", "--out", f.root + "/site"])
        var reads = 0, problems: [String] = []
        while recorders.contains(where: { $0?.process.isRunning == true }) || reads < 2 {
            let r = try Binary.run(["observations", "--workspace", f.root] + f.dbArguments + ["--all-versions", "--format", "csv"])
            if r.exit != 0 { problems.append("observations: \(r.stderr)") }
            problems += Self.partialFiles(r.stdout, expected: files)
            let a = try Binary.run(["assess", "--workspace", f.root] + f.dbArguments + ["--as-of", "2026-11-24", "--format", "json"])
            if a.exit != 0 { problems.append("assess: \(a.stderr)") }
            reads += 1
        }
        #expect(problems.isEmpty, "\(problems.prefix(5))")
        var already = 0
        for case let child? in recorders {
            let r = child.finish()
            #expect(r.exit == 0, "\(r.stderr)")
            #expect(!r.stderr.contains("40001") && !r.stderr.contains("40P01") && !r.stderr.contains("locked"))
            if r.stderr.contains("dept0.csv: already recorded") { already += 1 }
        }
        let published = publish.finish()
        #expect(published.exit == 0, "\(published.stderr)")
        #expect(already == 1, "the file recorded by two processes is stored by one of them")

        let dump = try f.tracker(create: false).dump()
        #expect(dump.files.map(\.path).sorted() == files.keys.sorted())
        #expect(dump.observations.count == files.values.reduce(0, +))
        // Every KPI and period has versions 1, 2, … without a gap or a repeat: two for the corrected
        // departments (whichever file came first is version 1), one for the others.
        var versions: [String: [Int]] = [:]
        for o in dump.observations { versions["\(o.contract)/\(o.kpi)/\(o.start)/\(o.end)", default: []].append(o.version) }
        let corrected = Set((0..<(2 * Self.contractsPerFile)).map { "c" + TrackerFixture.pad($0) })
        for (key, list) in versions {
            let contract = String(key.prefix { $0 != "/" })
            #expect(list == Array(1...(corrected.contains(contract) ? 2 : 1)), "\(key): \(list)")
        }
        #expect(versions.count == 6 * Self.contractsPerFile * Self.rowsPerContract)
        // What publishing reads (on PostgreSQL, the series the recorders appended to at once, the
        // corrections' file and a department's file to the same KPIs) is what the table holds.
        let tracker = try f.tracker(create: false)
        #expect(try PostgresSeriesTests.series(tracker) == (try PostgresSeriesTests.table(tracker)))
    }

    /// Rows of a file a reader saw in part, or with no file: a read that was not one snapshot.
    static func partialFiles(_ csv: String, expected: [String: Int]) -> [String] {
        var seen: [String: Int] = [:]
        for line in csv.components(separatedBy: "\r\n").dropFirst() where !line.isEmpty {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false)
            guard cells.count >= 10 else { return ["unexpected line: \(line)"] }
            seen[String(cells[9]), default: 0] += 1
        }
        return seen.compactMap { file, n in expected[file] == n ? nil : "a read saw \(n) rows of '\(file)', expected \(expected[file] ?? 0)" }
    }
}
