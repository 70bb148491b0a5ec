import Foundation
import Testing

@testable import MissionKPIPublish

/// One golden file per page type and format, from the fixture (a gzipped file's golden is its text);
/// `MISSIONKPI_RECORD_GOLDEN=1` re-records.
@Suite struct GoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden").path
    static var recording: Bool { ProcessInfo.processInfo.environment["MISSIONKPI_RECORD_GOLDEN"] == "1" }

    static let files = [
        "index.html", "missions/demo.html", "missions/demo.md", "departments/dept-a.html", "departments/dept-a.md",
        "contracts/a-2025-0001.html", "ownership.html", "pipeline.html", "data/README.md", "data/contracts.csv", "data/verdicts.json.gz",
        "data/observations.csv.gz", "data/ratings.csv.gz", "data/annual-assessments.csv", "data/findings.csv", "data/scores.json.gz",
        "data/snapshot.json.gz", "manifest.txt", "data.html",
    ]

    @Test(arguments: files) func pageMatchesGolden(_ path: String) throws {
        let out = try Self.published()
        let actual = PublishSupport.text(out, path)
        #expect(!actual.isEmpty, "\(path) was not published")
        // A gzipped file's golden is the text it holds, under its name without `.gz`.
        let name = path.hasSuffix(".gz") ? String(path.dropLast(3)) : path
        let golden = Self.folder + "/" + name.replacingOccurrences(of: "/", with: "__")
        if Self.recording {
            try Data(actual.utf8).write(to: URL(fileURLWithPath: golden))
            return
        }
        guard let data = FileManager.default.contents(atPath: golden) else {
            Issue.record("missing golden file \(golden); run with MISSIONKPI_RECORD_GOLDEN=1 to record it")
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        #expect(
            actual == expected,
            "\(path) differs from \(golden); re-record with MISSIONKPI_RECORD_GOLDEN=1 if intended\n\(Self.firstDifference(actual, expected))"
        )
    }

    /// The fixture published once per process.
    static func published() throws -> String {
        try cache.withLock { folder in
            if let folder { return folder }
            let out = try PublishSupport.publishFixture()
            folder = out
            return out
        }
    }

    static let cache = Locked<String?>(nil)

    static func firstDifference(_ a: String, _ b: String) -> String {
        let x = a.split(separator: "\n", omittingEmptySubsequences: false), y = b.split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(x.count, y.count) {
            let l = i < x.count ? String(x[i]) : "<end>", r = i < y.count ? String(y[i]) : "<end>"
            if l != r { return "line \(i + 1):\n  actual:   \(l)\n  expected: \(r)" }
        }
        return "(no line differs)"
    }
}

/// A value behind a lock.
final class Locked<T>: @unchecked Sendable {
    private var value: T
    private let lock = NSLock()
    init(_ value: T) { self.value = value }
    func withLock<R>(_ body: (inout T) throws -> R) rethrows -> R {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
