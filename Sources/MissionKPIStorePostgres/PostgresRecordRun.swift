import Foundation
import MissionKPI
@_spi(TrackerBackend) import MissionKPIStore
import PostgresNIO

/// The storing side of one recording into PostgreSQL. Files arrive checked from the reading thread, in
/// input order; a file with a problem is rejected before anything is sent. Valid files are gathered
/// into groups of at least `groupRows` rows, each ended before a file sharing none of its contracts
/// (so that two groups in a row seldom share one), and each group is written in one transaction:
///
/// 1. advisory locks on the group's contracts and file hashes, taken in one global order (so that
///    concurrent runs queue per contract and never deadlock);
/// 2. files already recorded (by any process) are skipped; the current versions of the group's KPIs
///    are read, under the locks, so versions continue without gaps or duplicates;
/// 3. the group's `returns_file` rows in one statement, then all its observations, in key order, in
///    statements of many rows each (`ObservationRows`) and COMMIT, sent without waiting: the server stores the group
///    while this thread gathers the next one. Groups alternate between two connections (the second
///    opened for the second group), so the server stores two at once on two cores; a group sharing a
///    contract or a file with the group in flight on the other connection waits until that one has
///    been stored (versions follow input order);
/// 4. if the server refuses a row (or asks for the group again, 40001, 40P01), the transaction is
///    rolled back and the group written again file by file, each file in a savepoint of its own, so a
///    file the schema refuses is rejected alone (`PostgresRecordRun+FileByFile.swift`).
///
/// A group's outcomes count only once its COMMIT has succeeded. A lost connection or a killed process
/// leaves whole groups, so whole files, only.
struct PostgresRecordRun {
    /// A checked file waiting for its group to be written.
    struct Pending {
        var index: Int
        var path: String
        var sha256: String
        var batches: [RowBatch]
        var rows: Int
    }

    /// A group whose statements were sent: its outcomes, kept until its COMMIT has succeeded.
    struct InFlight {
        var group: [Pending]
        var written: [(Int, RecordOutcome)]
        var sent: [PGConnection.Sent]
        var contracts: Set<String> = []
        var hashes: Set<String> = []
    }

    /// The connections groups alternate between (one, then two once a second group is written).
    private var connections: [PGConnection]
    /// Opens the second connection (nil when the server refuses it: the run goes on over one).
    private var openSecond: (() -> PGConnection?)?
    /// The connection of the group being written (shared with `current`'s loader).
    private let on: Sink<PGConnection>
    var connection: PGConnection { on.value }
    let recordedAt: String
    private let groupRows: Int
    private let progress: ((RecordProgress) -> Void)?
    private var outcomes: [RecordOutcome?]
    private var group: [Pending] = []
    /// The contracts of `group`'s rows.
    private var groupContracts = Set<String>()
    private var inFlight: [InFlight?]
    private var turn = 0
    private var waitingRows = 0
    private var rowsDone = 0, filesDone = 0
    var current: CurrentValues

    init(
        _ connection: PGConnection, second: (() -> PGConnection?)?, files: Int, validator: ReturnsValidator, recordedAt: String, groupRows: Int,
        progress: ((RecordProgress) -> Void)?
    ) {
        connections = [connection]
        openSecond = second
        on = Sink(connection)
        inFlight = [nil]
        self.recordedAt = recordedAt
        self.groupRows = groupRows
        self.progress = progress
        outcomes = Array(repeating: nil, count: files)
        current = CurrentValues(kpiCount: validator.kpiCount, trackerIsEmpty: false, load: PostgresRecordRun.loader(on))
    }

    /// Stores everything `reading` hands over; the outcome of every file, in input order.
    mutating func run(_ reading: ReturnsReading) throws -> [RecordOutcome] {
        while true {
            switch reading.queue.take() {
            case .outcome(let i, let outcome):
                outcomes[i] = outcome
            case .file(let i, let input, let sha):
                report(i, reading.inputs.count, input.displayPath)
                try take(i, input.displayPath, sha, reading.queue)
            case .end:
                try flush()
                for i in connections.indices { try settle(i) }
                report(outcomes.count, reading.inputs.count, "")
                return outcomes.map { $0! }
            case .rows, .done:
                preconditionFailure("rows outside a file")
            }
            filesDone += 1
        }
    }

    private func report(_ files: Int, _ total: Int, _ path: String) {
        progress?(RecordProgress(filesDone: files, filesTotal: total, rowsDone: rowsDone, currentFile: path))
    }

    /// Gathers one file's rows; a valid file joins the group, which is written once it is large enough.
    private mutating func take(_ i: Int, _ path: String, _ sha: String, _ queue: RecordQueue) throws {
        var batches: [RowBatch] = []
        var rows = 0
        while true {
            switch queue.take() {
            case .rows(let batch):
                batches.append(batch)
                rows += batch.rows.count
                rowsDone += batch.rows.count
                if batch.rows.count >= 4096 { report(filesDone, outcomes.count, path) }
            case .done(let file):
                guard file.isValid else {
                    rowsDone -= rows
                    outcomes[i] = .rejected(path: path, diagnostics: file.diagnostics)
                    return
                }
                let contracts = PostgresRecordRun.contracts(of: batches)
                // A full group is sent before a file that shares none of its contracts, so that groups
                // end where contracts do (a department's files are consecutive): the next group then
                // shares nothing with this one and both are stored at once. A group sharing contracts
                // with every file that follows is sent all the same at four times the size.
                if waitingRows >= groupRows, groupContracts.isDisjoint(with: contracts) || waitingRows >= 4 * groupRows { try flush() }
                group.append(Pending(index: i, path: path, sha256: sha, batches: batches, rows: rows))
                groupContracts.formUnion(contracts)
                waitingRows += rows
                return
            case .file, .outcome, .end:
                preconditionFailure("a file's rows end with .done")
            }
        }
    }

    /// Sends the group's transaction on the next connection, once that connection's previous group
    /// (and any group in flight sharing a contract or a file with it) has been stored.
    private mutating func flush() throws {
        guard !group.isEmpty else { return }
        let g = group, contracts = groupContracts
        group.removeAll()
        groupContracts.removeAll()
        waitingRows = 0
        let hashes = Set(g.map(\.sha256))
        if let open = openSecond {
            openSecond = nil
            if let c = open() {
                connections.append(c)
                inFlight.append(nil)
            }
        }
        let next = (turn + 1) % connections.count
        do {
            try settle(next)
            for i in connections.indices where i != next {
                if let f = inFlight[i], !f.contracts.isDisjoint(with: contracts) || !f.hashes.isDisjoint(with: hashes) { try settle(i) }
            }
        } catch {
            abandon()
            throw error
        }
        turn = next
        on.value = connections[next]
        do {
            inFlight[next] = try send(g)
            inFlight[next]?.contracts = contracts
            inFlight[next]?.hashes = hashes
        } catch let f as PGFailure where (f.isRetryable || f.isDataError) && !connection.isClosed {
            keep(try fileByFile(g))
        } catch {
            if !connection.isClosed { _ = try? connection.query("ROLLBACK") }
            abandon()
            throw error
        }
    }

    /// Waits for the group in flight on connection `i`: its outcomes once it has committed, or the
    /// group written again file by file when the server refused it.
    private mutating func settle(_ i: Int) throws {
        guard let f = inFlight[i] else { return }
        inFlight[i] = nil
        let was = on.value
        on.value = connections[i]
        defer { on.value = was }
        var failure: (any Error)?
        for sent in f.sent {
            do {
                try connection.finish(sent)
            } catch {
                if failure == nil { failure = error }
                if connection.isClosed { break }
            }
        }
        guard let failure else { return keep(f.written) }
        if let p = failure as? PGFailure, p.isRetryable || p.isDataError, !connection.isClosed {
            keep(try fileByFile(f.group))
        } else {
            if !connection.isClosed { _ = try? connection.query("ROLLBACK") }
            throw failure
        }
    }

    /// After a failure: waits for the groups still in flight (whatever became of them), so that no
    /// statement is left running when the run reports the failure.
    private mutating func abandon() {
        for i in connections.indices {
            guard let f = inFlight[i] else { continue }
            inFlight[i] = nil
            for sent in f.sent { _ = try? connections[i].finish(sent) }
        }
    }

    /// The contracts of a file's rows (consecutive rows mostly share one).
    private static func contracts(of batches: [RowBatch]) -> Set<String> {
        var out = Set<String>()
        var last = ""
        for batch in batches {
            for r in batch.rows where r.contract != last {
                last = r.contract
                out.insert(last)
            }
        }
        return out
    }

    private mutating func keep(_ written: [(Int, RecordOutcome)]) {
        for (i, outcome) in written { outcomes[i] = outcome }
    }

}
