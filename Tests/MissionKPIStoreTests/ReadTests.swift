import Foundation
import MissionKPI
import Testing

@testable import MissionKPIStore

/// What the judgements read back from the tracker: the set streamed from SQLite agrees with the
/// listing of every version, corrections included, and rows of one file share its provenance.
@Suite struct ReadTests {
    @Test(arguments: Backend.allCases)
    func theObservationSetMatchesEveryVersionListed(_ backend: Backend) throws {
        let f = try TrackerFixture(generated: 3, backend: backend)
        try f.write("a.csv", TrackerFixture.generatedReturns(contracts: 3, months: 12))
        try f.write("b.csv", TrackerFixture.generatedReturns(contracts: 2, months: 6, shift: 0.5))
        _ = try f.record(["a.csv"])
        _ = try f.record(["b.csv"], at: "2026-02-01T00:00:00Z")
        let tracker = try f.tracker()
        let set = try tracker.observationSet()
        let all = try tracker.observations(allVersions: true)
        let expected = ObservationSet(allVersions: all)
        #expect(set.keys == expected.keys && set.keys.count == 18)
        for k in expected.keys {
            #expect(set.current(contract: k.contract, kpi: k.kpi) == expected.current(contract: k.contract, kpi: k.kpi))
            #expect(set.superseded(contract: k.contract, kpi: k.kpi) == expected.superseded(contract: k.contract, kpi: k.kpi))
        }
        #expect(set.count == 18 * 12)
        let corrected = set.current(contract: "c0000", kpi: "k0")
        #expect(corrected[0].version == 2 && corrected[0].provenance.file == "b.csv" && corrected[0].provenance.recordedAt == "2026-02-01T00:00:00Z")
        #expect(corrected[11].version == 1 && corrected[11].provenance.file == "a.csv")
        #expect(set.superseded(contract: "c0000", kpi: "k0").map(\.version) == Array(repeating: 1, count: 6))
        #expect(corrected[1].provenance.source === corrected[2].provenance.source)
    }

    @Test(arguments: Backend.allCases)
    func narrowedListingsKeepOnlyTheCurrentVersionUnlessAskedForAll(_ backend: Backend) throws {
        let f = try TrackerFixture(generated: 2, backend: backend)
        try f.write("a.csv", TrackerFixture.generatedReturns(contracts: 2, months: 3))
        try f.write("b.csv", TrackerFixture.generatedReturns(contracts: 1, months: 2, shift: 1))
        _ = try f.record(["a.csv"])
        _ = try f.record(["b.csv"])
        let tracker = try f.tracker()
        #expect(try tracker.observations(contract: "c0000", kpi: "k1").map { "\($0.period.text) v\($0.version)" } == ["2019-04 v2", "2019-05 v2", "2019-06 v1"])
        #expect(try tracker.history(contract: "c0000", kpi: "k1").count == 5)
        #expect(try tracker.observations(contract: "c0001").count == 18)
    }
}
