import Foundation
import Testing

/// Issue 20, point 5: a disk that fills up (here, a file-size limit: the same refusal to grow a file)
/// gives a message naming the tracker or the file, and leaves no partial file behind. Before, `record`
/// said only "SQLite error 13: database or disk is full - while executing COMMIT TRANSACTION".
@Suite(.serialized) struct DiskFullTests {
    /// Runs `missionkpi args…` with files limited to `blocks` × 512 bytes (SIGXFSZ ignored, so a write
    /// past the limit fails with EFBIG as a full disk fails with ENOSPC).
    static func runLimited(_ args: [String], blocks: Int) throws -> (exit: Int32, stderr: String) {
        let binary = try #require(CLI.binary)
        let err = FileManager.default.temporaryDirectory.appendingPathComponent("disk-full-\(UUID().uuidString)").path
        FileManager.default.createFile(atPath: err, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: err) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", "trap '' XFSZ; ulimit -f \(blocks); exec \"$0\" \"$@\"", binary] + args
        p.currentDirectoryURL = URL(fileURLWithPath: CLI.repositoryRoot)
        var env = ProcessInfo.processInfo.environment
        env["SWIFT_BACKTRACE"] = "enable=no"
        p.environment = env
        p.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: err))
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        return (p.terminationStatus, (try? String(contentsOfFile: err, encoding: .utf8)) ?? "")
    }

    static func partials(under root: String) -> [String] {
        (FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".partial") }
    }

    @Test func recordOnAFullDiskNamesTheTrackerAndTheFile() throws {
        let dir = try PublishCommandTests.temp("full-record")
        let db = dir + "/t.sqlite"
        // A tracker holding one file, then a limit 32 KB above its size: room to open it, not to store the sample.
        let first = try CLI.run(["record", "--db", db, "Contracts/dhsc/returns/2025-26-q3.csv"], timeout: 300)
        #expect(first.exit == 0, "\(first.stderr)")
        let size = try #require(try FileManager.default.attributesOfItem(atPath: db)[.size] as? Int)
        let r = try Self.runLimited(["record", "--db", db], blocks: size / 512 + 64)
        #expect(r.exit == 1, "\(r.stderr)")
        #expect(r.stderr.contains("error: cannot record"), "\(r.stderr)")
        #expect(r.stderr.contains("in the tracker '\(db)': the disk"), "\(r.stderr)")
        #expect(r.stderr.contains("Files recorded before the failure stay recorded"))
        // The tracker is still sound and can be read.
        let after = try CLI.run(["observations", "--db", db])
        #expect(after.exit == 0, "\(after.stderr)")
    }

    @Test func creatingATrackerOnAFullDiskNamesIt() throws {
        let dir = try PublishCommandTests.temp("full-create")
        let r = try Self.runLimited(["record", "--db", dir + "/t.sqlite"], blocks: 64)
        #expect(r.exit == 1)
        #expect(r.stderr.contains("error: cannot open the tracker '\(dir)/t.sqlite': the disk"), "\(r.stderr)")
    }

    @Test func publishOnAFullDiskNamesTheFileAndLeavesNoPartialFile() throws {
        let dir = try PublishCommandTests.temp("full-publish")
        let db = dir + "/t.sqlite", out = dir + "/site"
        #expect(try CLI.run(["record", "--db", db], timeout: 300).exit == 0)
        // 128 KB a file: the sample's largest files (observations.csv, a department review) do not fit.
        let r = try Self.runLimited(["publish", "--db", db, "--out", out, "--as-of", "2026-11-24"], blocks: 256)
        #expect(r.exit == 1, "\(r.stderr)")
        #expect(r.stderr.contains("error: cannot write '\(out)/"), "\(r.stderr)")
        #expect(Self.partials(under: out) == [])
    }
}
