import Foundation
import MissionKPIPublish

/// Publish's progress on standard error: the step (loading, recording, judging, writing), files written
/// and their rate. On a terminal one line redrawn in place (at most ten times a second); otherwise (a log,
/// a pipe, CI) a plain line every few seconds; nothing with `--quiet`.
public final class PublishProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private let write: @Sendable (String) -> Void
    private let live: Bool
    private let enabled: Bool
    private let interval: Double
    private let started = DispatchTime.now().uptimeNanoseconds
    private var writingStarted: UInt64?
    private var lastShown: UInt64 = 0
    private var drawn = false

    /// `live`: redraw one line (a terminal); otherwise print a line every `interval` seconds. `write`
    /// takes the text to put on standard error.
    public init(
        enabled: Bool, live: Bool, interval: Double = 5,
        write: @escaping @Sendable (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }
    ) {
        self.write = write
        self.enabled = enabled
        self.live = live && enabled
        self.interval = live ? 0.1 : interval
    }

    /// Progress from the publisher (any thread).
    public func update(_ p: PublishProgress) {
        switch p.step {
        case .loading: show("loading the workspace", files: nil, force: true)
        case .recording: show("recording returns", files: nil, force: true)
        case .judging: show("judging", files: nil, force: true)
        case .writing: show("writing", files: p, force: false)
        case .done: clear()
        }
    }

    private func show(_ step: String, files: PublishProgress?, force: Bool) {
        guard enabled else { return }
        var line: String?
        lock.withLock {
            // Read the clock under the lock: pages are written on every core, and a time read before
            // waiting for the lock can be older than `lastShown`, which another thread set meanwhile
            // (the unsigned subtraction then trapped: a 50k publish died with "arithmetic overflow").
            let now = DispatchTime.now().uptimeNanoseconds
            if files != nil, writingStarted == nil { writingStarted = now }
            let due = Double(now - lastShown) / 1e9 >= interval
            // Off a terminal at most one line every few seconds, whatever happens in between.
            guard live ? (force || due) : due else { return }
            lastShown = now
            let elapsed = Double(now - started) / 1e9
            var text = "publishing: \(step)"
            if let files {
                let seconds = Double(now - (writingStarted ?? now)) / 1e9
                text += ", \(files.files) files (\(files.bytes / 1_000_000) MB)"
                if seconds >= 1 { text += ", \(Int(Double(files.files) / seconds)) files/s" }  // a rate over a moment says nothing
            }
            text += String(format: " — %.0f s", elapsed)
            line = text
            drawn = live
        }
        guard let line else { return }
        write(live ? "\r\u{1B}[K" + line : line + "\n")
    }

    /// Erases the live line before the summary is printed.
    public func clear() {
        let erase = lock.withLock { () -> Bool in
            defer { drawn = false }
            return drawn
        }
        if erase { write("\r\u{1B}[K") }
    }
}
