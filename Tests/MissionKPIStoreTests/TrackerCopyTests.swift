import Foundation
import MissionKPI
import MissionKPIStore
import Testing

@testable import MissionKPIStorePostgres

/// `missionkpi tracker copy --from A --to B`: SQLite to PostgreSQL and back, row for row.
@Suite struct TrackerCopyTests {
    /// A tracker with corrections, notes (tabs, line breaks, backslashes, quotes, non-ASCII), every
    /// period kind and a rejected file in between.
    func filled(_ f: TrackerFixture) throws {
        try f.write(
            "a.csv",
            "contract,kpi,period,value,note\nc-one,monthly-pct,2025-04,70,\"tab\there\"\nc-one,monthly-pct,2025-05-01/2025-05-31,71.25,\"two\nlines \\\\ back\"\nc-one,quarterly-count,2025-Q2,3,\"quote \"\" café\"\nc-two,delivery,2025-04,5,\n"
        )
        try f.write("b.csv", "contract,kpi,period,value,note\nc-one,monthly-pct,2025-05,72,corrected\nc-two,delivery,2025-04,-0.5e-3,\n")
        try f.write("bad.csv", "contract,kpi,period,value\nc-one,monthly-pct,2025-13,1\n")
        try f.write("g.csv", TrackerFixture.generatedReturns(contracts: 3, months: 30))
        _ = try f.record(["a.csv", "bad.csv", "g.csv"], at: "2026-01-01T00:00:00Z")
        _ = try f.record(["b.csv"], at: "2026-02-01T10:30:00Z")
        var bare = PublishedTests.item("quarterly-count", release: "ocds-h6vhtk-0002-uk9")
        bare.measure = nil
        bare.classificationDescription = nil
        try f.tracker().recordPublished([PublishedTests.item(), bare])
    }

    @Test func sqliteToPostgresAndBackKeepsEveryRow() throws {
        let source = try TrackerFixture(generated: 3)
        try filled(source)
        let original = try source.tracker().dump()
        #expect(original.files.count == 3 && original.observations.count == 3 * 6 * 30 + 6 && original.published.count == 2)

        let pg = try TrackerFixture(generated: 3, backend: .postgres)
        let there = try Binary.run(["tracker", "copy", "--from", source.dbPath, "--to", pg.db])
        #expect(there.exit == 0, "\(there.stderr)")
        #expect(there.stderr.contains("copied 3 returns file(s) and \(original.observations.count) observation version(s)"))
        #expect(try pg.tracker().dump() == original)

        let back = source.root + "/back.sqlite"
        let r = try Binary.run(["tracker", "copy", "--from", pg.db, "--to", back])
        #expect(r.exit == 0, "\(r.stderr)")
        #expect(try Tracker(path: back, create: false).dump() == original)
        // The same listings and history, and the same set for the judgements, on every copy.
        let trackers = [try source.tracker(), try pg.tracker(), try Tracker(path: back, create: false)]
        let listed = try trackers.map { try $0.observations(allVersions: true) }
        #expect(listed[1] == listed[0] && listed[2] == listed[0])
        let sets = try trackers.map { try $0.observationSet() }
        #expect(sets[1].keys == sets[0].keys && sets[1].count == sets[0].count)
    }

    @Test func recordingContinuesOnTheCopyWithTheNextIdsAndVersions() throws {
        let source = try TrackerFixture(generated: 3)
        try filled(source)
        let pg = try TrackerFixture(generated: 3, backend: .postgres)
        _ = try Tracker.copy(from: try source.tracker(), to: try pg.tracker())
        try pg.write("c.csv", "contract,kpi,period,value\nc-one,monthly-pct,2025-05,73\n")
        let outcomes = try pg.record(["c.csv"])
        guard case .recorded(_, _, 1, 0, 1, 0) = outcomes.first else {
            Issue.record("\(outcomes)")
            return
        }
        let dump = try pg.tracker().dump()
        #expect(dump.files.map(\.id) == [1, 2, 3, 4])
        #expect(try pg.tracker().history(contract: "c-one", kpi: "monthly-pct").map(\.version) == [1, 1, 2, 3])
    }

    @Test(arguments: Backend.allCases)
    func aDestinationHoldingReturnsIsRefusedAndLeftAsItWas(_ backend: Backend) throws {
        let source = try TrackerFixture(generated: 3)
        try filled(source)
        let destination = try TrackerFixture(backend: backend)
        try destination.write("q.csv", "contract,kpi,period,value\nc-two,delivery,2025-05,1\n")
        _ = try destination.record(["q.csv"])
        let before = try destination.tracker().dump()
        let r = try Binary.run(["tracker", "copy", "--from", source.dbPath, "--to", destination.db])
        #expect(r.exit == 1)
        #expect(r.stderr == "error: the tracker at \(destination.db) already holds 1 returns file; copy only into an empty or new tracker\n")
        #expect(try destination.tracker().dump() == before)
    }

    @Test func aMissingSourceOrTheSameTrackerTwiceIsAnError() throws {
        let f = try TrackerFixture()
        let missing = try Binary.run(["tracker", "copy", "--from", f.root + "/none.sqlite", "--to", f.root + "/t.sqlite"])
        #expect(missing.exit == 1 && missing.stderr.contains("no tracker at"))
        #expect(!FileManager.default.fileExists(atPath: f.root + "/t.sqlite"))
        #expect(try Binary.run(["tracker", "copy", "--from", "a.sqlite", "--to", "a.sqlite"]).exit == 64)
    }
}
