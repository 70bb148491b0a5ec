import Foundation
import Testing

@testable import MissionKPI

/// Our merge (OCDSMerge) against the Open Contracting Partnership's own `ocdsmerge`, on the merge
/// fixture, the other fixtures and, when present, every real release package of the reference data.
@Suite struct OCDSMergeCrossCheckTests {
    static let schema = ImportFixtures.reference("ocds_1_1_5/release-schema-uk-profile.json")
    static let hasOcdsmerge = (try? ImportFixtures.python(["-c", "import ocdsmerge"]))?.exit == 0

    /// A keep rule as JSON for the script: {} keeps a text or number.
    static func json(_ keep: JSONKeep) -> [String: Any] {
        var out: [String: Any] = [:]
        for c in keep.children { out[c.name] = json(c.keep) }
        return out
    }

    /// A node as Foundation values (numbers as Double), for comparing with what Python printed.
    static func foundation(_ node: JSONNode) -> Any {
        switch node.value {
        case .object(let members):
            var out: [String: Any] = [:]
            for m in members { out[m.key] = foundation(m.node) }
            return out
        case .array(let items): return items.map(foundation)
        case .string(let s): return s
        case .number(let n): return NSNumber(value: Double(n) ?? .nan)
        case .bool(let b): return NSNumber(value: b)
        case .null: return NSNull()
        }
    }

    @Test(
        .enabled(
            if: hasOcdsmerge && schema != nil, "needs python3 with ocdsmerge (pip install ocdsmerge) and ../shared/reference/ocds_1_1_5"))
    func ourCompiledReleasesAreOcdsmerges() throws {
        var files = try ["merge-edge-cases.json", "merge-three-releases.json", "uk7-hartlepool-and-exemption.json", "uk9.json"].map(
            ImportSandbox.fixture)
        if let fts = ImportFixtures.reference("fts") {
            files += try FileManager.default.contentsOfDirectory(atPath: fts).filter { $0.hasSuffix(".json") }.sorted().map {
                fts + "/" + $0
            }
        }
        let keepFile = FileManager.default.temporaryDirectory.appendingPathComponent("keep-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: keepFile) }
        try JSONSerialization.data(withJSONObject: Self.json(OCDSKeep.release)).write(to: keepFile)
        let script = ImportFixtures.repositoryRoot + "/Tests/MissionKPIImportTests/ocdsmerge-compile.py"
        let run = try ImportFixtures.python([script, try #require(Self.schema), keepFile.path] + files)
        #expect(run.exit == 0)
        let theirs = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
        let reader = OCDSReader()
        for f in files { try reader.read(OCDSReader.File(display: f, path: f)) }
        let groups = Dictionary(grouping: reader.releases, by: \.ocid)
        #expect(groups.count == theirs.count && groups.count > 400)
        var compared = 0
        for (ocid, releases) in groups {
            let ours = Self.foundation(OCDSMerge.compile(releases)) as? NSDictionary
            #expect(ours == theirs[ocid] as? NSDictionary, "\(ocid) differs from ocdsmerge")
            compared += 1
        }
        #expect(compared == groups.count)
        // The merge fixture really merges: three releases of one process, one compiled release.
        #expect((groups["ocds-h6vhtk-059ac1"]?.count ?? 0) >= 3)
    }
}
