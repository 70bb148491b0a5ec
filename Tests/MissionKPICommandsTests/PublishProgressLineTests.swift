import Foundation
import MissionKPI
import MissionKPICommands
import MissionKPIPublish
import Testing

/// Publish writes pages on every core and each file reports progress: the progress line must take
/// updates from many threads at once. It read the clock before taking its lock, so a thread could hold a
/// time older than the last line shown by another; the unsigned subtraction trapped and a 50,000-contract
/// publish died with "arithmetic overflow" (exit 132).
@Suite struct PublishProgressLineTests {
    final class Lines: @unchecked Sendable {
        private let lock = NSLock()
        private var texts: [String] = []
        func add(_ t: String) { lock.withLock { texts.append(t) } }
        var all: [String] { lock.withLock { texts } }
    }

    @Test func updatesFromManyThreadsAtOnceNeverTrap() throws {
        let lines = Lines()
        // A line for every update (interval 0), so every update reads the clock and compares it.
        let progress = PublishProgressLine(enabled: true, live: false, interval: 0) { lines.add($0) }
        progress.update(PublishProgress(step: .judging))
        try Parallel.forEach(8) { t in
            for i in 0..<20_000 { progress.update(PublishProgress(step: .writing, files: t * 20_000 + i, bytes: i)) }
        }
        progress.update(PublishProgress(step: .done))
        #expect(lines.all.count == 1 + 8 * 20_000)
        #expect(lines.all.allSatisfy { $0.hasPrefix("publishing: ") && $0.hasSuffix(" s\n") })
    }

    @Test func quietSaysNothing() {
        let lines = Lines()
        let progress = PublishProgressLine(enabled: false, live: false, interval: 0) { lines.add($0) }
        progress.update(PublishProgress(step: .writing, files: 1, bytes: 1))
        progress.clear()
        #expect(lines.all.isEmpty)
    }
}
