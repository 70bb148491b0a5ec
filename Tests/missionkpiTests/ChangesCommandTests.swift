import Foundation
import MissionKPI
import Testing

/// `missionkpi changes`, end to end on a git repository in a temporary folder: every format, exit codes,
/// usage errors and bad revisions.
@Suite struct ChangesCommandTests {
    /// The rule examples' workspace committed, then a commit lowering a target and loosening bands.
    static func repository() throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("missionkpi-changes-\(UUID().uuidString)").path
        for (path, text) in ExampleWorkspace.files {
            let url = URL(fileURLWithPath: root + "/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try git(root, ["init", "-q"])
        try git(root, ["add", "-A"])
        try git(root, ["commit", "-q", "-m", "first review"])
        let c1 = root + "/Contracts/dept/c1.yaml"
        var text = try String(contentsOfFile: c1, encoding: .utf8)
        text = text.replacingOccurrences(of: "target: {value: 95, date: 2027-03-31}", with: "target: {value: 90, date: 2027-03-31}")
        text = text.replacingOccurrences(of: "bands: {good: 5, approaching_target: 7,", with: "bands: {good: 6, approaching_target: 7,")
        try Data(text.utf8).write(to: URL(fileURLWithPath: c1))
        try git(root, ["commit", "-q", "-a", "-m", "renegotiated"])
        return root
    }

    static func git(_ root: String, _ args: [String]) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["git", "-C", root, "-c", "user.name=T", "-c", "user.email=t@example.invalid", "-c", "commit.gpgsign=false"] + args
        try p.run()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw CLI.Failure(description: "git \(args) failed") }
    }

    @Test func textFindingsAtTheirLinesAndExitOne() throws {
        let root = try Self.repository()
        let r = try CLI.run(["changes", "--workspace", root, "--since", "HEAD~1", "--as-of", "2026-11-24"])
        #expect(r.exit == 1, "\(r.stderr)")
        #expect(
            r.stdout.contains(
                "Contracts/dept/c1.yaml:22:21: error: [target-weakened] the target of the KPI 'tests', which should increase, was lowered from 95% to 90%"
            ))
        #expect(
            r.stdout.contains(
                "Contracts/dept/c1.yaml:35:19: error: [bands-loosened] the rating bands of the KPI 'report-time' were loosened"))
        #expect(r.stderr.contains("changes from HEAD~1 ("))
        #expect(r.stderr.contains("to the work tree: 2 findings (2 errors, 0 warnings, 0 info); 0 waived; 0 in the baseline"))
        let same = try CLI.run(["changes", "--workspace", root, "--since", "HEAD", "--as-of", "2026-11-24"])
        #expect(same.exit == 0 && same.stdout.isEmpty, "\(same.stdout)\(same.stderr)")
    }

    @Test func everyFindingsFormat() throws {
        let root = try Self.repository()
        let base = ["changes", "--workspace", root, "--since", "HEAD~1", "--until", "HEAD", "--as-of", "2026-11-24", "--format"]
        let json = try CLI.run(base + ["json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.compactMap { $0["rule"] as? String }.sorted() == ["bands-loosened", "target-weakened"])
        let csv = try CLI.run(base + ["csv"])
        #expect(csv.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 3 && csv.stdout.contains("target-weakened"))
        let markdown = try CLI.run(base + ["markdown"])
        #expect(markdown.stdout.contains("`target-weakened`") && !markdown.stdout.contains("## Scores"))
        let sarif = try CLI.run(base + ["sarif"])
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
        #expect((log["runs"] as? [[String: Any]])?.first?["results"] as? [Any] != nil)
        #expect(sarif.stdout.contains("\"startLine\": 22"))
        for r in [json, csv, markdown, sarif] { #expect(r.exit == 1) }
    }

    @Test func usageAndRevisionErrors() throws {
        let root = try Self.repository()
        let neither = try CLI.run(["changes", "--workspace", root])
        #expect(neither.exit == 64 && neither.stderr.contains("give one of --since REV or --against PATH"))
        let both = try CLI.run(["changes", "--workspace", root, "--since", "HEAD", "--against", root])
        #expect(both.exit == 64)
        let unknown = try CLI.run(["changes", "--workspace", root, "--since", "review-2025"])
        #expect(unknown.exit == 1 && unknown.stderr.contains("'review-2025' is not a commit of this repository"), "\(unknown.stderr)")
        #expect(unknown.stdout.isEmpty)
        let folder = try CLI.run(["changes", "--workspace", root, "--against", root, "--format", "json"])
        #expect(folder.exit == 0 && folder.stderr.contains("changes from the folder '"), "\(folder.stderr)")
    }

    @Test func publishSinceARevision() throws {
        let root = try Self.repository()
        let out = root + "/site"
        let r = try CLI.run([
            "publish", "--workspace", root, "--db", root + "/t.sqlite", "--out", out, "--as-of", "2026-11-24", "--since", "HEAD~1",
        ])
        #expect(r.exit == 0, "\(r.stderr)")
        let index = String(decoding: FileManager.default.contents(atPath: out + "/index.html") ?? Data(), as: UTF8.self)
        #expect(index.contains("Compared with HEAD~1 ("), "\(index.prefix(300))")
        #expect(index.contains("2 goalposts moved") && index.contains("was lowered from 95% to 90%"))
        let department = String(decoding: FileManager.default.contents(atPath: out + "/departments/dept.html") ?? Data(), as: UTF8.self)
        #expect(department.contains("<h3>Goalposts moved (2)</h3>"))
        let bad = try CLI.run(["publish", "--workspace", root, "--db", root + "/t.sqlite", "--out", root + "/other", "--since", "nope"])
        #expect(bad.exit == 1 && bad.stderr.contains("error: --since: 'nope' is not a commit of this repository"), "\(bad.stderr)")
        #expect(!FileManager.default.fileExists(atPath: root + "/other"))
    }
}
