import Foundation
import MissionKPIStore
import Testing

@testable import MissionKPI
@testable import MissionKPIImport

/// A workspace in a fresh temporary folder for an import test, with the fixture files at hand.
struct ImportSandbox {
    let root: String

    /// An empty folder, or a copy of the repository's sample workspace (`sample: true`).
    init(sample: Bool = false) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("missionkpi-import-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        if sample {
            for item in ["Missions", "Contracts", "missionkpi.yaml"] {
                try FileManager.default.copyItem(atPath: ImportFixtures.repositoryRoot + "/" + item, toPath: root + "/" + item)
            }
        }
    }

    func remove() { try? FileManager.default.removeItem(atPath: root) }

    /// A fixture file's path (`Fixtures/ocds/<name>`).
    static func fixture(_ name: String) throws -> String {
        try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil)).appendingPathComponent("ocds/" + name).path
    }

    var tracker: String { root + "/.missionkpi/tracker.sqlite" }

    /// Imports `paths` (fixture names or absolute paths).
    @discardableResult
    func run(_ paths: [String], beforeRename: (@Sendable (String) throws -> Void)? = nil) throws -> ImportReport {
        var options = ImportOptions(workspace: root)
        options.beforeRename = beforeRename
        return try OCDSImporter.run(paths: try paths.map { $0.hasPrefix("/") ? $0 : try Self.fixture($0) }, options: options)
    }

    /// Every file under the workspace (hidden ones too) with its bytes.
    func snapshot() -> [String: Data] {
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

    func text(_ path: String) -> String? {
        FileManager.default.contents(atPath: root + "/" + path).map { String(decoding: $0, as: UTF8.self) }
    }

    func write(_ path: String, _ text: String) throws {
        try text.write(toFile: root + "/" + path, atomically: true, encoding: .utf8)
    }

    /// Replaces `old` by `new` in a workspace file (the test fails when `old` is absent).
    func edit(_ path: String, _ old: String, _ new: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let t = text(path) ?? ""
        #expect(t.contains(old), "'\(old)' is not in \(path)", sourceLocation: sourceLocation)
        try write(path, t.replacingOccurrences(of: old, with: new))
    }

    /// The workspace as the loader sees it now.
    func load() throws -> LoadResult { try WorkspaceLoader.load(at: root, ruleCatalog: RuleRegistry.catalog) }

    /// A JSON file of `releases` (a release package) in the sandbox's scratch folder; returns its path.
    func package(_ name: String, _ releases: [Any]) throws -> String {
        let dir = root + ".inputs"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let data = try JSONSerialization.data(withJSONObject: ["version": "1.1", "releases": releases], options: [.sortedKeys])
        try data.write(to: URL(fileURLWithPath: dir + "/" + name))
        return dir + "/" + name
    }

    /// The releases of a fixture package, as Foundation objects.
    static func releases(_ fixture: String) throws -> [[String: Any]] {
        let data = try Data(contentsOf: URL(fileURLWithPath: try Self.fixture(fixture)))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try #require(object["releases"] as? [[String: Any]])
    }
}
