import Foundation
import MissionKPI

/// Hands validated rows from the thread that checks a file to the thread that stores them, a few
/// batches at a time, so that checking and inserting run on two cores at once.
///
/// ```swift
/// let channel = RowChannel()
/// RowChannel.validate(bytes, path: path, with: validator, into: channel)   // on another thread
/// while case .rows(let batch, _) = channel.take() { insert(batch) }
/// ```
final class RowChannel: @unchecked Sendable {
    enum Item {
        /// A batch of valid rows, and whether a problem has been found in the file so far.
        case rows([ReturnRow], failed: Bool)
        /// The file has been read: its diagnostics and row count.
        case done(ReturnsFile)
    }

    private let condition = NSCondition()
    private var queue: [Item] = []
    private var cancelled = false
    private let capacity: Int

    init(capacity: Int = 4) { self.capacity = capacity }

    /// Queues an item, waiting while the queue is full; false once the reader has gone.
    @discardableResult
    func put(_ item: Item) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while queue.count >= capacity && !cancelled { condition.wait() }
        if !cancelled { queue.append(item) }
        condition.broadcast()
        return !cancelled
    }

    /// The next item, waiting for one.
    func take() -> Item {
        condition.lock()
        while queue.isEmpty { condition.wait() }
        let item = queue.removeFirst()
        condition.broadcast()
        condition.unlock()
        return item
    }

    /// The reader stops reading (the file was recorded before, or storing failed): the checking thread stops.
    func cancel() {
        condition.lock()
        cancelled = true
        queue.removeAll()
        condition.broadcast()
        condition.unlock()
    }

    /// Starts checking `bytes` on a thread of its own, sending rows in batches and then `.done`.
    static func validate(_ bytes: [UInt8], path: String, with validator: ReturnsValidator, batchSize: Int = 16_384) -> RowChannel {
        let channel = RowChannel()
        let thread = Thread {
            let file = validator.validate(bytes, path: path, batchSize: batchSize) { batch, failed in
                channel.put(.rows(batch, failed: failed))
            }
            channel.put(.done(file))
        }
        thread.stackSize = 8 << 20
        thread.start()
        return channel
    }
}
