import Foundation
import Testing

/// `MISSIONKPI_TIMINGS=1` prints each phase's duration on standard error, and nothing changes otherwise.
@Suite struct TimingsTests {
    @Test func timingsGoToStandardErrorOnlyWhenAsked() throws {
        let ws = CLI.repositoryRoot
        let db = FileManager.default.temporaryDirectory.appendingPathComponent("timings-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) } }
        _ = try CLI.run(["record", "--workspace", ws, "--db", db], timeout: 120)
        let args = ["assess", "--workspace", ws, "--db", db, "--as-of", "2026-11-24", "--format", "csv"]
        let plain = try CLI.run(args, timeout: 120)
        let timed = try CLI.run(args, timeout: 120, environment: ["MISSIONKPI_TIMINGS": "1"])
        #expect(plain.exit == 0 && timed.exit == 0)
        #expect(plain.stdout == timed.stdout)
        #expect(!plain.stderr.contains("timing:"))
        for phase in ["load", "read tracker", "assess", "render"] {
            #expect(timed.stderr.contains("timing: \(phase) "), "no timing for \(phase) in: \(timed.stderr)")
        }
        let line = timed.stderr.split(separator: "\n").first { $0.hasPrefix("timing: load ") }
        let seconds = line.flatMap { Double($0.split(separator: " ")[2]) }
        #expect(seconds != nil && seconds! >= 0)
    }
}
