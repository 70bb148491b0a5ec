import Foundation
import GRDB
import MissionKPI

extension Tracker {
    /// Records returns files, each in one write transaction: a file with any problem stores nothing,
    /// a file whose bytes were recorded before stores nothing, and a value differing from the current
    /// version of its KPI and period becomes the next version (a correction). Other files are unaffected
    /// by one file's problems. Throws only when the database itself fails.
    public func record(
        _ inputs: [ReturnsInput], workspace: Workspace, recordedAt: String,
        progress: ((RecordProgress) -> Void)? = nil
    ) throws -> [RecordOutcome] {
        let validator = ReturnsValidator(workspace: workspace)
        var outcomes: [RecordOutcome] = []
        var rowsDone = 0
        for (i, input) in inputs.enumerated() {
            progress?(RecordProgress(filesDone: i, filesTotal: inputs.count, rowsDone: rowsDone, currentFile: input.displayPath))
            let outcome = try recordOne(input, validator: validator, recordedAt: recordedAt) { n in
                progress?(RecordProgress(filesDone: i, filesTotal: inputs.count, rowsDone: rowsDone + n, currentFile: input.displayPath))
            }
            if case .recorded(_, _, let rows, _, _, _) = outcome { rowsDone += rows }
            outcomes.append(outcome)
        }
        progress?(RecordProgress(filesDone: inputs.count, filesTotal: inputs.count, rowsDone: rowsDone, currentFile: ""))
        return outcomes
    }

    private func recordOne(
        _ input: ReturnsInput, validator: ReturnsValidator, recordedAt: String, progress: (Int) -> Void
    ) throws -> RecordOutcome {
        let path = input.displayPath
        let bytes: [UInt8]
        do {
            bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: input.path)))
        } catch {
            let reason = (error as NSError).localizedFailureReason ?? error.localizedDescription
            return .rejected(
                path: path, diagnostics: [Diagnostic(at: SourceLocation(file: path, line: 1, column: 1), "cannot read the file: \(reason)")]
            )
        }
        // Checking starts on another core while this one hashes; it stops if the file was recorded before.
        let channel = RowChannel.validate(bytes, path: path, with: validator)
        let sha = ReturnsFile.sha256(bytes)
        let prior: (path: String, recordedAt: String)?
        do {
            prior = try pool.read { db in try priorFile(db, sha) }
        } catch {
            channel.cancel()
            throw error
        }
        if let prior {
            channel.cancel()
            return .alreadyRecorded(path: path, sha256: sha, firstPath: prior.path, recordedAt: prior.recordedAt)
        }
        return try pool.writeWithoutTransaction { db in
            var outcome: RecordOutcome?
            do {
                try db.inTransaction(.immediate) {
                    if let prior = try priorFile(db, sha) {  // another process recorded it meanwhile
                        channel.cancel()
                        outcome = .alreadyRecorded(path: path, sha256: sha, firstPath: prior.path, recordedAt: prior.recordedAt)
                        return .rollback
                    }
                    outcome = try store(channel, path: path, sha256: sha, recordedAt: recordedAt, db: db, progress: progress)
                    if case .rejected = outcome { return .rollback }
                    return .commit
                }
            } catch {
                channel.cancel()
                throw error
            }
            return outcome!
        }
    }

    private func priorFile(_ db: Database, _ sha: String) throws -> (path: String, recordedAt: String)? {
        try Row.fetchOne(db, sql: "SELECT path, recorded_at FROM returns_file WHERE sha256 = ?", arguments: [sha])
            .map { ($0[0], $0[1]) }
    }

    /// Inserts the file and its new values as the checking thread delivers them; runs inside the
    /// caller's transaction, which is rolled back when the file turns out to have a problem.
    private func store(
        _ channel: RowChannel, path: String, sha256: String, recordedAt: String, db: Database, progress: (Int) -> Void
    ) throws -> RecordOutcome {
        try db.execute(
            sql: "INSERT INTO returns_file (path, sha256, recorded_at, rows) VALUES (?, ?, ?, 0)",
            arguments: [path, sha256, recordedAt])
        let fileId = db.lastInsertedRowID
        var current = try CurrentVersions(db)
        var insert = try ObservationInsert(db)
        defer { insert.finish() }
        var rows = 0, added = 0, corrections = 0, unchanged = 0
        while true {
            switch channel.take() {
            case .rows(let batch, let failed):
                guard !failed else { continue }  // the file will be rejected: stop storing, keep reading
                for r in batch {
                    let prior = try current.current(of: r)
                    if let prior, prior.value == r.value, prior.note == r.note {
                        unchanged += 1
                        continue
                    }
                    try insert.run(r, version: (prior?.version ?? 0) + 1, fileId: fileId)
                    if prior == nil { added += 1 } else { corrections += 1 }
                }
                rows += batch.count
                progress(rows)
            case .done(let file):
                guard file.isValid else { return .rejected(path: path, diagnostics: file.diagnostics) }
                try db.execute(sql: "UPDATE returns_file SET rows = ? WHERE id = ?", arguments: [rows, fileId])
                return .recorded(path: path, sha256: sha256, rows: rows, added: added, corrections: corrections, unchanged: unchanged)
            }
        }
    }
}
