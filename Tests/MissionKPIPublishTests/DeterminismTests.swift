import Foundation
import MissionKPI
import Testing

@testable import MissionKPIPublish

@Suite struct DeterminismTests {
    @Test func sameInputsGiveByteIdenticalTrees() throws {
        let a = PublishSupport.tree(try PublishSupport.publishFixture())
        let b = PublishSupport.tree(try PublishSupport.publishFixture())
        #expect(a.count > 20)
        #expect(PublishSupport.differences(a, b).isEmpty)
    }

    /// The second publish of the same inputs compares with the first (the index says nothing changed
    /// instead of "the first publish"); from then on the same inputs give the same bytes.
    @Test func publishingAgainIntoTheSameFolderComparesThenChangesNothing() throws {
        let out = try PublishSupport.publishFixture()
        let first = PublishSupport.tree(out)
        #expect(PublishSupport.text(out, "index.html").contains("This is the first publish"))
        _ = try PublishSupport.publishFixture(into: out)
        let second = PublishSupport.tree(out)
        // Only the pages that say what changed (and the snapshot and manifest) differ.
        let differing = PublishSupport.differences(first, second)
        #expect(differing.contains("index.html") && differing.contains("data/snapshot.json.gz"))
        #expect(differing.allSatisfy { $0 == "index.html" || $0 == "data/snapshot.json.gz" || $0 == "manifest.txt" || $0.hasPrefix("missions/") || $0.hasPrefix("departments/") }, "\(differing)")
        let index = PublishSupport.text(out, "index.html")
        #expect(!index.contains("This is the first publish"))
        #expect(index.contains("Compared with the publish as at 2026-11-24: 0 goalposts moved, 0 new findings"), "\(index)")
        _ = try PublishSupport.publishFixture(into: out)
        #expect(PublishSupport.differences(second, PublishSupport.tree(out)).isEmpty)
    }

    @Test func theIndexSaysWhatChangedSinceThePreviousPublish() throws {
        let out = try PublishSupport.publishFixture()
        #expect(PublishSupport.text(out, "index.html").contains("This is the first publish"))
        var files = PublishFixture.files
        files["Contracts/dept-a/a-2025-0001.yaml"] = PublishFixture.aligned.replacingOccurrences(
            of: "target: {value: 95, date: 2027-03-31}", with: "target: {value: 93, date: 2027-03-31}")
        files["Contracts/dept-b/b-2025-0002.yaml"] = PublishFixture.poor.replacingOccurrences(
            of: "    data_source: supplier", with: "    data_source: supplier\n    most_material: true"
        )
        .replacingOccurrences(of: "    frequency: quarterly\n", with: "")
        _ = try PublishSupport.publishFixture(files: files, into: out)
        let index = PublishSupport.text(out, "index.html")
        #expect(index.contains("Compared with the publish as at 2026-11-24: 2 goalposts moved"))
        #expect(index.contains("was lowered from 95% to 93% since the earlier revision"))
        #expect(index.contains("New findings"))
        let snapshot = try #require(Snapshot.read(site: out))
        let changes = try #require(snapshot.changes)
        #expect(changes.goalposts.map(\.finding.rule) == ["target-weakened", "most-material-changed"])
        #expect(changes.newFindings.contains { $0.finding.rule == "missing-frequency" })
    }
}
