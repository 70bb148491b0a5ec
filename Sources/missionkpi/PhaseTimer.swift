import Foundation

/// Phase durations on standard error, for the benchmark harness and for anyone asking why a run is
/// slow: set `MISSIONKPI_TIMINGS=1` and each phase prints `timing: <phase> <seconds> s` when it ends.
/// Monotonic time only; nothing is printed (and nothing measured) otherwise.
enum PhaseTimer {
    static let enabled = ProcessInfo.processInfo.environment["MISSIONKPI_TIMINGS"].map { $0 != "" && $0 != "0" } ?? false

    /// Runs `body`, printing how long it took when timings are on.
    static func measure<T>(_ phase: String, _ body: () throws -> T) rethrows -> T {
        guard enabled else { return try body() }
        let start = DispatchTime.now().uptimeNanoseconds
        defer {
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            Console.error("timing: \(phase) \(String(format: "%.3f", seconds)) s")
        }
        return try body()
    }
}
