import Foundation
import MissionKPI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where rendered files go. `SiteOutput` writes them to disk as they come; `SiteWriter` keeps them in memory.
protocol SiteSink: Sendable {
    /// Takes one file; may be called from several threads at once.
    func add(_ path: SitePath, _ bytes: [UInt8]) throws
    /// Takes one file given as text (its UTF-8 bytes), without a copy when the sink can avoid one.
    func add(_ path: SitePath, text: String) throws
    /// A buffer to produce a (possibly large) file in pieces, gzipped when `gzip`; hand it back to `close`.
    func open(_ path: SitePath, gzip: Bool) throws -> FileBuffer
    /// Takes a file produced in pieces.
    func close(_ file: FileBuffer) throws
}

extension SiteSink {
    func add(_ path: SitePath, text: String) throws { try add(path, Array(text.utf8)) }
    func open(_ path: SitePath, gzip: Bool) throws -> FileBuffer { FileBuffer(path, gzip: gzip) }
    /// A buffer for a plain file.
    func open(_ path: SitePath) throws -> FileBuffer { try open(path, gzip: false) }
    func close(_ file: FileBuffer) throws { try add(file.path, file.finished().bytes) }
}

/// Writes a site's files under the output folder as they are produced, from any thread, so the
/// whole site is never held in memory. Each folder is checked once (links followed) to lie inside
/// the output folder; a file is never written through a symbolic link; a file whose bytes are
/// already on disk is left alone. `finish()` writes the manifest and removes the files of the
/// previous manifest that were not produced this time.
///
/// ```swift
/// let out = try SiteOutput(root: "Reports")
/// try out.add(SitePath("index.html"), Array("<!DOCTYPE html>…".utf8))
/// let summary = try out.finish()
/// ```
public final class SiteOutput: SiteSink, @unchecked Sendable {
    /// The output folder as given.
    public let root: String
    let base: URL
    let resolvedRoot: String
    let previous: [SitePath]
    private let lock = NSLock()
    private var insideFolders: Set<[String]> = []
    private var entries: [SitePath: (hash: String, size: Int)] = [:]
    private var written = 0
    private var handed = (files: 0, bytes: 0)
    /// Told of every file handed over (written or left alone), with the running count.
    var progress: PublishProgressHandler?

    /// Creates the output folder when missing and reads the previous manifest.
    public init(root: String) throws {
        self.root = root
        base = URL(fileURLWithPath: root).standardizedFileURL
        do { try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true) } catch {
            throw SiteError.cannotWrite(root, error.localizedDescription)
        }
        resolvedRoot = base.resolvingSymlinksInPath().path
        previous = SiteWriter.readManifest(base.appendingPathComponent(SiteWriter.manifestName).path)
    }

    /// Writes one file (unless the same bytes are already there) and remembers its hash for the manifest.
    public func add(_ path: SitePath, _ bytes: [UInt8]) throws { try bytes.withUnsafeBufferPointer { try store(path, $0) } }

    /// Writes one file from the UTF-8 of `text`, without copying it into an array first.
    func add(_ path: SitePath, text: String) throws {
        var text = text
        try text.withUTF8 { try store(path, $0) }
    }

    private func store(_ path: SitePath, _ bytes: UnsafeBufferPointer<UInt8>) throws {
        let hash = SHA256.hex(bytes)
        let (target, partial) = try places(path)
        var info = stat()
        var same = false
        if lstat(target, &info) == 0 {
            if info.st_mode & S_IFMT == S_IFLNK { throw SiteError.outsideOutput(path.text, base.path) }
            if info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) == bytes.count,
                let existing = FileManager.default.contents(atPath: target)
            {
                same = existing.elementsEqual(bytes)
            }
        }
        if !same { try Self.replace(target, partial: partial, with: bytes, shown(path)) }
        counted(lock.withLock {
            entries[path] = (hash, bytes.count)
            if !same { written += 1 }
            return bump(bytes.count)
        })
    }

    /// Adds a file to the running count (under the lock); the progress to report.
    private func bump(_ size: Int) -> PublishProgress {
        handed = (handed.files + 1, handed.bytes + size)
        return PublishProgress(step: .writing, files: handed.files, bytes: handed.bytes)
    }

    /// Reports progress outside the lock.
    private func counted(_ p: PublishProgress) { progress?(p) }

    /// Writes `bytes` to the hidden `partial` file (never through a link), then renames it over `target`,
    /// so a reader sees the old file or the new one, never half of it.
    static func replace(_ target: String, partial: String, with bytes: UnsafeBufferPointer<UInt8>, _ shown: String) throws {
        let failure = FileBuffer.writeFile(partial, UnsafeRawBufferPointer(bytes))
        if failure == nil, rename(partial, target) == 0 { return }
        let why = failure ?? String(cString: strerror(errno))
        unlink(partial)
        throw SiteError.cannotWrite(shown, why)
    }

    /// A site path as messages show it: under the output folder (`Reports/data/observations.csv`).
    func shown(_ path: SitePath) -> String { root.hasSuffix("/") ? root + path.text : root + "/" + path.text }

    /// A buffer that spills to a hidden file in the target folder as it grows.
    func open(_ path: SitePath, gzip: Bool) throws -> FileBuffer {
        FileBuffer(path, spill: try places(path).partial, gzip: gzip)
    }

    /// Where `path` goes in the output folder, and the hidden `.name.partial` beside it that its bytes are
    /// written to before the rename into place.
    private func places(_ path: SitePath) throws -> (target: String, partial: String) {
        let folder = try checkedFolder(path)
        let name = path.components.last!
        return (folder.appendingPathComponent(name).path, folder.appendingPathComponent("." + name + ".partial").path)
    }

    /// Ends a file produced in pieces: moves it into place unless the same bytes are already there.
    func close(_ file: FileBuffer) throws {
        let file = file.finished()
        guard file.spilled else { return try store(file.path, UnsafeBufferPointer(start: file.base, count: file.count)) }
        let (target, partial) = try places(file.path)
        let hash: String
        do { hash = try file.finishSpill() } catch {
            unlink(partial)
            if case SiteError.cannotWrite(_, let why) = error { throw SiteError.cannotWrite(shown(file.path), why) }
            throw error
        }
        var info = stat()
        var same = false
        if lstat(target, &info) == 0 {
            if info.st_mode & S_IFMT == S_IFLNK {
                unlink(partial)
                throw SiteError.outsideOutput(file.path.text, base.path)
            }
            if info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) == file.size { same = Self.sha256(ofFile: target) == hash }
        }
        if same {
            unlink(partial)
        } else if rename(partial, target) != 0 {
            let why = String(cString: strerror(errno))
            unlink(partial)
            throw SiteError.cannotWrite(shown(file.path), why)
        }
        counted(lock.withLock {
            entries[file.path] = (hash, file.size)
            if !same { written += 1 }
            return bump(file.size)
        })
    }

    /// The SHA-256 of a file on disk, read in pieces; nil when it cannot be read.
    static func sha256(ofFile path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var h = SHA256()
        while let data = try? handle.read(upToCount: FileBuffer.chunk), !data.isEmpty { h.update(data) }
        return h.finalizeHex()
    }

    /// The manifest text for the files added so far.
    var manifest: String {
        lock.withLock { entries.keys.sorted().map { entries[$0]!.hash + "  " + $0.text + "\n" }.joined() }
    }

    /// Writes the manifest, removes the stale files of the previous publish and sums up.
    public func finish() throws -> SiteSummary {
        let manifestPath = try SitePath(SiteWriter.manifestName)
        try add(manifestPath, Array(manifest.utf8))
        let fm = FileManager.default
        var removed = 0
        var emptied: Set<String> = []
        for old in previous where lock.withLock({ entries[old] == nil }) {
            let target = try SiteWriter.checkedURL(old, base: base, resolvedRoot: resolvedRoot, create: false)
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: target.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            try? fm.removeItem(at: target)
            removed += 1
            if old.depth > 0 { emptied.insert(target.deletingLastPathComponent().path) }
        }
        for folder in emptied.sorted(by: >) where (try? fm.contentsOfDirectory(atPath: folder))?.isEmpty == true {
            try? fm.removeItem(atPath: folder)
        }
        return lock.withLock {
            SiteSummary(
                root: root, files: entries.count, pages: entries.keys.filter { $0.text.hasSuffix(".html") }.count,
                bytes: entries.values.reduce(0) { $0 + $1.size }, written: written, removed: removed)
        }
    }

    /// The file's folder, created and checked (once per folder) to lie inside the output folder.
    func checkedFolder(_ path: SitePath) throws -> URL {
        let folderComponents = Array(path.components.dropLast())
        let folder = folderComponents.reduce(base) { $0.appendingPathComponent($1) }
        if lock.withLock({ insideFolders.contains(folderComponents) }) { return folder }
        _ = try SiteWriter.checkedURL(path, base: base, resolvedRoot: resolvedRoot, create: true)
        lock.withLock { _ = insideFolders.insert(folderComponents) }
        return folder
    }
}
