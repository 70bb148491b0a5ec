import Foundation

/// Independent work spread over the machine's cores, results in input order, so output never depends
/// on scheduling. Used per contract by the assessor and per rule by the alignment engine.
enum Parallel {
    /// `items.map(transform)`, computed in contiguous chunks on all cores; small inputs run on the caller's thread.
    static func map<T, R>(_ items: [T], minimumChunk: Int = 32, _ transform: (T) -> R) -> [R] {
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
