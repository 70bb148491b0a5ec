import Foundation
import MissionKPI
import MissionKPIStore
import PostgresNIO

extension PostgresTracker {
    func observationSet() throws -> ObservationSet {
        try readSet(then: { _ in [] }).0
    }

    func observationSetAndPublished() throws -> (ObservationSet, [PublishedAssessment]) {
        try readSet(then: { try PostgresTracker.published(on: $0) })
    }

    /// The whole tracker as a set, then `more` in the same snapshot. Read in two halves, each half
    /// goes into a builder of its own as it arrives (no lock, no waiting on the other), and the two
    /// are merged at the end.
    private func readSet(then more: @escaping (PGConnection) throws -> [PublishedAssessment]) throws -> (ObservationSet, [PublishedAssessment]) {
        let lower = Sink(ObservationSet.Builder()), upper = Sink(ObservationSet.Builder())
        var published: [PublishedAssessment] = []
        try read(filter: "", PostgresBindings(), upper: { upper.value.append($0) }, then: { published = try more($0) }) {
            lower.value.append($0)
        }
        lower.value.merge(upper.value)
        return (lower.value.finish(), published)
    }

    func allVersions(contract: String?, kpi: String?) throws -> [Observation] {
        var conditions: [String] = []
        var binds = PostgresBindings()
        if let contract {
            binds.append(contract)
            conditions.append("contract_id = $\(binds.count)")
        }
        if let kpi {
            binds.append(kpi)
            conditions.append("kpi_id = $\(binds.count)")
        }
        let sink = Sink([Observation]())
        try read(filter: conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "), binds) { sink.value.append($0) }
        return sink.value
    }

    /// Streams the observations matching `filter` to `body`, sorted by contract, KPI, period and
    /// version, with their files, from one snapshot: one row per KPI, its observations in one series
    /// (`PGRowDecoder`, `SeriesCodec`). `body` runs on a connection's event loop while this thread waits, never on
    /// two at once. The whole tracker, when large, is read over two connections (`readInTwo`); given
    /// `upper`, the contracts after the split go to it instead, as they arrive, at the same time as
    /// the others go to `body`.
    private func read(
        filter: String, _ binds: PostgresBindings, upper: ((consuming Observation) -> Void)? = nil,
        then more: (PGConnection) throws -> Void = { _ in }, _ body: @escaping (consuming Observation) -> Void
    ) throws {
        try snapshot { c in
            var files: [Int64: ProvenanceFile] = [:]
            var rows = 0
            for row in try c.query("SELECT id, path, sha256, recorded_at, rows FROM returns_file") {
                let (id, path, sha, at, n) = try row.decode((Int64, String, String, String, Int).self)
                files[id] = ProvenanceFile(path: path, sha256: sha, recordedAt: at)
                rows += n
            }
            try c.query(PGRowDecoder.readSettings)
            if filter.isEmpty, rows >= PostgresTracker.twoConnectionRows, let split = try PostgresTracker.middleContract(c),
                let second = try? PGConnection(address, password: password, beside: c)
            {
                defer { second.close() }
                try readInTwo(c, second, split: split, files: files, lower: body, upper: upper)
            } else {
                let decoder = Sink(PGRowDecoder(files: files))
                let deliver = Sink(body)
                try c.each(PGRowDecoder.query(filter: filter), binds) { row in
                    try decoder.value.observations(row) { deliver.value($0) }
                }
            }
            try more(c)
        }
    }
}

/// A value handed to a closure that runs on another thread while its owner waits for it to finish
/// (the wait orders every access).
final class Sink<T>: @unchecked Sendable {
    var value: T
    init(_ value: T) { self.value = value }
}
