import Foundation
import MissionKPI
import Testing

/// `missionkpi publish` end to end: the README's main command on the sample, and a bad returns file
/// stopping the publish before anything is written.
@Suite struct PublishCommandTests {
    static func temp(_ name: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("missionkpi-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    @Test func publishesTheSample() throws {
        let dir = try Self.temp("publish-cli")
        let r = try CLI.run(["publish", "--db", dir + "/t.sqlite", "--out", dir + "/site", "--as-of", "2026-11-24"], timeout: 300)
        #expect(r.exit == 0, "\(r.stderr)")
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("published 121 pages"), "\(r.stderr)")  // 116 and a board pack per mission
        #expect(FileManager.default.fileExists(atPath: dir + "/site/index.html"))
        #expect(FileManager.default.fileExists(atPath: dir + "/site/data/README.md"))
        let again = try CLI.run(["publish", "--db", dir + "/t.sqlite", "--out", dir + "/site", "--as-of", "2026-11-24"], timeout: 300)
        #expect(again.exit == 0)
        // The second publish compares with the first: the pages saying what changed are rewritten once.
        #expect(again.stderr.contains("recorded 0 returns file(s)") && !again.stderr.contains("(0 written"), "\(again.stderr)")
        let third = try CLI.run(["publish", "--db", dir + "/t.sqlite", "--out", dir + "/site", "--as-of", "2026-11-24"], timeout: 300)
        #expect(third.exit == 0 && third.stderr.contains("(0 written, 0 removed)"), "\(third.stderr)")
    }

    @Test func aBadReturnsFileStopsThePublish() throws {
        let ws = try Self.temp("publish-bad")
        for (path, text) in ExampleWorkspace.files {
            let url = URL(fileURLWithPath: ws + "/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try FileManager.default.createDirectory(atPath: ws + "/Contracts/dept/returns", withIntermediateDirectories: true)
        try Data("contract,kpi,period,value,note\nc1,no-such-kpi,2025-01,1,\n".utf8).write(
            to: URL(fileURLWithPath: ws + "/Contracts/dept/returns/q1.csv"))
        let r = try CLI.run(["publish", "--workspace", ws, "--db", ws + "/t.sqlite", "--out", ws + "/site", "--as-of", "2026-11-24"])
        #expect(r.exit == 1)
        #expect(r.stderr.contains("Contracts/dept/returns/q1.csv:2"), "\(r.stderr)")
        #expect(r.stderr.contains("Nothing was published"))
        #expect(!FileManager.default.fileExists(atPath: ws + "/site"))
    }

    @Test func aBadDateIsAUsageError() throws {
        let r = try CLI.run(["publish", "--as-of", "2026-13-01", "--out", "/nonexistent/never"])
        #expect(r.exit == 64)
    }
}
