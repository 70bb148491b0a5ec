import Foundation

/// Independent work spread over the machine's cores, results in input order, so output never depends
/// on scheduling: the one helper every target uses (per contract by the assessor, per rule by the
/// alignment engine, per block by the text reports, per file by the site).
///
/// ```swift
/// let lengths = Parallel.map(contracts, minimumChunk: 64) { $0.kpis.count }
/// try Parallel.forEach(jobs.count) { i in try jobs[i](sink) }
/// ```
public enum Parallel {
    /// `items.map(transform)`, computed in contiguous chunks on all cores; small inputs run on the caller's thread.
    public static func map<T, R>(_ items: [T], minimumChunk: Int = 32, _ transform: (T) -> R) -> [R] {
        let n = items.count
        let cores = ProcessInfo.processInfo.activeProcessorCount
        guard cores > 1, n >= 2 * minimumChunk else { return items.map(transform) }
        let chunks = min(n / minimumChunk, cores * 8)
        return [R](unsafeUninitializedCapacity: n) { buffer, count in
            nonisolated(unsafe) let buffer = buffer
            withoutActuallyEscaping(transform) { transform in
                nonisolated(unsafe) let transform = transform
                items.withUnsafeBufferPointer { input in
                    nonisolated(unsafe) let input = input
                    DispatchQueue.concurrentPerform(iterations: chunks) { c in
                        for i in (c * n / chunks)..<((c + 1) * n / chunks) {
                            (buffer.baseAddress! + i).initialize(to: transform(input[i]))
                        }
                    }
                }
            }
            count = n
        }
    }
}

extension Parallel {
    /// Calls `body` for each index in `0..<count`, spread over the cores; rethrows the error of the lowest index.
    /// Each item's output must depend only on its index, so results never depend on scheduling.
    public static func forEach(_ count: Int, _ body: @Sendable (Int) throws -> Void) throws {
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
