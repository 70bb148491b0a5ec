import Foundation
import MissionKPI
import MissionKPICommands
import MissionKPIPublish
import MissionKPIStore
import Testing

/// What a command's entry point says, collected instead of printed.
final class Collected: CommandIO, @unchecked Sendable {
    private let lock = NSLock()
    private(set) var errors: [String] = []
    private(set) var notes: [String] = []
    private(set) var phases: [String] = []

    func error(_ line: String) { lock.withLock { errors.append(line) } }
    func note(_ line: String) { lock.withLock { notes.append(line) } }
    func phase<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        lock.withLock { phases.append(name) }
        return try body()
    }
}

/// The library entry points of `record`, `publish` and the judging commands run the whole command on
/// the repository's sample, say everything through their `CommandIO`, and fail (having said why) on bad input.
@Suite struct CommandEntryPointTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    static let asOf = Day(year: 2026, month: 11, day: 24)!

    /// A copy of the sample workspace in a new folder.
    static func sample() throws -> String {
        let folder = NSTemporaryDirectory() + "commands-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for item in ["missionkpi.yaml", "Missions", "Contracts"] {
            try FileManager.default.copyItem(atPath: repository + "/" + item, toPath: folder + "/" + item)
        }
        return folder
    }

    @Test func recordThenPublishTheSample() throws {
        let ws = try Self.sample()
        defer { try? FileManager.default.removeItem(atPath: ws) }
        let place = Place(workspace: ws)
        let io = Collected()
        let recorded = try RecordCommand.run(place, paths: [], recordedAt: "2026-11-24T00:00:00Z", io: io)
        #expect(recorded.outcomes.count > 0 && recorded.problems.isEmpty && io.errors.isEmpty)
        #expect(recorded.trackerPath == ws + "/.missionkpi/tracker.sqlite")

        let publishing = Collected()
        let done = try PublishCommand.run(
            PublishRequest(place: place, asOf: Self.asOf, out: ws + "/out", recordedAt: "2026-11-24T00:00:00Z"), io: publishing)
        #expect(done.recorded.recordedFiles == 0 && done.recorded.alreadyRecordedFiles == recorded.outcomes.count)
        #expect(done.site.pages > 100 && FileManager.default.fileExists(atPath: ws + "/out/index.html"))
        #expect(publishing.errors.isEmpty)
        #expect(publishing.phases == ["check", "load", "record", "read tracker", "publish"])  // check: the skip of an unchanged re-publish
    }

    /// A later publish into the same folder compares with the first one's snapshot, read ahead on another
    /// core while the workspace loads.
    @Test func aLaterPublishComparesWithTheSnapshotReadAhead() throws {
        let ws = try Self.sample()
        defer { try? FileManager.default.removeItem(atPath: ws) }
        let place = Place(workspace: ws)
        _ = try PublishCommand.run(PublishRequest(place: place, asOf: Self.asOf, out: ws + "/out", recordedAt: "x"), io: Collected())
        let later = try #require(Day(year: 2026, month: 12, day: 24))
        _ = try PublishCommand.run(PublishRequest(place: place, asOf: later, out: ws + "/out", recordedAt: "x"), io: Collected())
        let index = String(decoding: FileManager.default.contents(atPath: ws + "/out/index.html") ?? Data(), as: UTF8.self)
        #expect(index.contains("Compared with the publish as at \(Self.asOf)"), "the first publish's snapshot was read")
    }

    /// A snapshot cut short (a disk filled mid-write, a bad copy) is said, not silently taken for a
    /// first review; the publish goes on and writes a new one, which the next publish reads.
    @Test func aDamagedSnapshotIsSaidAndReplaced() throws {
        let ws = try Self.sample()
        defer { try? FileManager.default.removeItem(atPath: ws) }
        let place = Place(workspace: ws)
        let snapshot = ws + "/out/data/snapshot.json.gz"
        _ = try PublishCommand.run(PublishRequest(place: place, asOf: Self.asOf, out: ws + "/out", recordedAt: "x"), io: Collected())
        let whole = try #require(FileManager.default.contents(atPath: snapshot))
        try whole.prefix(whole.count / 2).write(to: URL(fileURLWithPath: snapshot))
        let later = try #require(Day(year: 2026, month: 12, day: 24))
        let io = Collected()
        _ = try PublishCommand.run(PublishRequest(place: place, asOf: later, out: ws + "/out", recordedAt: "x"), io: io)
        #expect(io.errors.count == 1)
        #expect(io.errors.first?.hasPrefix("warning: \(snapshot): the last review's snapshot cannot be read") == true, "\(io.errors)")
        #expect(Snapshot.read(site: ws + "/out")?.asOf == later.description, "a whole snapshot replaced the damaged one")
        let quiet = Collected()
        _ = try PublishCommand.run(PublishRequest(place: place, asOf: Self.asOf, out: ws + "/out", recordedAt: "x"), io: quiet)
        #expect(quiet.errors.isEmpty, "\(quiet.errors)")
    }

    @Test func aBrokenWorkspaceFailsHavingSaidWhyAndPublishesNothing() throws {
        let ws = try Self.sample()
        defer { try? FileManager.default.removeItem(atPath: ws) }
        try Data("id: [unclosed\n".utf8).write(to: URL(fileURLWithPath: ws + "/Missions/broken.yaml"))
        let io = Collected()
        #expect(throws: CommandFailed()) {
            try PublishCommand.run(PublishRequest(place: Place(workspace: ws), asOf: Self.asOf, out: ws + "/out", recordedAt: "x"), io: io)
        }
        #expect(io.errors.last?.contains("error(s) in the workspace") == true)
        #expect(io.errors.contains { $0.hasPrefix("Missions/broken.yaml:") })
        #expect(!FileManager.default.fileExists(atPath: ws + "/out"))
    }

    @Test func judgingCommandsShareOneSessionAndSayWhatIsMissing() throws {
        let ws = try Self.sample()
        defer { try? FileManager.default.removeItem(atPath: ws) }
        let io = Collected()
        let (session, report) = try JudgeCommands.align(Place(workspace: ws), asOf: Self.asOf, baseline: nil, io: io)
        #expect(session.observations.count == 0 && !report.findings.isEmpty)
        #expect(io.notes.first?.hasPrefix("note: no tracker at '\(ws)/.missionkpi/tracker.sqlite'") == true)
        #expect(io.phases == ["load", "read tracker", "assess", "align"])

        let failing = Collected()
        #expect(throws: CommandFailed()) {
            try JudgeCommands.align(Place(workspace: ws), asOf: Self.asOf, baseline: ws + "/no-baseline.json", io: failing)
        }
        #expect(failing.errors == ["error: cannot read the baseline '\(ws)/no-baseline.json'; check the path, or write one with 'missionkpi align --write-baseline \(ws)/no-baseline.json'"])

        let missingDB = Collected()
        #expect(throws: CommandFailed()) {
            try JudgeCommands.pipeline(Place(workspace: ws, tracker: .file(ws + "/none.sqlite")), asOf: Self.asOf, department: nil, years: nil, io: missingDB) { _ in }
        }
        #expect(missingDB.errors.count == 1 && missingDB.errors[0].hasPrefix("error: "))
    }
}
