import Foundation
import MissionKPI
import Testing

@testable import MissionKPIStore

@Suite(.serialized) struct CrashTests {
    /// Kills `missionkpi record` with SIGKILL at random moments; after each kill the tracker must be
    /// sound and hold either everything of the file being recorded or nothing of it.
    @Test(arguments: Backend.allCases)
    func aRecordKilledAtAnyMomentLeavesTheTrackerAsBeforeTheFileOrWithAllOfIt(_ backend: Backend) throws {
        let contracts = 25
        let rows = contracts * 6 * 84
        let f = try TrackerFixture(generated: contracts, backend: backend)
        let args = ["record", "--workspace", f.root] + f.dbArguments
        /// Every value differs from the current one, so each file is all corrections: `rows` new rows or none.
        func write(_ i: Int) throws -> String {
            try f.write("r\(i).csv", TrackerFixture.generatedReturns(contracts: contracts, shift: Double(i) / 10))
            return f.root + "/r\(i).csv"
        }

        // Two uninterrupted runs: the data to correct, and how long a run of corrections takes.
        #expect(try Binary.run(args + [write(0)]).exit == 0)
        let started = Date()
        let timed = try Binary.run(args + [write(1)])
        let duration = Date().timeIntervalSince(started)
        #expect(timed.exit == 0, "\(timed.stderr)")

        var generator = SystemRandomNumberGenerator()
        var expected = (files: 2, observations: 2 * rows)
        var killed = 0
        for i in 2...21 {
            let child = try Binary.Child(args + [write(i)])
            usleep(UInt32(Double.random(in: 0...(duration * 1.2), using: &generator) * 1_000_000))
            kill(child.process.processIdentifier, SIGKILL)
            let result = child.finish()
            if result.exit != 0 { killed += 1 }
            try f.waitForOtherSessions()  // PostgreSQL: the killed client's server session ends (and rolls back) first

            let tracker = try f.tracker(create: false)
            #expect(try tracker.integrityCheck() == "ok")
            let counts = try tracker.counts()
            if counts == (expected.files + 1, expected.observations + rows) {
                expected = counts
            } else if counts != expected {
                Issue.record("run \(i): tracker holds \(counts), expected \(expected) or one whole file more; stderr: \(result.stderr)")
                return
            }
        }
        #expect(killed > 0, "no run was killed before it finished")

        // After all that, a run to the end works and its values are current.
        #expect(try Binary.run(args + [write(22)]).exit == 0)
        let tracker = try f.tracker(create: false)
        #expect(try tracker.integrityCheck() == "ok")
        #expect(try tracker.counts() == (expected.files + 1, expected.observations + rows))
        let history = try tracker.history(contract: "c0003", kpi: "k2")
        #expect(history.count == 84 * (expected.files + 1))
        #expect(try tracker.observations(contract: "c0003", kpi: "k2").allSatisfy { $0.provenance.file == "r22.csv" })
    }
}
