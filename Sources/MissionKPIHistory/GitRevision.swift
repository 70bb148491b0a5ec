import Foundation
import MissionKPI

/// One commit of the repository that holds the workspace: the name it was asked for by, its hash and date.
public struct GitRevision: Sendable, Hashable, CustomStringConvertible {
    /// The revision as given (`HEAD~1`, a tag, a hash).
    public var name: String
    /// The full commit hash.
    public var commit: String
    /// The commit's committer date.
    public var date: Day

    /// `HEAD~1 (3f12975, 2026-11-25)`.
    public var description: String { "\(HistoryError.quote(name)) (\(commit.prefix(7)), \(date))" }
}

/// Reads the workspace's YAML files as they were at a commit, without touching the work tree or index.
///
/// ```swift
/// let git = GitReader(workspace: "/path/to/repo")
/// let rev = try git.resolve("HEAD~1")
/// let files = try git.workspaceFiles(at: rev)     // ["Missions/nhs.yaml": [UInt8], …]
/// ```
public struct GitReader: Sendable {
    let git: GitCommand

    /// A reader for the workspace folder `root` (inside a git work tree, at any depth).
    public init(workspace root: String) { git = GitCommand(folder: root) }

    /// The commit a revision names, with its date; throws when the folder is not in a repository or the
    /// revision names no commit.
    public func resolve(_ name: String) throws(HistoryError) -> GitRevision {
        let inside = try git.run(["rev-parse", "--is-inside-work-tree"])
        guard inside.status == 0, String(decoding: inside.stdout, as: UTF8.self).hasPrefix("true") else {
            throw .notARepository(git.folder)
        }
        guard !name.isEmpty else { throw .unknownRevision(name, "it is empty") }
        let parsed = try git.run(["rev-parse", "--verify", "--quiet", "--end-of-options", name + "^{commit}"])
        let commit = String(decoding: parsed.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard parsed.status == 0, commit.count >= 40, commit.allSatisfy(\.isHexDigit) else {
            throw .unknownRevision(name, "git does not know it")
        }
        let dateText = String(decoding: try git.checked(["log", "-1", "--format=%cs", commit]), as: UTF8.self)
        guard let date = Day(parsing: dateText.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw .gitFailed("log", "the date of \(commit.prefix(7)) is '\(HistoryError.quote(dateText))', not YYYY-MM-DD")
        }
        return GitRevision(name: name, commit: commit, date: date)
    }

    /// The workspace files (settings, missions, departments, contracts) at a commit, by workspace-relative
    /// path. Symbolic links and submodules are left out; a file over the loader's size limit is a problem.
    public func workspaceFiles(at revision: GitRevision) throws(HistoryError) -> [String: [UInt8]] {
        let listing = try git.checked(["ls-tree", "-r", "-z", "-l", revision.commit])
        var wanted: [(path: String, object: String, size: Int)] = []
        for entry in listing.split(separator: 0) {
            // `<mode> SP <type> SP <object> SP+ <size> TAB <path>`
            guard let tab = entry.firstIndex(of: 0x09) else { continue }
            let head = String(decoding: entry[entry.startIndex..<tab], as: UTF8.self).split(separator: " ", omittingEmptySubsequences: true)
            let path = String(decoding: entry[(tab + 1)...], as: UTF8.self)
            guard head.count == 4, head[1] == "blob", head[0] == "100644" || head[0] == "100755",
                WorkspaceLoader.isWorkspaceFile(path), let size = Int(head[3])
            else { continue }
            wanted.append((path, String(head[2]), size))
        }
        if let big = wanted.first(where: { $0.size > WorkspaceLoader.maxFileSize }) {
            throw .workspaceProblems(
                revision.description,
                [
                    Diagnostic(
                        at: SourceLocation(file: big.path, line: 1, column: 1),
                        "the file is \(big.size >> 20) MiB; workspace files are limited to \(WorkspaceLoader.maxFileSize >> 20) MiB")
                ])
        }
        let input = Data(wanted.map { $0.object + "\n" }.joined().utf8)
        let output = [UInt8](try git.checked(["cat-file", "--batch"], input: input))
        return try Self.parseBatch(output, wanted.map(\.path))
    }

    /// Splits `git cat-file --batch` output (`<object> blob <size>\n<bytes>\n` per object) into the files.
    static func parseBatch(_ bytes: [UInt8], _ paths: [String]) throws(HistoryError) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        var i = 0
        for path in paths {
            guard let end = bytes[i...].firstIndex(of: 0x0A) else { throw .gitFailed("cat-file", "its output ended early") }
            let header = String(decoding: bytes[i..<end], as: UTF8.self).split(separator: " ")
            guard header.count == 3, header[1] == "blob", let size = Int(header[2]), end + 1 + size <= bytes.count else {
                throw .gitFailed("cat-file", "unexpected output for \(path)")
            }
            files[path] = Array(bytes[(end + 1)..<(end + 1 + size)])
            i = end + 1 + size + 1
        }
        return files
    }
}
