import Foundation
import Testing

@testable import MissionKPI
@testable import MissionKPIImport

/// Keep-your-edit: a later import updates only the fields nobody changed since the last import.
@Suite struct ImportEditTests {
    static let file = "Contracts/home-office/ocds-h6vhtk-059ac1-1.yaml"

    /// The merge fixture in two parts: the tender and contract details notices, then the later update.
    static func parts(_ box: ImportSandbox) throws -> (first: String, update: String) {
        let r = try ImportSandbox.releases("merge-three-releases.json")
        return (try box.package("first.json", [r[2], r[1]]), try box.package("update.json", [r[0]]))
    }

    @Test func fieldsNobodyEditedFollowTheNoticesAndEditedOnesAreKept() throws {
        let box = try ImportSandbox()
        defer { box.remove() }
        let (first, update) = try Self.parts(box)
        try box.run([first])
        // A person completes the contract and changes two fields the import owns.
        try box.edit(
            Self.file, "value: {amount: 48000000, currency: GBP, includes_vat: true}",
            "value: {amount: 49000000, currency: GBP, includes_vat: true}")
        // KPI 2's inferred level becomes the person's own: they change it (and the data source, a field the import leaves alone).
        let text = try #require(box.text(Self.file))
        let kpi2 = try #require(text.range(of: "  - id: \"2\"\n"))
        try box.write(
            Self.file,
            text[..<kpi2.upperBound]
                + text[kpi2.upperBound...].replacingOccurrences(
                    of: "    level: output\n", with: "    level: outcome\n    data_source: independent\n"))
        try box.edit(
            Self.file, "based on the outcome of an Initial Vulnerability Needs Assessment.",
            "based on the Initial Vulnerability Needs Assessment.")
        try box.edit(Self.file, "procedure: open\n", "procedure: open\ntier: gold\n")
        let report = try box.run([update])
        #expect(report.keptEdits == 2, "\(report.lines)")
        #expect(
            report.lines.contains("kept your edit of value in \(Self.file) (the notices now say '50400000 GBP including VAT')"),
            "\(report.lines)")
        #expect(
            report.lines.contains {
                $0.hasPrefix(
                    "kept your edit of KPI '2' description in \(Self.file) (the notices now say 'Safeguarding advice within 12 hours")
            })
        let c = try #require(try box.load().workspace.contract("ocds-h6vhtk-059ac1-1"))
        #expect(c.value.amount == 49_000_000, "the edited value is kept")
        #expect(c.kpis[1].description?.hasSuffix("based on the Initial Vulnerability Needs Assessment.") == true)
        #expect(c.kpis[1].level == .outcome && c.kpis[1].dataSource == .independent && c.tier == "gold")
        #expect(c.kpis[1].unit == .hours && c.kpis[1].direction == .decrease && c.kpis[1].target?.value == 12, "read from the words")
        // What the buyer stated (title, description, frequency) is never listed as inferred.
        #expect(
            c.kpis.allSatisfy { k in !k.inferred.contains { [.title, .description, .frequency].contains($0) } }
                && c.kpis[3].inferred.contains(.unit))
        // The new metric arrives with its six-monthly frequency; the source names the update.
        #expect(c.kpis.map(\.id) == ["1", "2", "3", "5"] && c.kpis[3].frequency?.months == 6 && c.kpis[3].title == "KPI6 – Exit planning")
        #expect((c.source?.release, c.source?.notice, c.source?.date?.description) == ("ocds-h6vhtk-059ac1-update-1", "UK10", "2026-09-01"))
        // The record now holds the notices' values, so the same update again is silent and changes nothing.
        #expect(
            box.text("Imports/ocds/home-office/ocds-h6vhtk-059ac1-1.yaml")?.contains(
                "value: {amount: 50400000, currency: GBP, includes_vat: true}") == true)
        let before = box.snapshot()
        let again = try box.run([update])
        #expect(again.keptEdits == 0 && again.written.isEmpty && box.snapshot() == before)
        // Undo the edit of the value: the next notice that changes it is taken again.
        try box.edit(Self.file, "amount: 49000000", "amount: 50400000")
        var later = try ImportSandbox.releases("merge-three-releases.json")[0]
        later["date"] = "2026-10-01T09:00:00+01:00"
        later["id"] = "ocds-h6vhtk-059ac1-update-2"
        var contracts = try #require(later["contracts"] as? [[String: Any]])
        contracts[0]["value"] = ["amountGross": 51_000_000, "currency": "GBP"]
        later["contracts"] = contracts
        let taken = try box.run([try box.package("later.json", [later])])
        // The description edit stays, silently: the notices did not change the description again.
        #expect(taken.keptEdits == 0 && taken.lines.contains { $0.hasSuffix("updated value") }, "\(taken.lines)")
        #expect(try box.load().workspace.contract("ocds-h6vhtk-059ac1-1")?.value.amount == 51_000_000)
    }

    @Test func aRemovedKPIOrContractStaysRemoved() throws {
        let box = try ImportSandbox()
        defer { box.remove() }
        let (first, update) = try Self.parts(box)
        try box.run([first])
        let text = try #require(box.text(Self.file))
        let start = try #require(text.range(of: "  - id: \"3\"\n"))
        try box.write(Self.file, String(text[..<start.lowerBound]))
        var report = try box.run([first, update])
        #expect(try box.load().workspace.contract("ocds-h6vhtk-059ac1-1")?.kpis.map(\.id) == ["1", "2", "5"])
        #expect(!report.lines.contains { $0.contains("removal") }, "metric 3 did not change: nothing to say")
        // A removed contract file is not brought back while its record remains.
        try FileManager.default.removeItem(atPath: box.root + "/" + Self.file)
        report = try box.run([first, update])
        #expect(report.created == 0 && report.written.isEmpty)
        #expect(report.lines.contains { $0.hasPrefix("kept your removal of ocds-h6vhtk-059ac1-1") })
    }

    @Test func olderNoticesThanTheLastImportChangeNothing() throws {
        let box = try ImportSandbox()
        defer { box.remove() }
        let (first, update) = try Self.parts(box)
        try box.run([first, update])
        let before = box.snapshot()
        let report = try box.run([first])
        #expect(report.written.isEmpty && box.snapshot() == before)
        #expect(
            report.lines.contains {
                $0.contains("the notices read are older (2026-08-10) than those it was last imported from (2026-09-01)")
            })
    }

    @Test func aBuyerClaimedByADepartmentImportsIntoIt() throws {
        let box = try ImportSandbox(sample: true)
        defer { box.remove() }
        try box.edit(
            "Contracts/home-office/department.yaml", "name: Home Office\n", "name: Home Office\nocds_party: GB-PPON-PWGC-6513-PQLZ\n")
        let (first, _) = try Self.parts(box)
        let report = try box.run([first])
        #expect(report.departmentsCreated == 0 && report.written.contains(Self.file))
        #expect(try box.load().isClean)
        // Without the claim a department of the same name is not guessed at: a new one is made, and the import says how to merge.
        let box2 = try ImportSandbox(sample: true)
        defer { box2.remove() }
        let (first2, _) = try Self.parts(box2)
        let report2 = try box2.run([first2])
        #expect(report2.written.contains("Contracts/home-office-2/ocds-h6vhtk-059ac1-1.yaml"))
        #expect(report2.lines.contains { $0.contains("the department 'home-office' has the same name but no ocds_party") })
    }
}
