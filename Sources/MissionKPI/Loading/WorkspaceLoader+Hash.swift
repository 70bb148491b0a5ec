import Foundation

extension WorkspaceLoader {
    /// `Workspace.contentHash` of the workspace at `root` without parsing it: the same files, read and
    /// hashed (on every core) as `load(at:)` reads them. Nil when a file cannot be read (loading would
    /// report it) or `root` is not a workspace.
    ///
    /// ```swift
    /// WorkspaceLoader.contentHash(at: "Examples/uk") == (try WorkspaceLoader.load(at: "Examples/uk")).workspace.contentHash
    /// ```
    public static func contentHash(at root: String) -> String? {
        guard let jobs = try? findFiles(root: root) else { return nil }
        let hashes: [String?] = Parallel.map(jobs, minimumChunk: 4) { job in
            if case .success(let bytes) = readFile(root: root, path: job.path) { return SHA256.hex(bytes) }
            return nil
        }
        var files: [(path: String, sha256: String)] = []
        for (job, hash) in zip(jobs, hashes) {
            guard let hash else { return nil }
            files.append((job.path, hash))
        }
        var text = ""
        for f in files.sorted(by: { $0.path < $1.path }) { text += f.path + "\u{0}" + f.sha256 + "\n" }  // as `Workspace` keeps them
        return SHA256.hex(Array(text.utf8))
    }
}
