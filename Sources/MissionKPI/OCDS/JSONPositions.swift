import Foundation

/// Turns byte offsets of a file into 1-based line and column numbers (columns count characters, as
/// editors do), by reading the file again: only for messages, so the reader never tracks lines.
public enum JSONPositions {
    /// The line and column of each offset in `offsets`, in the same order; (1, 1) when unreadable.
    public static func locate(_ offsets: [Int], in path: String) -> [(line: Int, column: Int)] {
        guard !offsets.isEmpty else { return [] }
        let order = offsets.indices.sorted { offsets[$0] < offsets[$1] }
        var out = [(line: Int, column: Int)](repeating: (1, 1), count: offsets.count)
        guard let handle = FileHandle(forReadingAtPath: path) else { return out }
        defer { try? handle.close() }
        var line = 1, column = 1, at = 0, next = 0
        while next < order.count {
            guard let data = try? handle.read(upToCount: 1 << 20), !data.isEmpty else { break }
            for b in data {
                while next < order.count && offsets[order[next]] <= at {
                    out[order[next]] = (line, column)
                    next += 1
                }
                if next == order.count { break }
                if b == 0x0A {
                    line += 1
                    column = 1
                } else if b & 0xC0 != 0x80 {
                    column += 1  // a character starts here (not a UTF-8 continuation byte)
                }
                at += 1
            }
        }
        while next < order.count {  // offsets at or past the end of the file
            out[order[next]] = (line, column)
            next += 1
        }
        return out
    }

    /// The line and column of one offset.
    public static func locate(_ offset: Int, in path: String) -> (line: Int, column: Int) {
        locate([offset], in: path)[0]
    }
}
