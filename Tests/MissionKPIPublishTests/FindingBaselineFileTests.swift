import Foundation
import MissionKPI
import MissionKPITestSupport
import Testing

@testable import MissionKPIPublish

/// The baseline file `align --write-baseline` writes reads back as the same baseline.
@Suite struct FindingBaselineFileTests {
    @Test func roundTripThroughJSON() throws {
        let (report, _) = try FindingsFixture.report()
        let baseline = FindingBaseline(findings: report.findings + report.baselined)
        #expect(baseline.entries.count == report.findings.count + report.baselined.count)
        let again = try FindingBaseline(json: Data(baseline.json().utf8))
        #expect(again == baseline)
        #expect(baseline.json().hasPrefix("{\n  \"version\": 1,\n  \"findings\": [\n"))
    }
}
