import Foundation
import MissionKPI
import Testing

@testable import MissionKPIPublish

/// Issue 20, point 5: no hidden `.partial` file outlives a failed publish. Before, a table spilled to
/// its `.name.partial` stayed on disk when the publish failed before closing it (the other table of
/// the pair failing first on a full disk): 5 MB seen.
@Suite struct PartialFileTests {
    @Test func aSpilledFileThatIsNeverClosedLeavesNothingBehind() throws {
        let root = try PublishSupport.tempFolder("abandoned")
        let out = try SiteOutput(root: root)
        do {
            let file = try out.open(try SitePath("data", "big.csv"))
            for line in StreamingTests.bigText("a") { file.append(line) }
            #expect(file.spilled)
            #expect(FileManager.default.fileExists(atPath: root + "/data/.big.csv.partial"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: root + "/data") == [], "the partial file is removed")
    }

    @Test func aClosedSpilledFileIsMovedIntoPlaceAndItsPartialNotRemovedLater() throws {
        let root = try PublishSupport.tempFolder("closed")
        let out = try SiteOutput(root: root)
        try out.close(
            {
                let file = try out.open(try SitePath("data", "big.csv"))
                for line in StreamingTests.bigText("a") { file.append(line) }
                return file
            }())
        #expect(try FileManager.default.contentsOfDirectory(atPath: root + "/data") == ["big.csv"])
    }

    @Test func aFailedWriteNamesTheFileUnderTheOutputFolder() {
        let error = SiteError.cannotWrite("Reports/data/observations.csv", "No space left on device")
        #expect(error.description.hasPrefix("cannot write 'Reports/data/observations.csv': No space left on device; "))
    }
}
