import Foundation
import MissionKPI
import Testing

/// `publish` of unchanged inputs into a folder that already holds their site is skipped without loading
/// the workspace; any change (a workspace file, a new returns file, another date) publishes in full;
/// progress goes to standard error unless `--quiet`.
@Suite struct PublishSkipTests {
    static func workspace() throws -> String {
        let ws = try PublishCommandTests.temp("publish-skip")
        for (path, text) in ExampleWorkspace.files {
            let url = URL(fileURLWithPath: ws + "/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return ws
    }

    static func publish(_ ws: String, asOf: String = "2026-11-24", quiet: Bool = false) throws -> (exit: Int32, stdout: String, stderr: String) {
        try CLI.run(
            ["publish", "--workspace", ws, "--db", ws + "/t.sqlite", "--out", ws + "/site", "--as-of", asOf] + (quiet ? ["--quiet"] : []),
            timeout: 120, environment: ["MISSIONKPI_TIMINGS": "1"])
    }

    @Test func anUnchangedRepublishIsSkippedAndAnyChangePublishesInFull() throws {
        let ws = try Self.workspace()
        #expect(WorkspaceLoader.contentHash(at: ws) == (try WorkspaceLoader.load(at: ws)).workspace.contentHash, "hashed without parsing: the same")
        let first = try Self.publish(ws)
        #expect(first.exit == 0 && first.stderr.contains("timing: load"), "\(first.stderr)")
        #expect(first.stderr.contains("publishing: "), "a progress line on standard error: \(first.stderr)")
        let second = try Self.publish(ws)  // says "nothing changed since the last review": written in full
        #expect(second.exit == 0 && second.stderr.contains("timing: load"), "\(second.stderr)")
        let stamp = try String(contentsOfFile: ws + "/site/.missionkpi-publish", encoding: .utf8)
        #expect(!PublishSupportCLI.manifest(ws + "/site").contains(".missionkpi-publish"), "the stamp is not part of the site")

        let third = try Self.publish(ws, quiet: true)
        #expect(third.exit == 0 && !third.stderr.contains("timing: load"), "skipped before loading: \(third.stderr)")
        #expect(!third.stderr.contains("publishing: ") && !third.stderr.contains("published "), "--quiet: \(third.stderr)")
        let fourth = try Self.publish(ws)
        #expect(fourth.stderr.contains("(0 written, 0 removed)") && fourth.stderr.contains("recorded 0 returns file(s)"), "\(fourth.stderr)")
        #expect(try String(contentsOfFile: ws + "/site/.missionkpi-publish", encoding: .utf8) == stamp)

        // Another as-of date, then a changed workspace file: each publishes in full.
        #expect(try Self.publish(ws, asOf: "2026-11-25").stderr.contains("timing: load"))
        let contract = try #require(ExampleWorkspace.files.keys.sorted().first { $0.hasPrefix("Contracts/") && !$0.hasSuffix("department.yaml") })
        try Data((ExampleWorkspace.files[contract]! + "\n# edited\n").utf8).write(to: URL(fileURLWithPath: ws + "/" + contract))
        let edited = try Self.publish(ws, asOf: "2026-11-25")
        #expect(edited.exit == 0 && edited.stderr.contains("timing: load"), "\(edited.stderr)")

        // A deleted page: the manifest no longer holds, so the folder is published again in full.
        _ = try Self.publish(ws, asOf: "2026-11-25")
        try FileManager.default.removeItem(atPath: ws + "/site/index.html")
        let repaired = try Self.publish(ws, asOf: "2026-11-25")
        #expect(repaired.stderr.contains("timing: load") && FileManager.default.fileExists(atPath: ws + "/site/index.html"), "\(repaired.stderr)")
    }
}

/// Reading a published folder's manifest.
enum PublishSupportCLI {
    static func manifest(_ site: String) -> String { (try? String(contentsOfFile: site + "/manifest.txt", encoding: .utf8)) ?? "" }
}
