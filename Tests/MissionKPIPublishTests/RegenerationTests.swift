import Foundation
import MissionKPI
import MissionKPIStore
import Testing

@testable import MissionKPIPublish

/// The committed `Reports/` must be what publishing the repository's sample gives.
@Suite struct RegenerationTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    static let asOf = Day(year: 2026, month: 11, day: 24)!

    @Test func committedReportsAreCurrent() throws {
        let committed = Self.repository + "/Reports"
        let out = try Self.regenerate()
        let expected = PublishSupport.tree(committed).filter { !$0.key.hasPrefix(".") }
        let actual = PublishSupport.tree(out)
        let differing = PublishSupport.differences(expected, actual)
        #expect(
            differing.isEmpty,
            """
            Reports/ is out of date: \(differing.count) file(s) differ from a fresh publish of the sample: \
            \(differing.prefix(20).joined(separator: ", "))\(differing.count > 20 ? ", …" : ""). Run \
            'swift run missionkpi publish --as-of 2026-11-24' (twice if the first run changed anything: a re-publish \
            compares with the committed publish) and commit Reports/.
            """)
    }

    /// Records the sample's returns into a fresh tracker and publishes over a copy of the committed
    /// `Reports/` (so the comparison with the previous publish is the committed one).
    static func regenerate() throws -> String {
        let load = try WorkspaceLoader.load(at: repository, ruleCatalog: RuleRegistry.catalog)
        guard load.isClean else { throw PublishFixture.FixtureError(text: load.diagnostics.map(\.description).joined(separator: "\n")) }
        let temp = try PublishSupport.tempFolder("regen")
        let tracker = try Tracker(path: temp + "/tracker.sqlite")
        let found = ReturnsFinder.find([], workspaceRoot: repository)
        let outcomes = try tracker.record(found.inputs, workspace: load.workspace, recordedAt: "2026-11-24T00:00:00Z")
        for case .rejected(let path, let d) in outcomes { Issue.record("\(path): \(d.map(\.description))") }
        let out = temp + "/Reports"
        if FileManager.default.fileExists(atPath: repository + "/Reports") {
            try FileManager.default.copyItem(atPath: repository + "/Reports", toPath: out)
        }
        _ = try Publisher.publish(load.workspace, observations: try tracker.observationSet(), asOf: asOf, to: out)
        return out
    }
}
