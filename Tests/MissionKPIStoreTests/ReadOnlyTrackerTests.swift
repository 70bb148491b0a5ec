import Foundation
import MissionKPI
import Testing

@testable import MissionKPIStore

/// Issue 20, point 4: commands that only read open the tracker read-only and leave its bytes alone.
/// Before, GRDB's DatabasePool created and dropped `grdb_issue_102` on every open of a cleanly closed
/// tracker (schema cookie 13 → 15, a page more), and `assess` turned a zero-byte `--db` into a tracker.
@Suite struct ReadOnlyTrackerTests {
    let q1 = "contract,kpi,period,value,note\nc-one,monthly-pct,2025-04,70,\nc-one,monthly-pct,2025-05,71,\nc-two,delivery,2025-04,5,\n"

    /// The tracker's bytes and modification time.
    func state(_ path: String) throws -> (Data, Date?) {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let date = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
        return (data, date)
    }

    @Test func readingCommandsLeaveACleanlyClosedTrackerByteForByte() throws {
        let f = try TrackerFixture()
        try f.write("Contracts/d/returns/2025-q1.csv", q1)
        #expect(try Binary.run(["record", "--workspace", f.root]).exit == 0)
        #expect(!FileManager.default.fileExists(atPath: f.dbPath + "-wal"), "the writer closed cleanly")
        let before = try state(f.dbPath)
        let out = f.root + "/site"
        let commands: [[String]] = [
            ["assess"], ["align"], ["pipeline", "--as-of", "2026-01-01"], ["audit", "ownership"], ["observations"],
            ["history", "c-one/monthly-pct"], ["publish", "--as-of", "2026-01-01", "--out", out], ["record"],
        ]
        for args in commands {
            let r = try Binary.run(args + ["--workspace", f.root])
            #expect(r.exit == 0 || (r.exit == 1 && r.stderr.contains("finding")), "\(args): \(r.stderr)")
            let after = try state(f.dbPath)
            #expect(after.0 == before.0, "\(args) changed the tracker's bytes")
            #expect(after.1 == before.1, "\(args) touched the tracker")
        }
        #expect(FileManager.default.fileExists(atPath: out + "/index.html"))
    }

    @Test func openingForReadingNeverWritesAndRefusesToRecord() throws {
        let f = try TrackerFixture()
        try f.write("q1.csv", q1)
        _ = try f.record(["q1.csv"])
        let before = try state(f.dbPath)
        let reader = try Tracker(readingAt: f.dbPath)
        #expect(reader.isReadOnly)
        #expect(try reader.observationSet().count == 3)
        #expect(try reader.counts() == (files: 1, observations: 3))
        #expect(throws: RecordError.self) { _ = try f.record(["q1.csv"], tracker: reader) }
        #expect(try state(f.dbPath).0 == before.0)
    }

    @Test func anEmptyFileGivenAsDbIsAClearErrorQuicklyAndStaysEmpty() throws {
        let f = try TrackerFixture()
        let empty = f.root + "/empty.sqlite"
        FileManager.default.createFile(atPath: empty, contents: Data())
        let started = Date()
        let r = try Binary.run(["assess", "--workspace", f.root, "--db", empty])
        #expect(Date().timeIntervalSince(started) < 4)
        #expect(r.exit == 1)
        #expect(r.stderr.contains("'\(empty)' holds no tracker yet"), "\(r.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: empty)).isEmpty)
        #expect(throws: TrackerError.self) { _ = try Tracker(readingAt: empty) }
        // Recording into it is still how a tracker is made there.
        try f.write("q1.csv", q1)
        #expect(try Binary.run(["record", "--workspace", f.root, "--db", empty, f.root + "/q1.csv"]).exit == 0)
        #expect(try Tracker(readingAt: empty).counts().observations == 3)
    }

    @Test func aFileThatIsNotATrackerIsNamedAsSuch() throws {
        let f = try TrackerFixture()
        let text = f.root + "/notes.sqlite"
        try Data("these are notes, not a database\n".utf8).write(to: URL(fileURLWithPath: text))
        let r = try Binary.run(["observations", "--workspace", f.root, "--db", text])
        #expect(r.exit == 1)
        #expect(r.stderr.contains("is not a MissionKPI tracker"), "\(r.stderr)")
        #expect(try String(contentsOfFile: text, encoding: .utf8) == "these are notes, not a database\n")
    }

    @Test func aMissingTrackerForAReadingCommandSaysSo() throws {
        let f = try TrackerFixture()
        let r = try Binary.run(["history", "c-one/monthly-pct", "--workspace", f.root, "--db", f.root + "/none.sqlite"])
        #expect(r.exit == 1)
        #expect(r.stderr.contains("no tracker at '\(f.root)/none.sqlite'"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: f.root + "/none.sqlite"))
    }
}
