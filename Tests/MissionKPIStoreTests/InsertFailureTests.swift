import Foundation
import GRDB
import MissionKPI
import Testing

@testable import MissionKPIStore

/// Issue 20, point 2: a row that passes every check but that the tracker refuses costs its own file,
/// named with its path and row, while the other files of the run are recorded. Before, the recording
/// stopped with a raw "SQLite error 19" and rolled back every file of the run.
@Suite struct InsertFailureTests {
    /// A tracker refusing one value, as a schema CHECK would refuse a row the validator let through.
    func refusingTracker(_ f: TrackerFixture) throws -> Tracker {
        _ = try f.tracker()
        let queue = try DatabaseQueue(path: f.dbPath)
        try queue.write { db in
            try db.execute(
                sql: "CREATE TRIGGER refuse_666 BEFORE INSERT ON observation WHEN NEW.value = 666 BEGIN SELECT RAISE(ABORT, 'refused for the test'); END")
        }
        try queue.close()
        return try f.tracker()
    }

    @Test(arguments: [0, 1_000_000])
    func aRowTheTrackerRefusesRejectsItsFileAloneWithItsRow(commitEvery: Int) throws {
        let f = try TrackerFixture(generated: 3)
        let rows = 3 * 6 * 84
        try f.write("a.csv", TrackerFixture.generatedReturns(contracts: 3))
        var lines = TrackerFixture.generatedReturns(contracts: 3, shift: 0.5).split(separator: "\n", omittingEmptySubsequences: false)
        let bad = 700  // row 700 of the file: inside a batch of 128 rows, not its first
        var cells = lines[bad - 1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        cells[3] = "666"
        lines[bad - 1] = Substring(cells.joined(separator: ","))
        try f.write("b.csv", lines.joined(separator: "\n"))
        try f.write("c.csv", TrackerFixture.generatedReturns(contracts: 3, shift: 0.25))
        let tracker = try refusingTracker(f)
        let inputs = ["a.csv", "b.csv", "c.csv"].map { ReturnsInput(path: f.root + "/" + $0, displayPath: $0) }
        let outcomes = try tracker.record(
            ReturnsReading(inputs, recorded: [:]), validator: ReturnsValidator(workspace: f.workspace), recordedAt: "t",
            commitEvery: commitEvery)
        #expect(outcomes.count == 3)
        guard case .recorded(_, _, rows, rows, 0, 0) = outcomes[0] else { Issue.record("a: \(outcomes[0])"); return }
        guard case .rejected("b.csv", let diagnostics) = outcomes[1] else { Issue.record("b: \(outcomes[1])"); return }
        #expect(diagnostics.map(\.location.description) == ["b.csv:\(bad):1"])
        #expect(diagnostics.first?.message.contains("refused for the test") == true)
        #expect(diagnostics.first?.message.contains("nothing from this file was stored") == true)
        guard case .recorded(_, _, rows, 0, rows, 0) = outcomes[2] else { Issue.record("c: \(outcomes[2])"); return }
        #expect(try tracker.counts() == (files: 2, observations: 2 * rows))
        #expect(try tracker.integrityCheck() == "ok")
    }

    /// The same through the command: exit 1, the row's place, and the good files recorded.
    @Test func recordSaysWhichFileAndRowAndRecordsTheOthers() throws {
        let f = try TrackerFixture()
        try f.write("Contracts/d/returns/a.csv", "contract,kpi,period,value\nc-one,monthly-pct,2025-04,70\n")
        try f.write("Contracts/d/returns/b.csv", "contract,kpi,period,value\nc-one,monthly-pct,2025-05,71\nc-two,delivery,2025-04,666\n")
        try f.write("Contracts/d/returns/c.csv", "contract,kpi,period,value\nc-two,delivery,2025-05,6\n")
        _ = try refusingTracker(f)
        let r = try Binary.run(["record", "--workspace", f.root])
        #expect(r.exit == 1)
        #expect(r.stderr.contains("Contracts/d/returns/b.csv:3:1: error: the tracker refused this row (refused for the test)"), "\(r.stderr)")
        #expect(r.stderr.contains("2 files recorded"), "\(r.stderr)")
        #expect(!r.stderr.contains("SQLite error 19"))
        #expect(try Tracker(readingAt: f.dbPath).counts() == (files: 2, observations: 2))
    }
}
