import Foundation

/// Writes a set of files all or nothing: every text first goes to a hidden temporary file beside its
/// target (`prepare`), then each is renamed over its target (`commit`), keeping a hard link (or copy) of
/// the file it replaces; `rollback` puts every target back as it was and removes what was created.
struct FileTransaction {
    let root: String
    let writes: [(path: String, text: String)]
    private var temps: [String] = []
    private var backups: [(target: String, backup: String)] = []
    private var createdFiles: [String] = []
    private var createdFolders: [String] = []
    /// Called before each rename with the workspace-relative path (tests inject failures here).
    var beforeRename: ((String) throws -> Void)?

    init(root: String, writes: [String: String]) {
        self.root = root
        self.writes = writes.sorted { $0.key < $1.key }.map { (path: $0.key, text: $0.value) }
    }

    func full(_ path: String) -> String { root + "/" + path }

    static func hidden(_ full: String, _ suffix: String) -> String {
        let url = URL(fileURLWithPath: full)
        return url.deletingLastPathComponent().appendingPathComponent("." + url.lastPathComponent + suffix).path
    }

    /// Creates the folders and writes every temporary file.
    mutating func prepare() throws {
        for w in writes {
            let target = full(w.path)
            try makeFolders(URL(fileURLWithPath: target).deletingLastPathComponent().path)
            let temp = Self.hidden(target, ".import-partial")
            temps.append(temp)
            if let problem = Self.write(w.text, to: temp) {
                throw ImportError.files("cannot write \(temp) (\(problem)); check the folder's permissions and free space")
            }
        }
    }

    /// Writes `text` to a new file at `path` (never through a link); the problem, or nil.
    static func write(_ text: String, to path: String) -> String? {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return String(cString: strerror(errno)) }
        let bytes = Array(text.utf8)
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0 {
                if errno == EINTR { continue }
                let problem = String(cString: strerror(errno))
                close(fd)
                return problem
            }
            done += n
        }
        return close(fd) == 0 ? nil : String(cString: strerror(errno))
    }

    mutating func makeFolders(_ folder: String) throws {
        var missing: [String] = []
        var dir = folder
        while !FileManager.default.fileExists(atPath: dir) && dir != "/" && !dir.isEmpty {
            missing.append(dir)
            dir = (dir as NSString).deletingLastPathComponent
        }
        for d in missing.reversed() {
            do {
                try FileManager.default.createDirectory(atPath: d, withIntermediateDirectories: false)
            } catch {
                throw ImportError.files("cannot create the folder \(d): \(error.localizedDescription)")
            }
            createdFolders.append(d)
        }
    }

    /// Renames every temporary file over its target, keeping what each replaces until `finish`.
    mutating func commit() throws {
        for (w, temp) in zip(writes, temps) {
            try beforeRename?(w.path)
            let target = full(w.path)
            if FileManager.default.fileExists(atPath: target) {
                let backup = Self.hidden(target, ".import-backup")
                unlink(backup)
                if link(target, backup) != 0 {
                    do { try FileManager.default.copyItem(atPath: target, toPath: backup) } catch {
                        throw ImportError.files("cannot keep a copy of \(target) while replacing it: \(error.localizedDescription)")
                    }
                }
                backups.append((target, backup))
            } else {
                createdFiles.append(target)
            }
            guard rename(temp, target) == 0 else {
                throw ImportError.files("cannot replace \(target): \(String(cString: strerror(errno)))")
            }
        }
    }

    /// Puts every target back as it was and removes the temporary files and the folders created.
    mutating func rollback() {
        for b in backups.reversed() { rename(b.backup, b.target) }
        for f in createdFiles.reversed() { unlink(f) }
        for t in temps { unlink(t) }
        for d in createdFolders.reversed() { rmdir(d) }
        backups = []
        createdFiles = []
    }

    /// Removes the copies of the replaced files: the writes stand.
    mutating func finish() {
        for b in backups { unlink(b.backup) }
        backups = []
    }
}
