import Foundation
import MissionKPI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One file being produced piece by piece. Bytes gather in one reused buffer; when `spill` names a
/// file, every few megabytes go out to it (the output folder's hidden `.name.partial`), so a large
/// open-data file never sits whole in memory. The SHA-256 is kept as the bytes pass. A gzip buffer
/// (`gzip: true`) compresses each chunk as it fills into a second buffer, `packed`, which holds (or spills)
/// the file's bytes: `finished()` ends the stream and hands that buffer over.
final class FileBuffer {
    /// Where the file goes in the site.
    let path: SitePath
    /// The start of the bytes not yet spilled (valid up to `count`; moves when the buffer grows).
    private(set) var base: UnsafeMutablePointer<UInt8>
    /// How many bytes are not yet spilled.
    private(set) var count = 0
    private var capacity: Int
    private var spilledBytes = 0
    private var hasher = SHA256()
    private let spill: String?
    private var fd: Int32 = -1
    private var failure: String?
    /// The spill file exists and nobody has taken charge of it yet (`finishSpill`): removed on `deinit`,
    /// so a file abandoned half-written (another file failed, the disk filled up) leaves nothing behind.
    private var spillPending = false
    /// For a gzip buffer: the compressed file, and the stream into it.
    private let packed: FileBuffer?
    private let deflater: Gzip?
    static let chunk = 1 << 22

    /// A buffer for `path`; with `spill`, large contents go to that file as they come; with `gzip`, the
    /// file is the gzip of the bytes appended (`path` then names the `.gz` file).
    init(_ path: SitePath, spill: String? = nil, gzip: Bool = false) {
        self.path = path
        capacity = 1 << 16
        base = .allocate(capacity: capacity)
        if gzip {
            let packed = FileBuffer(path, spill: spill)
            self.packed = packed
            deflater = Gzip(into: packed)
            self.spill = nil
        } else {
            packed = nil
            deflater = nil
            self.spill = spill
        }
    }

    /// The buffer holding the file's bytes once every byte is appended: this one, or for a gzip buffer
    /// the compressed file (the stream is ended: append nothing more).
    func finished() -> FileBuffer {
        guard let packed, let deflater else { return self }
        deflater.compress(UnsafeRawBufferPointer(start: base, count: count), finish: true)
        count = 0
        return packed
    }

    /// Counts `n` bytes written straight into the room `reserve` made (at `base + count`).
    @inline(__always) func advance(_ n: Int) { count += n }

    deinit {
        base.deallocate()
        if fd >= 0 { close(fd) }
        if spillPending, let spill { unlink(spill) }
    }

    /// The bytes not yet spilled (all of them when nothing was).
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// Every byte appended so far.
    var size: Int { spilledBytes + count }

    /// Whether part of the file was written to the spill file.
    var spilled: Bool { fd >= 0 }

    /// Makes room for `n` more bytes, so that `put` may follow without checks.
    @inline(__always) func reserve(_ n: Int) {
        if count + n > capacity { grow(count + n) }
    }

    private func grow(_ needed: Int) {
        var c = capacity * 2
        while c < needed { c *= 2 }
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: c)
        bigger.update(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity = c
    }

    /// One byte, in room made by `reserve`.
    @inline(__always) func put(_ b: UInt8) {
        base[count] = b
        count += 1
    }

    /// One byte.
    @inline(__always) func append(_ b: UInt8) {
        reserve(1)
        put(b)
    }

    /// Raw bytes.
    @inline(__always) func append(_ raw: UnsafeRawBufferPointer) {
        guard let from = raw.baseAddress, raw.count > 0 else { return }
        reserve(raw.count)
        UnsafeMutableRawPointer(base + count).copyMemory(from: from, byteCount: raw.count)
        count += raw.count
    }

    /// Bytes already in an array.
    func append(bytes: [UInt8]) { bytes.withUnsafeBytes { append($0) } }

    /// `text` as UTF-8, without the end-of-piece check.
    @inline(__always) func put(utf8 text: String) {
        var text = text
        text.withUTF8 { append(UnsafeRawBufferPointer($0)) }
    }

    /// Appends text as UTF-8 and spills when enough has gathered.
    func append(_ text: String) {
        put(utf8: text)
        endPiece()
    }

    /// Marks a place where the file may be cut: spills when a chunk's worth has gathered.
    @inline(__always) func endPiece() {
        guard count >= Self.chunk else { return }
        if let deflater {
            deflater.compress(UnsafeRawBufferPointer(start: base, count: count), finish: false)
            count = 0
        } else if spill != nil {
            flush()
        }
    }

    private func flush() {
        guard let spill, failure == nil else { return }
        if fd < 0 {
            fd = Self.create(spill)
            if fd < 0 {
                failure = String(cString: strerror(errno))
                return
            }
            spillPending = true
        }
        hasher.update(UnsafeBufferPointer(start: base, count: count))
        if let why = Self.writeAll(fd, UnsafeRawBufferPointer(start: base, count: count)) { failure = why }
        spilledBytes += count
        count = 0
    }

    /// Opens `path` for writing, created or emptied, never through a symbolic link; -1 with `errno` set on failure.
    static func create(_ path: String) -> Int32 { open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o644) }

    /// Writes `raw` as the whole file at `path` (created or emptied, never through a link); the reason when it could not.
    static func writeFile(_ path: String, _ raw: UnsafeRawBufferPointer) -> String? {
        let fd = create(path)
        guard fd >= 0 else { return String(cString: strerror(errno)) }
        let failure = writeAll(fd, raw)
        close(fd)
        return failure
    }

    /// Writes every byte to `fd`; the reason when it could not.
    static func writeAll(_ fd: Int32, _ raw: UnsafeRawBufferPointer) -> String? {
        var offset = 0
        while offset < raw.count {
            let n = write(fd, raw.baseAddress! + offset, raw.count - offset)
            if n < 0, errno == EINTR { continue }
            if n <= 0 { return n == 0 ? "no bytes written" : String(cString: strerror(errno)) }
            offset += n
        }
        return nil
    }

    /// Ends a spilled file: writes what is left, closes it and gives its SHA-256. The caller then owns
    /// the spill file: it renames it into place or removes it.
    func finishSpill() throws -> String {
        spillPending = false
        flush()
        if fd >= 0 { close(fd) }
        fd = -1
        if let failure { throw SiteError.cannotWrite(path.text, failure) }
        return hasher.finalizeHex()
    }
}
