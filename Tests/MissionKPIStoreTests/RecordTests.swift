import Foundation
import MissionKPI
import Testing

@testable import MissionKPIStore

@Suite struct RecordTests {
    let q1 = "contract,kpi,period,value,note\nc-one,monthly-pct,2025-04,70,\nc-one,monthly-pct,2025-05,71,\nc-two,delivery,2025-04,5,\n"

    @Test(arguments: Backend.allCases)
    func aCleanFileIsStoredWithItsProvenance(_ backend: Backend) throws {
        let f = try TrackerFixture(backend: backend)
        try f.write("Contracts/d/returns/q1.csv", q1)
        let outcomes = try f.record(["Contracts/d/returns/q1.csv"])
        guard case .recorded(let path, let sha, 3, 3, 0, 0) = outcomes.first else { Issue.record("\(outcomes)"); return }
        #expect(path == "Contracts/d/returns/q1.csv")
        #expect(sha == SHA256.hex(Array(q1.utf8)))
        let list = try f.tracker().observations()
        #expect(
            list.map { "\($0.contract)/\($0.kpi)/\($0.period.text)=\(fmt($0.value))" } == [
                "c-one/monthly-pct/2025-04=70", "c-one/monthly-pct/2025-05=71", "c-two/delivery/2025-04=5",
            ])
        #expect(
            list[1].provenance == Provenance(file: "Contracts/d/returns/q1.csv", row: 3, sha256: sha, recordedAt: "2026-01-01T00:00:00Z"))
        #expect(list[1].period.kind == .month && list[1].period.end == Day(year: 2025, month: 5, day: 31))
    }

    @Test(arguments: Backend.allCases)
    func aFileWithOneBadRowStoresNothingAndOtherFilesAreUnaffected(_ backend: Backend) throws {
        let f = try TrackerFixture(backend: backend)
        try f.write("bad.csv", q1 + "c-one,monthly-pct,2025-06,not-a-number,\n")
        try f.write("good.csv", "contract,kpi,period,value\nc-two,delivery,2025-05,6\n")
        let outcomes = try f.record(["bad.csv", "good.csv"])
        guard case .rejected("bad.csv", let diagnostics) = outcomes[0] else { Issue.record("\(outcomes)"); return }
        #expect(
            diagnostics.map(\.description) == [
                "bad.csv:5:4: error: value 'not-a-number' is not a number; write digits with '.' for decimals (e.g. 72.5), without units, '%' or thousands separators"
            ])
        guard case .recorded("good.csv", _, 1, 1, 0, 0) = outcomes[1] else { Issue.record("\(outcomes)"); return }
        #expect(try f.tracker().counts() == (files: 1, observations: 1))
    }

    @Test(arguments: Backend.allCases)
    func aBadRowLateInALargeFileStillStoresNothing(_ backend: Backend) throws {
        let f = try TrackerFixture(generated: 40, backend: backend)  // 20,160 rows: the first batch is inserted before the bad row is seen
        try f.write("big.csv", TrackerFixture.generatedReturns(contracts: 40) + "c0000,k0,2030-01,1,\n")
        let outcomes = try f.record(["big.csv"])
        guard case .rejected(_, let diagnostics) = outcomes.first else { Issue.record("\(outcomes)"); return }
        #expect(diagnostics.map(\.location.line) == [40 * 6 * 84 + 2])
        #expect(try f.tracker().counts() == (files: 0, observations: 0))
    }

    @Test(arguments: Backend.allCases)
    func recordingTheSameFileAgainStoresNothingAndSaysSo(_ backend: Backend) throws {
        let f = try TrackerFixture(backend: backend)
        try f.write("q1.csv", q1)
        try f.write("copy-of-q1.csv", q1)
        _ = try f.record(["q1.csv"], at: "2026-01-01T00:00:00Z")
        let again = try f.record(["q1.csv", "copy-of-q1.csv"], at: "2026-02-01T00:00:00Z")
        #expect(again.map(\.path) == ["q1.csv", "copy-of-q1.csv"])
        for outcome in again {
            guard case .alreadyRecorded(_, _, "q1.csv", "2026-01-01T00:00:00Z") = outcome else { Issue.record("\(outcome)"); continue }
        }
        #expect(try f.tracker().counts() == (files: 1, observations: 3))
    }

    @Test(arguments: Backend.allCases)
    func aLaterReturnForTheSamePeriodIsACorrectionAndBothVersionsAreKept(_ backend: Backend) throws {
        let f = try TrackerFixture(backend: backend)
        try f.write("q1.csv", q1)
        try f.write(
            "q1-fix.csv",
            "contract,kpi,period,value,note\nc-one,monthly-pct,2025-04,70,\nc-one,monthly-pct,2025-05-01/2025-05-31,75,\"re-audited, see memo\"\nc-one,monthly-pct,2025-06,72,\n"
        )
        _ = try f.record(["q1.csv"], at: "2026-01-01T00:00:00Z")
        let outcomes = try f.record(["q1-fix.csv"], at: "2026-02-01T00:00:00Z")
        guard case .recorded(_, _, 3, 1, 1, 1) = outcomes.first else { Issue.record("\(outcomes)"); return }

        let history = try f.tracker().history(contract: "c-one", kpi: "monthly-pct")
        #expect(
            history.map { "\($0.period.text) v\($0.version) \(fmt($0.value)) \($0.provenance.file):\($0.provenance.row)" } == [
                "2025-04 v1 70 q1.csv:2", "2025-05 v1 71 q1.csv:3", "2025-05-01/2025-05-31 v2 75 q1-fix.csv:3",
                "2025-06 v1 72 q1-fix.csv:4",
            ])
        let current = try f.tracker().observations(contract: "c-one")
        #expect(current.map { fmt($0.value) } == ["70", "75", "72"])
        #expect(
            current[1].isCorrection && current[1].note == "re-audited, see memo"
                && current[1].provenance.recordedAt == "2026-02-01T00:00:00Z")

        let set = try f.tracker().observationSet()
        #expect(set.current(contract: "c-one", kpi: "monthly-pct").map(\.version) == [1, 2, 1])
        #expect(set.superseded(contract: "c-one", kpi: "monthly-pct").map { fmt($0.value) } == ["71"])
        #expect(set.count == 4)
    }

    @Test(arguments: Backend.allCases)
    func aChangedNoteAloneIsACorrectionAndAnEqualRowIsUnchanged(_ backend: Backend) throws {
        let f = try TrackerFixture(backend: backend)
        try f.write("a.csv", "contract,kpi,period,value,note\nc-two,delivery,2025-04,5,\nc-two,delivery,2025-05,6,x\n")
        try f.write("b.csv", "contract,kpi,period,value,note\nc-two,delivery,2025-04,5,now noted\nc-two,delivery,2025-05,6.0,x\n")
        _ = try f.record(["a.csv"])
        guard case .recorded(_, _, 2, 0, 1, 1) = try f.record(["b.csv"]).first else { Issue.record("b.csv"); return }
        #expect(try f.tracker().history(contract: "c-two", kpi: "delivery").map(\.version) == [1, 2, 1])
    }

    @Test(arguments: Backend.allCases)
    func listingsFilterByContractAndKPIAndCanShowEveryVersion(_ backend: Backend) throws {
        let f = try TrackerFixture(backend: backend)
        try f.write("q1.csv", q1)
        try f.write("fix.csv", "contract,kpi,period,value\nc-two,delivery,2025-04,9\n")
        _ = try f.record(["q1.csv", "fix.csv"])
        let t = try f.tracker()
        #expect(try t.observations(contract: "c-two").map(\.version) == [2])
        #expect(try t.observations(contract: "c-two", allVersions: true).map(\.version) == [1, 2])
        #expect(try t.observations(contract: "c-one", kpi: "monthly-pct").count == 2)
        #expect(try t.observations(contract: "nope").isEmpty)
        #expect(try t.kpiKeys() == ["c-one/monthly-pct", "c-two/delivery"])
    }

    @Test(arguments: Backend.allCases)
    func anUnreadableFileIsRejectedWithAMessage(_ backend: Backend) throws {
        let f = try TrackerFixture(backend: backend)
        let outcomes = try f.record(["missing.csv"])
        guard case .rejected(_, let d) = outcomes.first else { Issue.record("\(outcomes)"); return }
        #expect(d.first?.description.hasPrefix("missing.csv:1:1: error: cannot read the file") == true)
    }

    /// PostgreSQL cannot store a NUL character in text, so no backend accepts one: the file is refused
    /// at its row and column, before anything is stored.
    @Test(arguments: Backend.allCases)
    func aNoteWithANulCharacterIsRefusedAtItsRow(_ backend: Backend) throws {
        let f = try TrackerFixture(backend: backend)
        try f.write("nul.csv", "contract,kpi,period,value,note\nc-two,delivery,2025-04,5,fine\nc-two,delivery,2025-05,6,\"bad\u{0}\"\n")
        let outcomes = try f.record(["nul.csv"])
        guard case .rejected(_, let d) = outcomes.first else { Issue.record("\(outcomes)"); return }
        #expect(d.map(\.description) == ["nul.csv:3:5: error: the note holds a NUL character (byte 0), which a tracker cannot store; remove it"])
        #expect(try f.tracker().counts() == (files: 0, observations: 0))
    }

    @Test func theFinderListsWorkspaceReturnsSortedAndFoldersRecursively() throws {
        let f = try TrackerFixture()
        try f.write("Contracts/d/returns/b.csv", q1)
        try f.write("Contracts/d/returns/a.csv", q1)
        try f.write("Contracts/d/returns/notes.txt", "")
        try f.write("extra/sub/z.csv", q1)
        #expect(
            ReturnsFinder.find([], workspaceRoot: f.root).inputs.map(\.displayPath) == [
                "Contracts/d/returns/a.csv", "Contracts/d/returns/b.csv",
            ])
        let found = ReturnsFinder.find([f.root + "/extra", f.root + "/extra/sub/z.csv", f.root + "/nothing"], workspaceRoot: f.root)
        #expect(found.inputs.map(\.displayPath) == ["extra/sub/z.csv"])
        #expect(found.problems.count == 1 && found.problems[0].contains("no such file or folder"))
    }
}
