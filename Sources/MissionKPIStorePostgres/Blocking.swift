import Foundation

/// Runs async work from ordinary blocking code without borrowing a thread of Swift's cooperative pool.
///
/// The tracker's API is synchronous (the CLI and the tests call it from plain threads, some of them in
/// the cooperative pool). postgres-nio's `COPY` is async only: it runs here as a task preferring a
/// thread of its own, so a caller blocking a cooperative thread while it waits can never starve it.
///
/// ```swift
/// let n = try Blocking.run { try await connection.copyFrom(…) }
/// ```
enum Blocking {
    /// Runs `body` to its end and returns its result or rethrows its error.
    static func run<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
        let box = Box<T>()
        let done = DispatchSemaphore(value: 0)
        Task(executorPreference: ThreadExecutor.shared) {
            do { box.result = .success(try await body()) } catch { box.result = .failure(error) }
            done.signal()
        }
        done.wait()
        guard let result = box.result else { preconditionFailure("the task ended without a result") }
        return try result.get()
    }

    private final class Box<T>: @unchecked Sendable {
        var result: Result<T, any Error>?
    }
}

/// A task executor with one thread of its own, running jobs in the order they arrive.
final class ThreadExecutor: TaskExecutor, @unchecked Sendable {
    static let shared = ThreadExecutor()
    private let condition = NSCondition()
    private var jobs: [UnownedJob] = []

    private init() {
        let thread = Thread { [unowned self] in loop() }
        thread.name = "missionkpi-postgres"
        thread.start()
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    private func loop() {
        while true {
            condition.lock()
            while jobs.isEmpty { condition.wait() }
            let batch = jobs
            jobs.removeAll(keepingCapacity: true)
            condition.unlock()
            for job in batch { job.runSynchronously(on: asUnownedTaskExecutor()) }
        }
    }
}
