import Foundation
import Testing

/// `missionkpi import ocds` as a person runs it: the whole of `../shared/reference/fts/` into a copy of
/// the sample workspace, then `validate` and `align`, then the same import again.
@Suite struct ImportCommandTests {
    /// `../shared/reference/fts` beside the repository (or beside the folder holding a git worktree of it).
    static let fts: String? = {
        let root = URL(fileURLWithPath: CLI.repositoryRoot)
        return ["../shared/reference/fts", "../../shared/reference/fts"]
            .map { root.appendingPathComponent($0).standardized.path }
            .first { FileManager.default.fileExists(atPath: $0) }
    }()

    /// A copy of the sample workspace in a fresh temporary folder.
    static func sampleCopy() throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("missionkpi-import-cli-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        for item in ["Missions", "Contracts", "missionkpi.yaml"] {
            try FileManager.default.copyItem(atPath: CLI.repositoryRoot + "/" + item, toPath: root + "/" + item)
        }
        return root
    }

    static func snapshot(_ root: String) -> [String: Data] {
        var out: [String: Data] = [:]
        let e = FileManager.default.enumerator(atPath: root)
        while let path = e?.nextObject() as? String {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDir), !isDir.boolValue {
                out[path] = FileManager.default.contents(atPath: root + "/" + path)
            }
        }
        return out
    }

    @Test(.enabled(if: fts != nil, "../shared/reference/fts is absent: the real Find a Tender files are not beside the repository"))
    func theReferenceNoticesImportIntoTheSampleTwice() throws {
        let root = try Self.sampleCopy()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let fts = try #require(Self.fts)
        let counts = { (text: String) -> [Int] in
            // "… 48 contracts, 300 KPIs; no problems" → [48, 300]
            let words = text.split(separator: " ")
            return ["contracts,", "KPIs;"].compactMap { w in words.firstIndex(of: Substring(w)).flatMap { Int(words[$0 - 1]) } }
        }
        let sample = counts(try CLI.run(["validate", "--workspace", root]).stderr)
        #expect(sample.count == 2)
        var r = try CLI.run(["import", "ocds", fts, "--workspace", root])
        #expect(r.exit == 0, "\(r.stderr)")
        #expect(r.stdout.isEmpty)
        #expect(
            r.stderr.contains(
                "imported 6 files (460 releases, 439 contracting processes): 27 contracts (27 new, 0 updated, 0 unchanged), 129 KPIs, 10 exemptions, 19 new departments, 4 published assessments (4 new in the tracker)"
            ), "\(r.stderr)")
        #expect(r.stderr.contains("new contract"), "each new file is listed")
        r = try CLI.run(["validate", "--workspace", root])
        #expect(r.exit == 0 && r.stderr.contains("; no problems"), "\(r.stdout)\(r.stderr)")
        #expect(counts(r.stderr) == [sample[0] + 27, sample[1] + 129], "\(r.stderr)")
        r = try CLI.run(["align", "--workspace", root, "--as-of", "2026-11-24"])
        #expect(
            r.stdout.contains("Contracts/respect-collaboration-trust/ocds-h6vhtk-0686d3-1.yaml:"), "align reviews the imported contracts")
        #expect(r.stdout.contains("[most-material-count]") && r.stdout.contains("[missing-target]"))
        // The words of the imported KPIs are judged (issue 14): Rochdale's placeholders, an inferred level.
        #expect(r.stdout.contains("Contracts/rochdale-borough-council/ocds-h6vhtk-05ffe1-1.yaml:20:12: warning: [placeholder-kpi]"))
        #expect(r.stdout.contains("is at level activity (inferred from the words)"))
        let before = Self.snapshot(root)
        r = try CLI.run(["import", "ocds", fts, "--workspace", root])
        #expect(
            r.exit == 0 && r.stderr.contains("27 contracts (0 new, 0 updated, 27 unchanged)") && r.stderr.hasSuffix("nothing changed\n"),
            "\(r.stderr)")
        #expect(Self.snapshot(root) == before, "a second import changes no byte")
        // --quiet, as everywhere: data and errors only.
        r = try CLI.run(["import", "ocds", fts, "--workspace", root, "--quiet"])
        #expect(r.exit == 0 && r.stderr.isEmpty, "\(r.stderr)")
        // Nothing of the notices' (withheld) contact points reached the workspace or the tracker.
        for (path, data) in Self.snapshot(root)
        where path.hasPrefix("Contracts/") || path.hasPrefix("Imports/") || path.hasPrefix(".missionkpi/") {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains("withheld") && !text.contains("+44 0000"), "\(path)")
        }
    }

    @Test func badInputIsAnErrorWithItsPlaceAndChangesNothing() throws {
        let root = try Self.sampleCopy()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let bad = root + ".bad.json"
        try "{\"releases\": [\n  {\"ocid\": \"ocds-x-1\", \"date\": \"2026-08-10T10:00:00Z\",}\n]}".write(
            toFile: bad, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: bad) }
        let before = Self.snapshot(root)
        let r = try CLI.run(["import", "ocds", bad, "--workspace", root])
        #expect(r.exit == 1)
        #expect(
            r.stderr.hasPrefix("\(bad):2:55: error: malformed JSON: expected a member name in double quotes but found '}'"), "\(r.stderr)")
        #expect(r.stderr.contains("nothing was imported"))
        #expect(Self.snapshot(root) == before)
        let usage = try CLI.run(["import", "ocds", "--workspace", root])
        #expect(usage.exit == 64 && usage.stderr.contains("Missing expected argument"), "\(usage.stderr)")
    }
}
