import Foundation
import MissionKPI
import Testing

@testable import MissionKPIPublish

/// An imported contract goes back out under the ids it came in with, says which figures were inferred,
/// and its page links to Find a Tender.
@Suite struct OCDSImportedExportTests {
    static let imported = """
        id: ocds-h6vhtk-04f7de-1
        ocid: ocds-h6vhtk-04f7de
        title: School Teacher Recruitment Marketing Campaign
        department: dept-b
        supplier: {name: Example Marketing Ltd, id: GB-COH-00000001}
        value: {amount: 6000000, currency: GBP, includes_vat: true}
        period: {start: 2026-09-01, end: 2028-08-31}
        source:
          ocid: ocds-h6vhtk-04f7de
          contract: "1"
          release: ocds-h6vhtk-04f7de-076141-2026
          date: 2026-08-11
          notice: UK7
        kpis:
          - id: job-outcome-rate
            source_id: "1"
            title: Job Outcome Rate
            description: "% of Participants who achieve a paid job start"
            level: outcome
            unit: percent
            target: {value: 80}
            frequency: every 6 months
            inferred: [unit, level, target]
          - id: safeguarding
            source_id: "2"
            title: Safeguarding
        """

    static func files() -> [String: String] {
        var f = PublishFixture.files
        f["Contracts/dept-b/ocds-h6vhtk-04f7de-1.yaml"] = imported
        f["Contracts/dept-b/department.yaml"] = PublishFixture.deptB.replacingOccurrences(
            of: "name: Department B\n", with: "name: Department B\nocds_party: GB-PPON-PDZG-0000-TEST\n")
        return f
    }

    @Test func theReleaseUsesTheImportedIdsAndSaysWhatWasInferred() throws {
        let (export, _, _) = try OCDSExportTests.export(Self.files())
        #expect(try OCDSSchemaCheck.errors(export.json).errors == [])
        let p = try OCDSExportTests.parse(export.json)
        let r = try OCDSExportTests.release(p, "ocds-h6vhtk-04f7de-1-contract-2026-11-24")
        #expect(r["ocid"] as? String == "ocds-h6vhtk-04f7de")
        #expect((r["buyer"] as? [String: String])?["id"] == "GB-PPON-PDZG-0000-TEST")
        let contract = try #require((r["contracts"] as? [[String: Any]])?.first)
        #expect(contract["id"] as? String == "1")
        let metrics = try #require(contract["agreedMetrics"] as? [[String: Any]])
        #expect(metrics.map { $0["id"] as? String } == ["1", "2"])
        let target = try #require((metrics[0]["observations"] as? [[String: Any]])?.first)
        #expect(target["notes"] as? String == "Inferred from the KPI's words, not stated by the buyer: target, unit.")
        let frequency = try #require((metrics[0]["observations"] as? [[String: Any]])?.last)
        #expect((frequency["period"] as? [String: Int])?["durationInMonths"] == 6)
        #expect(metrics[1]["observations"] == nil)
    }

    @Test func theContractPageLinksToFindATender() throws {
        let out = try PublishSupport.tempFolder("ocds-imported")
        _ = try Publisher.publish(try PublishFixture.workspace(Self.files()), observations: .empty, asOf: PublishFixture.asOf, to: out)
        let page = PublishSupport.text(out, "contracts/ocds-h6vhtk-04f7de-1.html")
        #expect(page.contains("<a href=\"https://www.find-tender.service.gov.uk/procurement/ocds-h6vhtk-04f7de\">"))
        #expect(
            page.contains(
                "<dt>Imported from</dt><dd><a href=\"https://www.find-tender.service.gov.uk/Notice/076141-2026\">UK7 notice 076141-2026 of 2026-08-11</a>"
            ))
    }

    @Test func findATenderLinksOnlyForItsOwnIds() {
        #expect(
            FindATender.procurementURL(ocid: "ocds-h6vhtk-04f7de")
                == "https://www.find-tender.service.gov.uk/procurement/ocds-h6vhtk-04f7de")
        for bad in ["ocds-b5fd17-1234", "ocds-h6vhtk-", "ocds-h6vhtk-04\"onmouseover", "ocds-h6vhtk-a/../b", "ocds-h6vhtk-é"] {
            #expect(FindATender.procurementURL(ocid: bad) == nil, "\(bad)")
        }
        #expect(FindATender.noticeID(release: "ocds-h6vhtk-04f7de-076141-2026") == "076141-2026")
        #expect(FindATender.noticeID(release: "041267-2026") == "041267-2026")
        for bad in ["+44 0000 000000", "x076141-2026", "076141-20a6", "uk9-year-1"] {
            #expect(FindATender.noticeID(release: bad) == nil, "\(bad)")
        }
    }
}
