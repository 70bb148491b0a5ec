import Foundation
import MissionKPI
import MissionKPIStore
import Testing

/// `tracker: {url: …}` in missionkpi.yaml selects the PostgreSQL tracker for every command of the
/// workspace; `--db` overrides it; a malformed URL there is an error at its line.
@Suite struct TrackerURLCommandTests {
    let q1 = "contract,kpi,period,value,note\nc-one,monthly-pct,2025-04,70,\nc-one,monthly-pct,2025-05,71,\nc-two,delivery,2025-04,5,\n"

    @Test func theWorkspaceSettingPointsEveryCommandAtTheServer() throws {
        let f = try TrackerFixture(backend: .postgres)
        try f.write("missionkpi.yaml", "tracker:\n  url: \(f.db)\n")
        try f.write("Contracts/d/returns/2025-q1.csv", q1)
        let r = try Binary.run(["record", "--workspace", f.root])
        #expect(r.exit == 0, "\(r.stderr)")
        #expect(r.stderr.contains("tracker \(f.db)"))
        #expect(!FileManager.default.fileExists(atPath: f.dbPath), "nothing in the workspace's SQLite file")
        let listed = try Binary.run(["observations", "--workspace", f.root, "--format", "csv"])
        #expect(listed.exit == 0 && listed.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 4, "\(listed.stderr)")
        let history = try Binary.run(["history", "--workspace", f.root, "c-one/monthly-pct"])
        #expect(history.exit == 0 && history.stdout.contains("2025-05"))
        let assess = try Binary.run(["assess", "--workspace", f.root, "--as-of", "2026-11-24", "--format", "json"])
        #expect(assess.exit == 0, "\(assess.stderr)")
        #expect(!assess.stderr.contains("no tracker"))

        // --db overrides the setting: a SQLite file of its own.
        let local = f.root + "/local.sqlite"
        #expect(try Binary.run(["record", "--workspace", f.root, "--db", local]).exit == 0)
        #expect(try Tracker(path: local, create: false).counts() == (files: 1, observations: 3))
    }

    @Test func aMalformedURLInTheSettingsIsAnErrorAtItsLine() throws {
        let f = try TrackerFixture()
        try f.write("Contracts/d/returns/2025-q1.csv", q1)
        try f.write("missionkpi.yaml", "financial_year_start: 04-01\ntracker:\n  url: postgresql://kpi@db.example:99999/k\n")
        let r = try Binary.run(["record", "--workspace", f.root])
        #expect(r.exit == 1)
        #expect(r.stderr.hasPrefix("missionkpi.yaml:3:8: error: 'postgresql://kpi@db.example:99999/k' is not a tracker address"), "\(r.stderr)")
        try f.write("missionkpi.yaml", "tracker:\n  url: postgresql://kpi:hunter2@db.example/k\n")
        let secret = try Binary.run(["observations", "--workspace", f.root])
        #expect(secret.exit == 1 && secret.stderr.contains("missionkpi.yaml:2:8: error: 'url' must not hold a password"), "\(secret.stderr)")
        #expect(!secret.stderr.contains("hunter2"))
        #expect(!FileManager.default.fileExists(atPath: f.dbPath))
    }
}

/// `import ocds` records published (UK9) assessments in whichever tracker the workspace uses: the
/// same rows, stored once, on both backends.
@Suite struct ImportIntoTrackerTests {
    static let uk9: String = {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("MissionKPIImportTests/Fixtures/ocds/uk9.json").path
    }()

    @Test(arguments: Backend.allCases)
    func publishedAssessmentsLandOnceInEitherBackend(_ backend: Backend) throws {
        let f = try TrackerFixture(backend: backend)
        let first = try Binary.run(["import", "ocds", Self.uk9, "--workspace", f.root] + f.cliDB)
        #expect(first.exit == 0, "\(first.stderr)")
        #expect(first.stderr.contains("4 published assessments (4 new in the tracker)"), "\(first.stderr)")
        let again = try Binary.run(["import", "ocds", Self.uk9, "--workspace", f.root] + f.cliDB)
        #expect(again.exit == 0 && again.stderr.contains("(0 new in the tracker)"), "\(again.stderr)")
        let held = try f.tracker(create: false).publishedAssessments()
        #expect(held.map(\.kpi) == ["1", "2", "3", "4"] && Set(held.map(\.contract)) == ["ocds-h6vhtk-059d41-1"])
        let listed = try Binary.run(["observations", "--workspace", f.root, "--published", "--format", "csv"] + f.cliDB)
        #expect(listed.exit == 0 && listed.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 5, "\(listed.stderr)")
    }
}
