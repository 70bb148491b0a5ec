import Foundation
import MissionKPI
import MissionKPIStore
import MissionKPIStorePostgres

/// A workspace written into a fresh temporary folder, with a tracker beside it: a SQLite file in the
/// workspace, or a fresh database of its own on the test server (`MISSIONKPI_TEST_PG_URL`).
///
/// ```swift
/// let f = try TrackerFixture(backend: .postgres)     // contracts c-one and c-two
/// try f.write("Contracts/d/returns/q1.csv", "contract,kpi,period,value\n…")
/// let outcomes = try f.record(["Contracts/d/returns/q1.csv"])
/// ```
final class TrackerFixture {
    let root: String
    let workspace: Workspace
    let backend: Backend
    /// The SQLite file (SQLite fixtures; PostgreSQL fixtures leave it unused).
    var dbPath: String { root + "/.missionkpi/tracker.sqlite" }
    /// What `--db` is given: the SQLite file or the database's URL.
    let db: String
    private let database: TestDatabase?

    /// The small workspace (two contracts); `generated` adds `c0000…` contracts with six monthly KPIs each.
    /// A PostgreSQL fixture without a test server fails in CI and skips the test elsewhere, saying so.
    init(generated contracts: Int = 0, backend: Backend = .sqlite) throws {
        self.backend = backend
        database = backend == .postgres ? try TestDatabase() : nil
        root = FileManager.default.temporaryDirectory.appendingPathComponent("tracker-\(UUID().uuidString)").path
        db = database?.url ?? root + "/.missionkpi/tracker.sqlite"
        var files = TrackerFixture.smallWorkspace
        for c in 0..<contracts { files["Contracts/d/c\(TrackerFixture.pad(c)).yaml"] = TrackerFixture.generatedContract(c) }
        for (path, text) in files { try TrackerFixture.write(root, path, text) }
        let result = try WorkspaceLoader.load(at: root)
        guard result.isClean else { throw FixtureError(description: "fixture workspace: \(result.diagnostics)") }
        workspace = result.workspace
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    struct FixtureError: Error, CustomStringConvertible { var description: String }

    func write(_ path: String, _ text: String) throws { try TrackerFixture.write(root, path, text) }

    static func write(_ root: String, _ path: String, _ text: String) throws {
        let full = root + "/" + path
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: full, atomically: true, encoding: .utf8)
    }

    /// Opens the fixture's tracker (creating it unless `create` is false).
    func tracker(create: Bool = true) throws -> Tracker { try TrackerAddress.parse(db).open(create: create) }

    /// Waits for other sessions on a PostgreSQL fixture's database to end (nothing to wait for on SQLite).
    func waitForOtherSessions() throws { try database?.waitForOtherSessions() }

    /// The fixture's own PostgreSQL database (nil for SQLite).
    var postgres: TestDatabase? { database }

    /// What a command line adds to reach the fixture's tracker: nothing for SQLite (the workspace's
    /// default file), `--db URL` for PostgreSQL.
    var cliDB: [String] { backend == .postgres ? dbArguments : [] }

    /// `--db` and the tracker, for a command line.
    var dbArguments: [String] { ["--db", db] }

    /// Records workspace-relative paths with a fixed clock.
    func record(_ paths: [String], at time: String = "2026-01-01T00:00:00Z", tracker: Tracker? = nil) throws -> [RecordOutcome] {
        let inputs = paths.map { ReturnsInput(path: root + "/" + $0, displayPath: $0) }
        return try (tracker ?? self.tracker()).record(inputs, workspace: workspace, recordedAt: time)
    }

    static func pad(_ n: Int) -> String { String(repeating: "0", count: max(0, 4 - String(n).count)) + String(n) }

    /// Every month of 2019-04 … 2026-03 for every KPI of the first `contracts` generated contracts,
    /// values shifted by `shift` so that each shift is a full set of corrections.
    static func generatedReturns(contracts: Int, months: Int = 84, shift: Double = 0) -> String {
        var out = "contract,kpi,period,value,note\n"
        for c in 0..<contracts {
            for k in 0..<6 {
                for m in 0..<months {
                    let y = 2019 + (3 + m) / 12, mo = (3 + m) % 12 + 1
                    let v = Double((c * 7 + k * 13 + m) % 90) + shift
                    out += "c\(pad(c)),k\(k),\(y)-\(mo < 10 ? "0" : "")\(mo),\(v),\n"
                }
            }
        }
        return out
    }

    static func generatedContract(_ c: Int) -> String {
        var text = """
            id: c\(pad(c))
            title: Generated contract \(c)
            department: d
            supplier: {name: Supplier \(c)}
            value: {amount: 10000000, currency: GBP}
            period: {start: 2019-04-01, end: 2026-03-31}
            manager: p1
            kpis:

            """
        for k in 0..<6 {
            text += "  - {id: k\(k), title: KPI \(k), level: output, direction: increase, unit: count, frequency: monthly}\n"
        }
        return text
    }

    static let smallWorkspace: [String: String] = [
        "Missions/m.yaml": """
        id: m
        title: A mission
        milestones:
          - {id: ms, title: A milestone, unit: percent, direction: increase, target: {value: 90, date: 2030-03-31}}
        """,
        "Contracts/d/department.yaml": """
        id: d
        name: A department
        people:
          - {id: p1, name: A Person, role: Contract manager, grade: HEO, commercial_specialist: true}
        """,
        "Contracts/d/c-one.yaml": """
        id: c-one
        title: Contract one
        department: d
        supplier: {name: Supplier One}
        value: {amount: 10000000, currency: GBP}
        period: {start: 2025-04-01, end: 2027-03-31}
        manager: p1
        kpis:
          - {id: monthly-pct, title: M, level: output, direction: increase, unit: percent, frequency: monthly}
          - {id: quarterly-count, title: Q, level: output, direction: increase, unit: count, frequency: quarterly}
        """,
        "Contracts/d/c-two.yaml": """
        id: c-two
        title: Contract two
        department: d
        supplier: {name: Supplier Two}
        value: {amount: 6000000, currency: GBP}
        period: {start: 2025-04-01, end: 2026-03-31}
        manager: p1
        kpis:
          - {id: delivery, title: D, level: output, direction: increase, unit: count, frequency: monthly}
        """,
    ]
}
