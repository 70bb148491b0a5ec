import Foundation
import MissionKPI
import Testing

@testable import MissionKPIStore

/// Rows are inserted in batches of `ObservationInsert.batchSize`, the rest of a file in halving
/// batches: every size must store every row exactly as written, and a rejected file none of them.
@Suite struct BatchInsertTests {
    /// `n` rows of the generated contract c0000 (six monthly KPIs of 84 months), in reverse key order,
    /// every third with a note (some not ASCII); returns the file and the rows expected back.
    func returns(_ n: Int, shift: Double = 0) -> (text: String, expected: [String]) {
        var lines: [String] = []
        var expected: [String] = []
        for i in 0..<n {
            let k = i / 84, m = i % 84
            let y = 2019 + (3 + m) / 12, mo = (3 + m) % 12 + 1
            let period = "\(y)-\(mo < 10 ? "0" : "")\(mo)"
            let note = i % 3 == 0 ? "note \(i) – café" : ""
            let value = Double(i) * 1.5 + shift
            lines.append("c0000,k\(k),\(period),\(value),\(note)")
            expected.append("c0000/k\(k) \(period) \(value) \(note.isEmpty ? "-" : note)")
        }
        return ("contract,kpi,period,value,note\n" + lines.reversed().joined(separator: "\n") + "\n", expected)
    }

    func stored(_ tracker: Tracker) throws -> [String] {
        try tracker.observations().map { o in
            "\(o.contract)/\(o.kpi) \(o.period.text) \(o.value) \(o.note ?? "-")"
        }
    }

    @Test(arguments: Backend.allCases, [1, 2, 127, 128, 129, 255, 256, 300, 504])
    func everyBatchSizeStoresEveryRowAsWritten(_ backend: Backend, rows n: Int) throws {
        let f = try TrackerFixture(generated: 1, backend: backend)
        let (text, expected) = returns(n)
        try f.write("a.csv", text)
        let outcomes = try f.record(["a.csv"])
        #expect(outcomes.map(\.path) == ["a.csv"])
        guard case .recorded(_, _, let rows, let added, _, _) = outcomes[0] else {
            Issue.record("not recorded: \(outcomes)")
            return
        }
        #expect(rows == n && added == n)
        let tracker = try f.tracker()
        #expect(try stored(tracker).sorted() == expected.sorted())
        #expect(try tracker.counts() == (files: 1, observations: n))
        // Provenance: the file's row numbers, 2 … n + 1 (the header is row 1), each once.
        let rowNumbers = try tracker.observations().map(\.provenance.row).sorted()
        #expect(rowNumbers == Array(2...(n + 1)))
        #expect(try tracker.integrityCheck() == "ok")
    }

    /// A file whose full batches were already inserted when its bad last row is read stores nothing.
    @Test(arguments: Backend.allCases)
    func aRejectedFileDiscardsItsInsertedAndWaitingBatches(_ backend: Backend) throws {
        let f = try TrackerFixture(generated: 1, backend: backend)
        try f.write("bad.csv", returns(300).text + "c0000,k0,2030-01,1,\n")
        try f.write("good.csv", returns(300, shift: 0.25).text)
        let outcomes = try f.record(["bad.csv", "good.csv"])
        #expect(outcomes.map(\.path) == ["bad.csv", "good.csv"])
        if case .rejected = outcomes[0] {} else { Issue.record("bad.csv was not rejected: \(outcomes[0])") }
        guard case .recorded(_, _, 300, 300, 0, 0) = outcomes[1] else {
            Issue.record("good.csv: \(outcomes[1])")
            return
        }
        let tracker = try f.tracker()
        #expect(try stored(tracker).sorted() == returns(300, shift: 0.25).expected.sorted())
        #expect(try tracker.history(contract: "c0000", kpi: "k0").allSatisfy { $0.version == 1 && $0.provenance.file == "good.csv" })
    }
}
