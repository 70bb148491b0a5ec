import Foundation
import MissionKPI

/// What the thread that reads and checks returns files hands to the thread that stores them, in input order.
@_spi(TrackerBackend) public enum RecordItem {
    /// A file needing no storing (recorded before, or unreadable): its outcome.
    case outcome(index: Int, RecordOutcome)
    /// A file to store: its rows follow, then `.done`.
    case file(index: Int, input: ReturnsInput, sha256: String)
    /// The next valid rows of the current file, in key order and packed for binding (none are sent
    /// once a problem has been found in it).
    case rows(RowBatch)
    /// The current file has been read to its end: its diagnostics and row count.
    case done(ReturnsFile)
    /// Every input has been handed over.
    case end
}

/// A bounded first-in, first-out queue between one producing and one consuming thread: the producer
/// waits while it is full, so a fast reader never holds more than `capacity` items in memory.
///
/// ```swift
/// let queue = RecordQueue(capacity: 16)
/// queue.put(.end)          // on the reading thread
/// queue.take()             // .end, on the storing thread
/// ```
@_spi(TrackerBackend) public final class RecordQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [RecordItem] = []
    private var cancelled = false
    private let capacity: Int

    init(capacity: Int = 16) { self.capacity = capacity }

    /// Queues an item, waiting while the queue is full; false once the consumer has cancelled.
    @discardableResult
    func put(_ item: RecordItem) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while items.count >= capacity && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        items.append(item)
        condition.broadcast()
        return true
    }

    /// The next item, waiting for one.
    public func take() -> RecordItem {
        condition.lock()
        defer { condition.unlock() }
        while items.isEmpty { condition.wait() }
        let item = items.removeFirst()  // at most `capacity` items to move
        condition.broadcast()
        return item
    }

    /// The consumer stops: the producer's next `put` returns false and it stops reading.
    public func cancel() {
        condition.lock()
        cancelled = true
        items.removeAll()
        condition.broadcast()
        condition.unlock()
    }

    /// Whether the consumer has cancelled.
    var isCancelled: Bool {
        condition.lock()
        defer { condition.unlock() }
        return cancelled
    }
}
