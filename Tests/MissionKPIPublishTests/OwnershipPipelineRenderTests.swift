import Foundation
import MissionKPI
import MissionKPITestSupport
import Testing

@testable import MissionKPIPublish

/// The ownership audit and the commercial pipeline in every format.
@Suite struct OwnershipPipelineRenderTests {
    @Test func namesBelowTheFloorAreShownByRoleAndGradeInEveryFormat() throws {
        let a = try OwnershipFixture.audit()
        for format in OwnershipFormat.allCases {
            let text = format.render(a)
            for name in ["Sam Expert", "Jo Junior", "Olu Other"] {
                #expect(!text.contains(name), "\(format) output shows \(name), who is below the floor")
            }
            #expect(text.contains("Bea Boss"), "\(format) output hides the SCS2 owner's name")
        }
        let lowered = try OwnershipFixture.audit(floor: .EO)
        #expect(OwnershipFormat.text.render(lowered).contains("Jo Junior"))
    }

    @Test func csvHasAnEmptyManagerAndTheFlag() throws {
        var files = OwnershipFixture.files
        let (path, text) = OwnershipFixture.contract("a6", amount: "500000", tier: "bronze", manager: nil, sro: "p-boss")
        files[path] = text
        let a = try OwnershipFixture.audit(files)
        #expect(OwnershipCSV.render(a).contains("d1,a6,Contract a6,500000,bronze,2029-03-31,,,,,,Director (SCS2)") == false)
        #expect(OwnershipCSV.render(a).contains("d1,a6,Contract a6,500000,bronze,2029-03-31,,,,,,Bea Boss,d1,SCS2,no-contract-owner\r\n"))
    }

    @Test func jsonHasSharesAndIsStable() throws {
        let a = try OwnershipFixture.audit()
        let json = OwnershipFormat.json.render(a)
        #expect(json == OwnershipFormat.json.render(try OwnershipFixture.audit()))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let overall = try #require(object["overall"] as? [String: Any])
        #expect(overall["high_value_specialist_share"] as? Double == 0.5)
        #expect((object["departments"] as? [Any])?.count == 2)
    }

    @Test func everyFormatRendersAndCSVHasOneRowPerEntryAndSection() throws {
        let p = try PipelineFixture.pipeline([PipelineFixture.contract("c", end: "2029-03-31", title: "=cmd|x")], asOf: "2026-11-24")
        let csv = PipelineFormat.csv.render(p)
        let lines = csv.split(separator: "\r\n")
        #expect(lines.count == 3)  // header, ending FY2028-29, s93 FY2027-28
        #expect(lines[1].hasPrefix("ending,FY2028-29,d1,c,'=cmd|x,Supplier Ltd,3000000,silver,2029-03-31,2027-09-30,false,false,demo,"))
        #expect(lines[2].hasPrefix("s93,FY2027-28,d1,c,'=cmd|x,"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(PipelineFormat.json.render(p).utf8)) as? [String: Any])
        #expect((json["years"] as? [Any])?.count == 3)
        #expect(PipelineFormat.text.render(p).contains("S.93 PIPELINE NOTICE VIEW — FY2027-28"))
        #expect(PipelineFormat.markdown.render(p).contains("| `c` =cmd\\|x | `d1` | 2029-03-31 | ~2027-09-30 |"))
    }
}
