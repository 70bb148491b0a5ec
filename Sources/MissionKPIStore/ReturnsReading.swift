import Foundation
import MissionKPI

/// A returns file the tracker holds: where it was first recorded, and when.
public struct RecordedFile: Sendable, Hashable {
    /// The display path it was first recorded under.
    public var path: String
    /// When it was recorded.
    public var recordedAt: String

    /// A file first recorded as `path` at `recordedAt`.
    public init(path: String, recordedAt: String) {
        self.path = path
        self.recordedAt = recordedAt
    }
}

/// Returns files read, hashed and checked on a thread of their own, ahead of the tracker that stores
/// them. Start it before loading the workspace: files are read and hashed while the workspace loads
/// (holding at most `byteBudget` bytes of them), then checked against it while the tracker stores the
/// rows, so that checking and storing run on two cores. Outcomes keep the order of the inputs.
///
/// ```swift
/// let reading = ReturnsReading(inputs, recorded: try tracker.recordedFiles())
/// if let known = reading.allAlreadyRecorded() { … }   // nothing new: no need for the workspace
/// let outcomes = try tracker.record(reading, validator: ReturnsValidator(workspace: ws), recordedAt: now)
/// ```
public final class ReturnsReading: @unchecked Sendable {
    /// The files, in the order they are recorded.
    public let inputs: [ReturnsInput]
    @_spi(TrackerBackend) public let queue = RecordQueue()
    private let recorded: [String: RecordedFile]
    private let byteBudget: Int
    private let condition = NSCondition()
    /// Guarded by `condition`: what the first pass learnt of each file, and how far it got.
    private var early: [Read?]
    private var readCount = 0
    private var firstNew: Int?
    /// The first pass has stopped (all read, over budget, recording started, or cancelled).
    private var firstPassOver = false
    private var validator: ReturnsValidator?
    private var started = false

    /// A file's bytes and hash, or why it could not be read.
    enum Read {
        case bytes([UInt8], sha256: String)
        case known(sha256: String, RecordedFile)
        case unreadable(String)
        /// Hashed, but over the byte budget: read again when its turn comes.
        case later
    }

    /// Starts reading and hashing `inputs` on a thread of its own; `recorded` is what the tracker held
    /// when the run began (files are never removed from it, so a file found there stays recorded).
    /// Files past `byteBudget` are read and hashed again when their turn comes, on this same thread,
    /// which has time to spare while the writer stores rows (the bytes of 10k contracts' returns: 56 MB).
    public init(_ inputs: [ReturnsInput], recorded: [String: RecordedFile], byteBudget: Int = 64 << 20) {
        self.inputs = inputs
        self.recorded = recorded
        self.byteBudget = byteBudget
        early = Array(repeating: nil, count: inputs.count)
        let thread = Thread { [self] in run() }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The outcome of every input when each was recorded before, else nil (also for no inputs, or an
    /// unreadable file). Waits only until the first file not recorded before has been hashed. When it
    /// returns outcomes the reading is over. Ask before recording the reading, not after.
    public func allAlreadyRecorded() -> [RecordOutcome]? {
        guard !inputs.isEmpty, !recorded.isEmpty else { return nil }
        condition.lock()
        while firstNew == nil && !firstPassOver { condition.wait() }
        let all = !started && firstNew == nil && readCount == inputs.count ? early : nil
        condition.unlock()
        guard let all else { return nil }
        cancel()
        return zip(inputs, all).map { input, read in
            guard case .known(let sha, let prior)? = read else { preconditionFailure("every file was hashed") }
            return .alreadyRecorded(path: input.displayPath, sha256: sha, firstPath: prior.path, recordedAt: prior.recordedAt)
        }
    }

    /// Stops reading: for a reading that will not be recorded after all.
    public func cancel() {
        queue.cancel()
        condition.lock()
        condition.broadcast()
        condition.unlock()
    }

    /// Starts checking the files against the workspace and handing their rows to `queue`; once only.
    @_spi(TrackerBackend) public func start(_ validator: ReturnsValidator) {
        condition.lock()
        precondition(!started, "a ReturnsReading is recorded once")
        started = true
        self.validator = validator
        condition.broadcast()
        condition.unlock()
    }

    private func run() {
        // First pass, while the workspace loads: read and hash ahead, keeping bytes within the budget.
        var held = 0
        for i in inputs.indices {
            condition.lock()
            let go = validator == nil && !(firstNew != nil && held >= byteBudget)
            condition.unlock()
            guard go, !queue.isCancelled else { break }
            var read = ReturnsReading.read(inputs[i], recorded)
            if case .bytes(let b, _) = read {
                if held + b.count > byteBudget { read = .later } else { held += b.count }
            }
            condition.lock()
            early[i] = read
            readCount = i + 1
            if firstNew == nil, !(read.isKnown) { firstNew = i }
            condition.broadcast()
            condition.unlock()
        }
        condition.lock()
        firstPassOver = true
        condition.broadcast()
        while validator == nil && !queue.isCancelled { condition.wait() }
        let validator = self.validator
        condition.unlock()
        guard let validator else { return }
        // Second pass: check each file in order and hand it over.
        for (i, input) in inputs.enumerated() {
            condition.lock()
            var read = early[i]
            early[i] = nil
            condition.unlock()
            if read == nil || read?.isLater == true { read = ReturnsReading.read(input, recorded) }
            let ok: Bool
            switch read! {
            case .known(let sha, let prior):
                ok = queue.put(
                    .outcome(
                        index: i,
                        .alreadyRecorded(path: input.displayPath, sha256: sha, firstPath: prior.path, recordedAt: prior.recordedAt)))
            case .unreadable(let reason):
                let at = SourceLocation(file: input.displayPath, line: 1, column: 1)
                ok = queue.put(.outcome(index: i, .rejected(path: input.displayPath, diagnostics: [Diagnostic(at: at, reason)])))
            case .bytes(let bytes, let sha):
                guard queue.put(.file(index: i, input: input, sha256: sha)) else { return }
                let file = validator.validate(bytes, path: input.displayPath, batchSize: 8192) { batch, failed in
                    failed ? !queue.isCancelled : queue.put(.rows(RowBatch(batch)))
                }
                ok = queue.put(.done(file))
            case .later: preconditionFailure("read again above")
            }
            guard ok else { return }
        }
        queue.put(.end)
    }

    /// Reads and hashes one file.
    static func read(_ input: ReturnsInput, _ recorded: [String: RecordedFile]) -> Read {
        switch FileBytes.contents(of: input.path) {
        case .failure(let reason): return .unreadable("cannot read the file: \(reason)")
        case .success(let bytes):
            let sha = ReturnsFile.sha256(bytes)
            if let prior = recorded[sha] { return .known(sha256: sha, prior) }
            return .bytes(bytes, sha256: sha)
        }
    }
}

extension ReturnsReading.Read {
    var isKnown: Bool { if case .known = self { true } else { false } }
    var isLater: Bool { if case .later = self { true } else { false } }
}
