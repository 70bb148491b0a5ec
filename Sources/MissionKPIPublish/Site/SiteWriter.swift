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
    public private(set) var files: [SitePath: [UInt8]] = [:]

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
        let fm = FileManager.default
        let base = URL(fileURLWithPath: root).standardizedFileURL
        do { try fm.createDirectory(at: base, withIntermediateDirectories: true) } catch {
            throw SiteError.cannotWrite(root, error.localizedDescription)
        }
        let resolvedRoot = base.resolvingSymlinksInPath().path
        let manifestPath = try SitePath(SiteWriter.manifestName)
        let previous = Self.readManifest(base.appendingPathComponent(SiteWriter.manifestName).path)
        var all = files
        all[manifestPath] = Array(manifest.utf8)
        var written = 0
        for path in all.keys.sorted() {
            let target = try checkedURL(path, base: base, resolvedRoot: resolvedRoot, create: true)
            let bytes = all[path]!
            if let existing = fm.contents(atPath: target.path), [UInt8](existing) == bytes { continue }
            do { try Data(bytes).write(to: target, options: .atomic) } catch {
                throw SiteError.cannotWrite(path.text, error.localizedDescription)
            }
            written += 1
        }
        var removed = 0
        var emptied: Set<String> = []
        for old in previous where all[old] == nil {
            let target = try checkedURL(old, base: base, resolvedRoot: resolvedRoot, create: false)
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: target.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            try? fm.removeItem(at: target)
            removed += 1
            if old.depth > 0 { emptied.insert(target.deletingLastPathComponent().path) }
        }
        for folder in emptied.sorted(by: >) where (try? fm.contentsOfDirectory(atPath: folder))?.isEmpty == true {
            try? fm.removeItem(atPath: folder)
        }
        let bytes = all.values.reduce(0) { $0 + $1.count }
        let pages = all.keys.filter { $0.text.hasSuffix(".html") }.count
        return SiteSummary(root: root, files: all.count, pages: pages, bytes: bytes, written: written, removed: removed)
    }

    /// The file's URL, after checking that its folder (links followed) is inside the output folder
    /// and that the file itself is not a symbolic link.
    func checkedURL(_ path: SitePath, base: URL, resolvedRoot: String, create: Bool) throws -> URL {
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
