import Foundation

/// Reads a whole file into a byte array with plain system calls (no `Data` in between, so no second copy):
/// the one reader of whole files, for workspace YAML, returns CSV and every other input.
///
/// ```swift
/// switch FileBytes.contents(of: "returns/q1.csv") {
/// case .success(let bytes): print(bytes.count)
/// case .failure(let reason): print(reason)   // "No such file or directory"
/// }
/// ```
public enum FileBytes {
    /// Why a file could not be read, in words.
    public struct Failure: Error, CustomStringConvertible {
        /// The reason, as the system says it (`No such file or directory`).
        public var description: String
        init(description: String) { self.description = description }
        init(_ code: Int32) { description = String(cString: strerror(code)) }
    }

    /// The file's bytes, or why they could not be read.
    public static func contents(of path: String) -> Result<[UInt8], Failure> {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .failure(Failure(errno)) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(Failure(errno)) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return .failure(Failure(description: "it is not a regular file")) }
        var bytes: [UInt8] = []
        var chunk = max(Int(info.st_size), 0) + 1  // one spare byte: a file that grew meanwhile is still read to its end
        while true {
            var code: Int32 = 0
            let part = [UInt8](unsafeUninitializedCapacity: chunk) { buffer, count in
                var n = 0
                repeat { n = read(fd, buffer.baseAddress, chunk) } while n < 0 && errno == EINTR
                if n < 0 { code = errno }
                count = max(n, 0)
            }
            if code != 0 { return .failure(Failure(code)) }
            if part.isEmpty { return .success(bytes) }
            if bytes.isEmpty { bytes = part } else { bytes += part }
            chunk = 1 << 16
        }
    }
}
