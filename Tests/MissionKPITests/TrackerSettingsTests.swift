import Foundation
import Testing

@testable import MissionKPI

/// `tracker: {url: …}` in missionkpi.yaml: a PostgreSQL URL for every command, never a password.
@Suite struct TrackerSettingsTests {
    func load(_ settings: String) -> LoadResult {
        var files = ExampleWorkspace.files
        files["missionkpi.yaml"] = settings
        return WorkspaceLoader.load(files: files)
    }

    @Test func aURLIsKeptWithWhereItIsWritten() {
        let r = load("financial_year_start: 04-01\ntracker: {url: postgresql://kpi@db.example:5432/missionkpi}\n")
        #expect(r.isClean, "\(r.diagnostics)")
        #expect(r.workspace.settings.tracker?.url == "postgresql://kpi@db.example:5432/missionkpi")
        #expect(r.workspace.settings.tracker?.location.description == "missionkpi.yaml:2:16")
        #expect(load("pipeline: {years: 3}\n").workspace.settings.tracker == nil)
    }

    @Test func aPasswordAnotherSchemeOrNoURLIsAnErrorAtItsLine() {
        for (yaml, words) in [
            ("tracker: {url: 'postgresql://kpi:hunter2@db/k'}\n", "'url' must not hold a password; set PGPASSWORD or put it in ~/.pgpass"),
            ("tracker: {url: 'postgresql://kpi@db/k?password=hunter2'}\n", "'url' must not hold a password"),
            ("tracker: {url: tracker.sqlite}\n", "'url' 'tracker.sqlite' must be a PostgreSQL URL written postgresql://USER@HOST:PORT/DATABASE"),
            ("tracker: {}\n", "'tracker' needs a 'url'"),
            ("tracker: {url: postgresql://a@b/c, user: x}\n", "'user'"),
        ] {
            let d = load(yaml).diagnostics.map(\.description)
            #expect(d.count == 1 && d[0].hasPrefix("missionkpi.yaml:1:") && d[0].contains(words), "\(yaml): \(d)")
            #expect(!d.joined().contains("hunter2"))
        }
    }

    @Test func theSettingsAloneAreReadWithoutTheWorkspace() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("settings-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(WorkspaceLoader.settings(at: root).settings.tracker == nil)
        try "tracker:\n  url: postgres://kpi@db/k\n".write(toFile: root + "/missionkpi.yaml", atomically: true, encoding: .utf8)
        let (settings, problems) = WorkspaceLoader.settings(at: root)
        #expect(problems.isEmpty && settings.tracker?.url == "postgres://kpi@db/k")
    }
}
