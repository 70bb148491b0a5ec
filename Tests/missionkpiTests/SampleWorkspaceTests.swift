import Foundation
import Testing

/// The sample workspace at the repository root (`Missions/`, `Contracts/`, `missionkpi.yaml`) must stay valid.
@Suite struct SampleWorkspaceTests {
    static var hasSample: Bool {
        FileManager.default.fileExists(atPath: CLI.repositoryRoot + "/Missions")
            && FileManager.default.fileExists(atPath: CLI.repositoryRoot + "/Contracts")
    }

    @Test(.enabled(if: hasSample, "the sample workspace is not in the repository"))
    func sampleValidatesClean() throws {
        let r = try CLI.run(["validate", "--workspace", CLI.repositoryRoot])
        #expect(r.exit == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout == "")
        #expect(r.stderr.hasPrefix("ok: "))
    }

    @Test(.enabled(if: hasSample, "the sample workspace is not in the repository"))
    func sampleValidatesAsJSON() throws {
        let r = try CLI.run(["validate", "--format", "json"], cwd: CLI.repositoryRoot)
        #expect(r.exit == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(json["errors"] as? Int == 0)
        #expect((json["files"] as? Int ?? 0) >= 10)
    }
}
