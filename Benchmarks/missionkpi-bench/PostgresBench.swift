import Foundation
import MissionKPI
import MissionKPIStore
import MissionKPIStorePostgres

/// The PostgreSQL side of the harness (`--postgres URL`): a database of its own per size, created
/// again before each fresh `record`, and the tracker read in process on both backends.
enum PostgresBench {
    /// The URL of `missionkpi_bench_<size>` on the server of `admin`, and how to make it empty again.
    static func database(admin: String, size: Int) throws -> (String, @Sendable () throws -> Void) {
        guard case .postgres(var address) = try TrackerAddress.parse(admin) else { throw BenchError("--postgres takes a postgresql:// URL") }
        let name = "missionkpi_bench_\(size)"
        address.database = name
        let reset: @Sendable () throws -> Void = {
            for sql in ["DROP DATABASE IF EXISTS \(name) WITH (FORCE)", "CREATE DATABASE \(name)"] {
                guard ChildProcess.output(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", admin, "-c", sql]) != nil else {
                    throw BenchError("psql could not run '\(sql)' on \(try TrackerAddress.parse(admin))")
                }
            }
        }
        try reset()
        return (address.description, reset)
    }

    /// What publishing reads from the tracker (`Tracker.observationSetAndPublished()`, one snapshot),
    /// timed in process on the SQLite file and on the PostgreSQL database (when both were recorded).
    static func reads(_ paths: RunPaths, size: Int) -> [Measurement] {
        var out: [Measurement] = []
        let trackers: [(String, String?)] = [("read tracker (SQLite)", paths.database), ("read tracker (PostgreSQL)", paths.postgres)]
        for (name, location) in trackers {
            guard let location else { continue }
            log("[\(size)] \(name)…")
            var m = Measurement(phase: name, contracts: size, note: "in process: Tracker.observationSetAndPublished(), as publish reads it")
            time(location, into: &m)
            out.append(m)
        }
        return out
    }

    /// The tracker at `location` read `repeats` times (`--read-tracker`), a measurement a run.
    static func read(_ location: String, repeats: Int) -> [Measurement] {
        (0..<repeats).map { _ in
            var m = Measurement(phase: "read tracker", contracts: 0)
            time(location, into: &m)
            if m.seconds == nil { log(m.note) }
            return m
        }
    }

    /// Opens the tracker at `location` and times `observationSetAndPublished()` into `m`.
    private static func time(_ location: String, into m: inout Measurement) {
        do {
            let tracker = try TrackerAddress.parse(location).openForReading()
            let start = ChildProcess.now(), cpu = ChildProcess.selfCPU()
            let (set, _) = try tracker.observationSetAndPublished()
            m.seconds = ChildProcess.now() - start
            m.cpuSeconds = ChildProcess.selfCPU() - cpu
            m.rows = set.count
        } catch {
            m.note = "failed: \(error.localizedDescription)"
        }
    }
}
