import Foundation
import MissionKPI
@testable import MissionKPIPublish

/// Temporary folders and whole-tree reads for the publish tests.
enum PublishSupport {
    /// A new empty folder under the system temporary folder.
    static func tempFolder(_ name: String = "publish") throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("missionkpi-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    /// Every file under `root`, by relative path, with its bytes.
    static func tree(_ root: String) -> [String: Data] {
        var out: [String: Data] = [:]
        let fm = FileManager.default
        for case let rel as String in fm.enumerator(atPath: root)?.allObjects ?? [] {
            var isDirectory: ObjCBool = false
            let full = root + "/" + rel
            if fm.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                out[rel] = fm.contents(atPath: full) ?? Data()
            }
        }
        return out
    }

    /// The fixture published into a new folder; returns the folder.
    static func publishFixture(files: [String: String] = PublishFixture.files, into folder: String? = nil) throws -> String {
        let out = try folder ?? tempFolder()
        _ = try Publisher.publish(
            try PublishFixture.workspace(files), observations: PublishFixture.observations, asOf: PublishFixture.asOf, to: out,
            published: PublishFixture.published)
        return out
    }

    /// The text of a published file.
    /// The file's text; a `.gz` file's is what it holds, gunzipped ("" when missing or not a whole gzip stream).
    static func text(_ root: String, _ path: String) -> String {
        let data = FileManager.default.contents(atPath: root + "/" + path) ?? Data()
        guard path.hasSuffix(".gz") else { return String(decoding: data, as: UTF8.self) }
        return String(decoding: Gzip.inflate([UInt8](data)) ?? [], as: UTF8.self)
    }

    /// The paths that differ between two trees (missing on either side, or different bytes), sorted.
    static func differences(_ a: [String: Data], _ b: [String: Data]) -> [String] {
        Set(a.keys).union(b.keys).filter { a[$0] != b[$0] }.sorted()
    }
}
