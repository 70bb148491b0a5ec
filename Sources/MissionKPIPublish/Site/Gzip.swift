import CZlib

/// A gzip stream (zlib's deflate with a gzip header carrying no name and no time, so the same bytes
/// always give the same file): bytes go in as they come and the compressed bytes out to `output`.
///
/// ```swift
/// var z = Gzip(into: packed)          // packed: a FileBuffer
/// z.compress(rawBytes, finish: false)
/// z.compress(rest, finish: true)
/// ```
final class Gzip {
    /// zlib's fastest level: open data is repetitive, so level 1 already takes it to a fifth or less.
    static let level: Int32 = 1
    private var stream = z_stream()
    private let output: FileBuffer
    private var ended = false

    /// A stream writing into `output`.
    init(into output: FileBuffer) {
        self.output = output
        let rc = czlib_gzip_init(&stream, Self.level)
        precondition(rc == Z_OK, "zlib could not start a gzip stream (\(rc))")
    }

    deinit { if !ended { deflateEnd(&stream) } }

    /// Compresses `raw`; with `finish`, ends the stream (the gzip trailer is written).
    func compress(_ raw: UnsafeRawBufferPointer, finish: Bool) {
        precondition(!ended, "gzip stream used after its end")
        stream.next_in = UnsafeMutablePointer(mutating: raw.baseAddress?.assumingMemoryBound(to: Bytef.self))
        stream.avail_in = uInt(raw.count)
        while true {
            let room = max(1 << 16, raw.count / 4)
            output.reserve(room)
            stream.next_out = output.base + output.count
            stream.avail_out = uInt(room)
            let rc = deflate(&stream, finish ? Z_FINISH : Z_NO_FLUSH)
            output.advance(room - Int(stream.avail_out))
            output.endPiece()
            if finish ? rc == Z_STREAM_END : (stream.avail_in == 0 && stream.avail_out != 0) { break }
            precondition(rc == Z_OK || rc == Z_BUF_ERROR, "zlib deflate failed (\(rc))")
        }
        if finish {
            deflateEnd(&stream)
            ended = true
        }
    }
}

extension Gzip {
    /// The bytes a gzip file holds, or nil when `packed` is not a whole gzip stream. The inverse of a
    /// `Gzip` stream: the publish reads its own gzipped snapshot back with it.
    static func inflate(_ packed: [UInt8]) -> [UInt8]? {
        var stream = z_stream()
        guard czlib_gunzip_init(&stream) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var out: [UInt8] = []
        out.reserveCapacity(packed.count * 6)
        var chunk = [UInt8](repeating: 0, count: 1 << 18)
        return packed.withUnsafeBufferPointer { input -> [UInt8]? in
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
            stream.avail_in = uInt(input.count)
            while true {
                let (rc, produced) = chunk.withUnsafeMutableBufferPointer { buffer -> (Int32, Int) in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = uInt(buffer.count)
                    let rc = CZlib.inflate(&stream, Z_NO_FLUSH)
                    return (rc, buffer.count - Int(stream.avail_out))
                }
                out.append(contentsOf: chunk[..<produced])
                if rc == Z_STREAM_END { return out }
                // Z_BUF_ERROR with no input left: the stream ends before its trailer.
                guard rc == Z_OK, stream.avail_in > 0 || produced > 0 else { return nil }
            }
        }
    }
}
