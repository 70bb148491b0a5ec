import Foundation
import MissionKPI
import MissionKPIStorePostgres
import Testing

@testable import MissionKPIStore

/// Collects what happens on other threads.
final class Log: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func add(_ s: String) { lock.withLock { items.append(s) } }
    var all: [String] { lock.withLock { items } }
}

@Suite struct ConcurrencyTests {
    /// Readers open the tracker as the reading commands do: writable (`create: false`, as before issue 20)
    /// and read-only (`openForReading()`, what they do now).
    @Test(arguments: Backend.allCases, [false, true])
    func aReaderWhileRecordWritesNeverSeesDatabaseIsLockedNorHalfAFile(_ backend: Backend, readOnly: Bool) throws {
        let f = try TrackerFixture(generated: 40, backend: backend)
        let rows = 40 * 6 * 84
        try f.write("big.csv", TrackerFixture.generatedReturns(contracts: 40))
        _ = try f.tracker()  // create the schema first, as any earlier record would have
        let errors = Log(), seen = Log()
        let writing = DispatchSemaphore(value: 0), done = DispatchSemaphore(value: 0)
        let workspace = f.workspace, root = f.root, db = try TrackerAddress.parse(f.db)
        let stop = Log()
        Thread {
            do {
                let writer = try db.open(create: true)
                writing.signal()
                let outcomes = try writer.record(
                    [ReturnsInput(path: root + "/big.csv", displayPath: "big.csv")], workspace: workspace, recordedAt: "t")
                if case .recorded = outcomes.first {} else { errors.add("not recorded: \(outcomes)") }
            } catch {
                errors.add("writer: \(error)")
            }
            stop.add("stop")
            done.signal()
        }.start()
        writing.wait()
        var reads = 0
        repeat {
            do {
                // A new connection each time, as a new process would.
                let reader = readOnly ? try db.openForReading() : try db.open(create: false)
                // Two separate reads: the record may commit between them, but each must see all or nothing.
                let counts = try reader.counts()
                seen.add("counts \(counts.files)/\(counts.observations)")
                seen.add("listed \(try reader.observations(contract: "c0001").count)")
                reads += 1
            } catch {
                errors.add("reader: \(error)")
            }
        } while stop.all.isEmpty
        done.wait()
        #expect(errors.all.isEmpty, "\(errors.all)")
        #expect(reads > 0)
        #expect(
            Set(seen.all).isSubset(of: ["counts 0/0", "counts 1/\(rows)", "listed 0", "listed \(6 * 84)"]), "\(Set(seen.all))")
        #expect(try f.tracker().counts() == (files: 1, observations: rows))
    }

    @Test(arguments: Backend.allCases)
    func twoRecordersOfTheSameFileStoreItOnce(_ backend: Backend) throws {
        let f = try TrackerFixture(generated: 10, backend: backend)
        try f.write("r.csv", TrackerFixture.generatedReturns(contracts: 10))
        _ = try f.tracker()
        let results = Log()
        let group = DispatchGroup()
        let workspace = f.workspace, root = f.root, db = try TrackerAddress.parse(f.db)
        for _ in 0..<2 {
            group.enter()
            Thread {
                do {
                    let outcomes = try db.open(create: true).record(
                        [ReturnsInput(path: root + "/r.csv")], workspace: workspace, recordedAt: "t")
                    switch outcomes.first {
                    case .recorded: results.add("recorded")
                    case .alreadyRecorded: results.add("already")
                    default: results.add("\(outcomes)")
                    }
                } catch {
                    results.add("error: \(error)")
                }
                group.leave()
            }.start()
        }
        group.wait()
        #expect(results.all.sorted() == ["already", "recorded"])
        #expect(try f.tracker().counts().files == 1)
    }
}
