import Foundation
import MissionKPI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One file being produced piece by piece. Bytes gather in memory; when `spill` names a file, every
/// few megabytes go out to it (the output folder's hidden `.name.partial`), so a large open-data file
/// never sits whole in memory. The SHA-256 is kept as the bytes pass.
final class FileBuffer {
    /// Where the file goes in the site.
    let path: SitePath
    /// Bytes not yet spilled.
    private(set) var bytes: [UInt8] = []
    /// Every byte appended so far.
    private(set) var size = 0
    private var hasher = SHA256()
    private let spill: String?
    private var fd: Int32 = -1
    private var failure: String?
    static let chunk = 1 << 22

    /// A buffer for `path`; with `spill`, large contents go to that file as they come.
    init(_ path: SitePath, spill: String? = nil) {
        self.path = path
        self.spill = spill
        bytes.reserveCapacity(1 << 16)
    }

    /// Appends text as UTF-8.
    func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
        size += text.utf8.count
        if spill != nil, bytes.count >= Self.chunk { flush() }
    }

    /// Whether part of the file was written to the spill file.
    var spilled: Bool { fd >= 0 }

    private func flush() {
        guard let spill, failure == nil else { return }
        if fd < 0 {
            fd = open(spill, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o644)
            if fd < 0 {
                failure = String(cString: strerror(errno))
                return
            }
        }
        hasher.update(bytes)
        let ok = bytes.withUnsafeBytes { raw -> Bool in
            var offset = 0
            while offset < raw.count {
                let n = write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n <= 0 { return false }
                offset += n
            }
            return true
        }
        if !ok { failure = String(cString: strerror(errno)) }
        bytes.removeAll(keepingCapacity: true)
    }

    /// Ends a spilled file: writes what is left, closes it and gives its SHA-256.
    func finishSpill() throws -> String {
        flush()
        if fd >= 0 { close(fd) }
        fd = -1
        if let failure { throw SiteError.cannotWrite(path.text, failure) }
        return hasher.finalizeHex()
    }

    deinit { if fd >= 0 { close(fd) } }
}

/// Runs work on every core, keeping the results deterministic: each item's output depends only on its index.
enum Parallel {
    /// Calls `body` for each index in `0..<count`, spread over the cores; rethrows the error of the lowest index.
    static func forEach(_ count: Int, _ body: @Sendable (Int) throws -> Void) throws {
        let errors = Errors()
        DispatchQueue.concurrentPerform(iterations: count) { i in
            do { try body(i) } catch { errors.record(i, error) }
        }
        if let first = errors.first { throw first }
    }

    private final class Errors: @unchecked Sendable {
        private let lock = NSLock()
        private var found: [(Int, any Error)] = []
        func record(_ i: Int, _ e: any Error) { lock.withLock { found.append((i, e)) } }
        var first: (any Error)? { lock.withLock { found.min { $0.0 < $1.0 }?.1 } }
    }
}
