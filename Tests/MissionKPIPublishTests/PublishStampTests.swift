import Foundation
import MissionKPI
import Testing

@testable import MissionKPIPublish

/// The key that lets an unchanged re-publish be skipped names the program that publishes: a rebuilt or
/// upgraded tool may write other bytes from the same inputs (a developer's `swift run missionkpi publish`
/// after a code change once reported "0 written" and left Reports/ stale).
@Suite struct PublishStampTests {
    static let asOf = Day(year: 2026, month: 11, day: 24)!

    @Test func theKeyChangesWithTheBuildAndWithEachInput() {
        func key(_ ws: String = "w", tracker: String = "t", asOf: Day = Self.asOf, build: String = "100 1.0") -> String {
            PublishStamp.key(workspaceHash: ws, trackerKey: tracker, asOf: asOf, publishedOn: nil, build: build)
        }
        #expect(key() == key(), "deterministic")
        #expect(key(build: "100 2.0") != key(), "a rebuilt program")
        #expect(key("w2") != key() && key(tracker: "t2") != key() && key(asOf: Day(year: 2026, month: 11, day: 25)!) != key())
        #expect(PublishStamp.build != "unknown" && PublishStamp.build.split(separator: " ").count == 2, "\(PublishStamp.build)")
    }
}
