import Foundation
import MissionKPI
import Testing

@testable import MissionKPIStore

/// One recording of many files: one transaction, a savepoint per file, files read ahead of the writer.
@Suite struct RecordRunTests {
    let q1 = "contract,kpi,period,value,note\nc-one,monthly-pct,2025-04,70,\nc-one,monthly-pct,2025-05,71,\nc-two,delivery,2025-04,5,\n"

    func summary(_ outcomes: [RecordOutcome]) -> [String] {
        outcomes.map { o in
            switch o {
            case .recorded(let p, _, let rows, let a, let c, let u): "\(p) recorded \(rows) \(a)/\(c)/\(u)"
            case .alreadyRecorded(let p, _, let first, _): "\(p) already as \(first)"
            case .rejected(let p, let d): "\(p) rejected \(d.count)"
            }
        }
    }

    /// The rejected file's first 16,384 rows reach the writer before its bad last row is seen: rolling
    /// them back must also make the run forget them, so the next file's equal values are corrections.
    @Test(arguments: Backend.allCases, [0, 1_000_000])
    func aFileRejectedMidRunLeavesNoTraceForTheFilesAfterIt(_ backend: Backend, commitEvery: Int) throws {
        let f = try TrackerFixture(generated: 40, backend: backend)
        let rows = 40 * 6 * 84
        try f.write("a.csv", TrackerFixture.generatedReturns(contracts: 40))
        try f.write("b.csv", TrackerFixture.generatedReturns(contracts: 40, shift: 0.5) + "c0000,k0,2030-01,1,\n")
        try f.write("c.csv", TrackerFixture.generatedReturns(contracts: 40, shift: 0.5))
        let inputs = ["a.csv", "b.csv", "c.csv"].map { ReturnsInput(path: f.root + "/" + $0, displayPath: $0) }
        let tracker = try f.tracker()
        let outcomes = try tracker.record(
            ReturnsReading(inputs, recorded: [:]), validator: ReturnsValidator(workspace: f.workspace), recordedAt: "t",
            commitEvery: commitEvery)
        #expect(summary(outcomes) == ["a.csv recorded \(rows) \(rows)/0/0", "b.csv rejected 1", "c.csv recorded \(rows) 0/\(rows)/0"])
        #expect(try tracker.counts() == (files: 2, observations: 2 * rows))
        #expect(try tracker.observations(contract: "c0001", kpi: "k1").allSatisfy { $0.version == 2 && $0.provenance.file == "c.csv" })
    }

    @Test(arguments: Backend.allCases)
    func aCopyOfAFileInTheSameRunIsAlreadyRecordedAndCorrectionsChainWithinARun(_ backend: Backend) throws {
        let f = try TrackerFixture(backend: backend)
        try f.write("q1.csv", q1)
        try f.write("copy.csv", q1)
        try f.write("fix.csv", "contract,kpi,period,value\nc-two,delivery,2025-04,6\n")
        try f.write("fix-again.csv", "contract,kpi,period,value\nc-two,delivery,2025-04,7\n")
        let outcomes = try f.record(["q1.csv", "copy.csv", "fix.csv", "fix-again.csv"])
        #expect(
            summary(outcomes) == [
                "q1.csv recorded 3 3/0/0", "copy.csv already as q1.csv", "fix.csv recorded 1 0/1/0", "fix-again.csv recorded 1 0/1/0",
            ])
        #expect(try f.tracker().history(contract: "c-two", kpi: "delivery").map(\.version) == [1, 2, 3])
    }

    /// A run on a tracker holding values reads each KPI's versions from it once, and continues them.
    @Test(arguments: Backend.allCases)
    func aRunOnAFilledTrackerContinuesItsVersions(_ backend: Backend) throws {
        let f = try TrackerFixture(backend: backend)
        try f.write("q1.csv", q1)
        try f.write("fix.csv", "contract,kpi,period,value,note\nc-one,monthly-pct,2025-05,71,\nc-two,delivery,2025-04,8,late\n")
        try f.write("fix2.csv", "contract,kpi,period,value,note\nc-two,delivery,2025-04,8,late\nc-two,delivery,2025-05,1,\n")
        _ = try f.record(["q1.csv"])
        let outcomes = try f.record(["fix.csv", "fix2.csv"])
        #expect(summary(outcomes) == ["fix.csv recorded 2 0/1/1", "fix2.csv recorded 2 1/0/1"])
        #expect(
            try f.tracker().history(contract: "c-two", kpi: "delivery").map { "\($0.period.text) v\($0.version)" } == [
                "2025-04 v1", "2025-04 v2", "2025-05 v1",
            ])
    }

    /// Files beyond the byte budget are hashed ahead but read again when their turn comes; the outcome is the same.
    @Test(arguments: Backend.allCases)
    func filesBeyondTheReadAheadBudgetAreReadAgainWithTheSameOutcome(_ backend: Backend) throws {
        let f = try TrackerFixture(backend: backend)
        try f.write("a.csv", q1)
        try f.write("b.csv", "contract,kpi,period,value\nc-two,delivery,2025-05,6\n")
        let inputs = ["a.csv", "b.csv", "missing.csv"].map { ReturnsInput(path: f.root + "/" + $0, displayPath: $0) }
        let tracker = try f.tracker()
        let reading = ReturnsReading(inputs, recorded: try tracker.recordedFiles(), byteBudget: 1)
        #expect(reading.allAlreadyRecorded() == nil)
        let outcomes = try tracker.record(reading, validator: ReturnsValidator(workspace: f.workspace), recordedAt: "t")
        #expect(summary(outcomes) == ["a.csv recorded 3 3/0/0", "b.csv recorded 1 1/0/0", "missing.csv rejected 1"])

        let again = ReturnsReading(Array(inputs.prefix(2)), recorded: try tracker.recordedFiles(), byteBudget: 1)
        #expect(again.allAlreadyRecorded().map(summary) == ["a.csv already as a.csv", "b.csv already as b.csv"])
        #expect(try tracker.alreadyRecorded(inputs) == nil)  // the missing file: the full path reports it
    }
}
