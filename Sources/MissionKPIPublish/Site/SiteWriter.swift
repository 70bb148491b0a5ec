import Foundation
import MissionKPI

/// Collects the site's files in memory, then writes them under the output folder in path order.
/// Every path is a `SitePath` (valid ids only) and every folder written to is checked, after
/// following symbolic links, to lie inside the output folder. Files listed in the previous
/// `manifest.txt` and not written this time are removed; nothing else in the folder is touched.
///
/// ```swift
/// var site = SiteWriter()
/// try site.add(SitePath("index.html"), "<!DOCTYPE html>…")
/// let summary = try site.write(to: "Reports")
/// ```
public struct SiteWriter: Sendable {
    /// The manifest's name: one `sha256  path` line per file written, sorted by path.
    public static let manifestName = "manifest.txt"

    /// The files to write, by path.
    public internal(set) var files: [SitePath: [UInt8]] = [:]

    /// An empty site.
    public init() {}

    /// Adds (or replaces) a file.
    public mutating func add(_ path: SitePath, _ text: String) { files[path] = Array(text.utf8) }

    /// The manifest text for the files added.
    public var manifest: String {
        files.keys.sorted().map { SHA256.hex(files[$0]!) + "  " + $0.text + "\n" }.joined()
    }

    /// Writes every file under `root` (created when missing), removes the files of the previous
    /// manifest that are no longer produced, and writes the new manifest.
    public func write(to root: String) throws -> SiteSummary {
        let output = try SiteOutput(root: root)
        for path in files.keys.sorted() { try output.add(path, files[path]!) }
        return try output.finish()
    }

    /// The file's URL, after checking that its folder (links followed) is inside the output folder
    /// and that the file itself is not a symbolic link.
    static func checkedURL(_ path: SitePath, base: URL, resolvedRoot: String, create: Bool) throws -> URL {
        let fm = FileManager.default
        let target = path.components.reduce(base) { $0.appendingPathComponent($1) }
        let folder = target.deletingLastPathComponent()
        if create {
            do { try fm.createDirectory(at: folder, withIntermediateDirectories: true) } catch {
                throw SiteError.cannotWrite(path.text, error.localizedDescription)
            }
        }
        let resolved = folder.resolvingSymlinksInPath().path
        guard resolved == resolvedRoot || resolved.hasPrefix(resolvedRoot.hasSuffix("/") ? resolvedRoot : resolvedRoot + "/") else {
            throw SiteError.outsideOutput(path.text, base.path)
        }
        if let attributes = try? fm.attributesOfItem(atPath: target.path),
            attributes[.type] as? FileAttributeType == .typeSymbolicLink
        {
            throw SiteError.outsideOutput(path.text, base.path)
        }
        return target
    }

    /// The safe paths listed in an earlier manifest (unsafe or unreadable lines are ignored).
    static func readManifest(_ path: String) -> [SitePath] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { line in
            let parts = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
            return parts.count == 2 ? SitePath(manifestLine: String(parts[1])) : nil
        }
    }
}

/// Collects files from any thread into a `SiteWriter` (for tests and callers that want the site in memory).
final class SiteCollector: SiteSink, @unchecked Sendable {
    private let lock = NSLock()
    private var site = SiteWriter()

    /// Keeps one file.
    func add(_ path: SitePath, _ bytes: [UInt8]) throws { lock.withLock { site.files[path] = bytes } }

    /// Everything collected.
    var collected: SiteWriter { lock.withLock { site } }
}

/// What writing the site did.
public struct SiteSummary: Sendable, Hashable {
    /// The output folder as given.
    public var root: String
    /// Files in the site (the manifest included).
    public var files: Int
    /// HTML pages.
    public var pages: Int
    /// Total size in bytes.
    public var bytes: Int
    /// Files whose bytes changed (or were new) and were written.
    public var written: Int
    /// Files of the previous publish no longer produced, removed.
    public var removed: Int
}
