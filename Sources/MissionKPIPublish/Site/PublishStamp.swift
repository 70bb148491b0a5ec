import Foundation
import MissionKPI

/// What a publish into a folder was made from, so that publishing the same inputs again can be skipped:
/// `--out/.missionkpi-publish`, a hidden two-line file (not part of the site or its manifest) holding the
/// key of the publish that wrote the folder and the key of the publish it compared with.
///
/// A publish's bytes depend on its inputs (workspace, tracker, dates, tool version) and on the previous
/// publish it says what changed since. When both keys equal the key of the inputs now, publishing again
/// would write the same bytes: the folder is already the site of these inputs (`isCurrent`).
///
/// ```swift
/// let key = PublishStamp.key(workspaceHash: h, trackerKey: t, asOf: day, publishedOn: nil)
/// if let summary = PublishStamp.isCurrent("Reports", key: key) { print("unchanged: \(summary.files) files") }
/// ```
public enum PublishStamp {
    /// The stamp's file name in the output folder.
    public static let fileName = ".missionkpi-publish"

    /// The key of a publish's inputs: the workspace's content hash (`WorkspaceLoader.contentHash(at:)`),
    /// the tracker's (`Tracker.contentKey()`), the as-of and publication dates, the tool version and the
    /// build of the program running (`build`).
    public static func key(workspaceHash: String, trackerKey: String, asOf: Day, publishedOn: Day?, build: String = build) -> String {
        let text = "missionkpi \(MissionKPIVersion.current)\nbuild \(build)\nworkspace \(workspaceHash)\ntracker \(trackerKey)\n"
            + "as-of \(asOf)\npublished \(publishedOn ?? asOf)\n"
        return SHA256.hex(Array(text.utf8))
    }

    /// The running program's size and modification time: a rebuilt or upgraded tool may write other
    /// bytes from the same inputs, and the version alone does not change between builds (a developer's
    /// `swift run missionkpi publish` after a code change published nothing, "0 written").
    public static let build: String = {
        var info = stat()
        guard stat("/proc/self/exe", &info) == 0 || stat(CommandLine.arguments.first ?? "", &info) == 0 else { return "unknown" }
        return "\(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }()

    /// The keys the folder's stamp holds: this publish's and the one it compared with ("" when none).
    static func read(_ out: String) -> (key: String, comparedWith: String)? {
        guard let text = try? String(contentsOfFile: path(out), encoding: .utf8) else { return nil }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.count >= 2, lines[0].hasPrefix("key "), lines[1].hasPrefix("compared-with ") else { return nil }
        return (String(lines[0].dropFirst(4)), String(lines[1].dropFirst(14)))
    }

    static func path(_ out: String) -> String { (out as NSString).appendingPathComponent(fileName) }

    /// The summary of the site in `out` when it is the publish of `key` compared with a publish of `key`
    /// and every file its manifest lists is still there; nil otherwise (publish in full).
    public static func isCurrent(_ out: String, key: String) -> SiteSummary? {
        guard let stamp = read(out), stamp.key == key, stamp.comparedWith == key else { return nil }
        let manifest = SiteWriter.readManifest((out as NSString).appendingPathComponent(SiteWriter.manifestName))
        guard !manifest.isEmpty else { return nil }
        var bytes = 0
        for p in manifest + [try? SitePath(SiteWriter.manifestName)].compactMap({ $0 }) {
            var info = stat()
            guard lstat((out as NSString).appendingPathComponent(p.text), &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
            bytes += Int(info.st_size)
        }
        return SiteSummary(
            root: out, files: manifest.count + 1, pages: manifest.filter { $0.text.hasSuffix(".html") }.count, bytes: bytes, written: 0,
            removed: 0)
    }

    /// Removes the stamp before a full publish starts writing: a folder left half-written never passes as current.
    static func clear(_ out: String) { unlink(path(out)) }

    /// Records that `out` now holds the publish of `key`, which compared with the publish of `previous`.
    static func write(_ out: String, key: String, previous: String?) throws {
        let text = "key \(key)\ncompared-with \(previous ?? "")\n"
        let bytes = Array(text.utf8)
        let target = path(out), partial = (out as NSString).appendingPathComponent("." + fileName + ".partial")
        try bytes.withUnsafeBufferPointer { try SiteOutput.replace(target, partial: partial, with: $0, target) }
    }
}
