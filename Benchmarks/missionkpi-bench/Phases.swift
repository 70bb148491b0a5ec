import Foundation

/// The CLI phases the harness times, each run as a child process of the release `missionkpi`.
struct Phase: Sendable {
    var name: String
    var arguments: @Sendable (_ paths: RunPaths) -> [String]
    /// Exit codes that mean the phase ran (align and assess exit 1 when they find failing KPIs).
    var success: Set<Int32>
    /// Deletes the tracker database first (a fresh `record`).
    var freshDatabase = false
    /// Rows per second are reported (the return rows recorded).
    var countsRows = false
    /// Run before each repeat, untimed (a fresh tracker and site, or copies of the last publish's).
    var prepare: (@Sendable (_ paths: RunPaths) throws -> Void)? = nil

    static let asOf = "2026-11-24"
    /// The as-of date of the publish after one new month of returns (the generator's returns end in
    /// October 2026; the added month is November, so the next publication is a month later).
    static let nextAsOf = "2026-12-24"

    static func publish(_ workspace: String, db: String, asOf: String, out: String) -> [String] {
        ["publish", "--workspace", workspace, "--db", db, "--as-of", asOf, "--out", out]
    }

    /// The tracker phases again, on the PostgreSQL server (`--postgres`).
    static let postgres: [Phase] = [
        Phase(name: "record (PostgreSQL)", arguments: { ["record", "--workspace", $0.workspace, "--db", $0.postgres ?? ""] }, success: [0],
              freshDatabase: true, countsRows: true),
        Phase(name: "re-record (PostgreSQL)", arguments: { ["record", "--workspace", $0.workspace, "--db", $0.postgres ?? ""] }, success: [0]),
        Phase(name: "assess (PostgreSQL)", arguments: { ["assess", "--workspace", $0.workspace, "--db", $0.postgres ?? "", "--as-of", asOf] },
              success: [0, 1]),
    ]

    static let all: [Phase] = [
        Phase(name: "validate", arguments: { ["validate", "--workspace", $0.workspace] }, success: [0]),
        Phase(name: "record", arguments: { ["record", "--workspace", $0.workspace, "--db", $0.database] }, success: [0],
              freshDatabase: true, countsRows: true),
        Phase(name: "re-record", arguments: { ["record", "--workspace", $0.workspace, "--db", $0.database] }, success: [0]),
        Phase(name: "align", arguments: { ["align", "--workspace", $0.workspace, "--db", $0.database, "--as-of", asOf] }, success: [0, 1]),
        Phase(name: "assess", arguments: { ["assess", "--workspace", $0.workspace, "--db", $0.database, "--as-of", asOf] }, success: [0, 1]),
        // Issue 16: publish from an empty tracker into an empty folder (it records, then publishes).
        Phase(name: "publish", arguments: { publish($0.workspace, db: $0.publishDatabase, asOf: asOf, out: $0.publishFolder) },
              success: [0, 1], prepare: { p in
                  Files.removeDatabase(p.publishDatabase)
                  try? FileManager.default.removeItem(atPath: p.publishFolder)
              }),
        // The first publish again says "nothing changed since the last review" instead of "first review": the
        // index, the snapshot and the changes sections are written once more; after it the bytes stay the same.
        Phase(name: "re-publish, first", arguments: { publish($0.workspace, db: $0.publishDatabase, asOf: asOf, out: $0.publishFolder) },
              success: [0, 1]),
        Phase(name: "re-publish, unchanged", arguments: { publish($0.workspace, db: $0.publishDatabase, asOf: asOf, out: $0.publishFolder) },
              success: [0, 1]),
        // The workspace with one more month of returns, on copies of the tracker and site of the publish above.
        Phase(name: "re-publish, one new month",
              arguments: { publish($0.workspacePlusMonth, db: $0.monthDatabase, asOf: nextAsOf, out: $0.monthFolder) },
              success: [0, 1], prepare: { p in
                  Files.removeDatabase(p.monthDatabase)
                  try FileManager.default.copyItem(atPath: p.publishDatabase, toPath: p.monthDatabase)
                  try? FileManager.default.removeItem(atPath: p.monthFolder)
                  try Files.linkCopy(p.publishFolder, to: p.monthFolder)  // the publish replaces files by rename: safe
              }),
    ]
}

/// Where one size's files live in the work folder.
struct RunPaths: Sendable {
    var workspace: String
    var database: String
    var publishFolder: String
    var scratch: String
    /// The workspace with one more month of returns (hard links to `workspace` plus the new files).
    var workspacePlusMonth: String = ""
    /// The tracker of the publish phases (started empty), and the copy the new month is recorded into.
    var publishDatabase: String = ""
    var monthDatabase: String = ""
    var monthFolder: String = ""
    /// The PostgreSQL tracker's URL (`--postgres`), a database of its own for this size.
    var postgres: String?
    /// Makes the PostgreSQL database empty again (drops and creates it).
    var resetPostgres: (@Sendable () throws -> Void)?
}

/// One line of the results: a phase at a size.
struct Measurement {
    var phase: String
    var contracts: Int
    var seconds: Double?
    /// User plus system CPU seconds (for child processes, from rusage).
    var cpuSeconds: Double?
    var peakBytes: Int?
    var rows: Int?
    /// Set when the phase was stopped at the time limit (a failure wherever a target applies).
    var stoppedAfter: Double?
    /// Why there is no figure, or a remark ("cached", "exit 1").
    var note: String = ""
    /// The phases the child timed itself (MISSIONKPI_TIMINGS=1), of the run whose wall time was kept.
    var timings: [(phase: String, seconds: Double)] = []

    /// The child's own time for one of its phases, when it printed it.
    func timing(_ phase: String) -> Double? { timings.first { $0.phase == phase }?.seconds }

    var rowsPerSecond: Double? {
        guard let rows, let seconds, seconds > 0 else { return nil }
        return Double(rows) / seconds
    }
}
