import Foundation
import MissionKPIStore
import Testing

@testable import MissionKPI
@testable import MissionKPIImport

/// `import ocds` on small cuts of real Find a Tender files: what it writes, and that a second run
/// changes nothing.
@Suite struct ImportTests {
    @Test func aReleasePackageGivesContractsDepartmentsAndRecords() throws {
        let box = try ImportSandbox()
        defer { box.remove() }
        let report = try box.run(["uk7-hartlepool-and-exemption.json"])
        #expect((report.created, report.updated, report.departmentsCreated, report.kpis, report.exemptions) == (3, 0, 2, 6, 1))
        #expect(
            report.written == [
                "Contracts/greensquareaccord-limited/department.yaml", "Contracts/greensquareaccord-limited/ocds-h6vhtk-06ca4e-1.yaml",
                "Contracts/hartlepool-borough-council/department.yaml", "Contracts/hartlepool-borough-council/ocds-h6vhtk-069576-1.yaml",
                "Contracts/hartlepool-borough-council/ocds-h6vhtk-069576-2.yaml",
                "Imports/ocds/greensquareaccord-limited/ocds-h6vhtk-06ca4e-1.yaml",
                "Imports/ocds/hartlepool-borough-council/ocds-h6vhtk-069576-1.yaml",
                "Imports/ocds/hartlepool-borough-council/ocds-h6vhtk-069576-2.yaml",
            ])
        let result = try box.load()
        #expect(result.isClean, "\(result.diagnostics.map(\.description))")
        let c = try #require(result.workspace.contract("ocds-h6vhtk-069576-1"))
        #expect(c.title == "Contract for Connect to Work - Lot 1 - Supported Employment Quality (SEQF) Tees Valley")
        #expect(c.supplier.name == "WAYTHROUGH" && c.supplier.id == "GB-COH-01820492")
        #expect(c.value.amount == 1_789_630 && c.value.includesVAT && c.value.currency == "GBP")
        #expect((c.start.description, c.end.description) == ("2026-08-10", "2028-03-31"))
        #expect(c.procedure == .open)
        #expect(c.kpis.map(\.title) == ["EOI Acknowledgement", "Initial Engagement Rate", "Job Outcome Rate"])
        #expect(c.kpis[2].description == "% of Participants who achieve a paid job start, as defined by DWP")
        #expect(c.kpis.map(\.sourceId) == ["1", "2", "3"])
        // The buyer states no level, unit or direction: the KPI words reader fills them and they are listed as inferred.
        #expect((c.kpis[2].level, c.kpis[2].unit, c.kpis[2].direction) == (.outcome, .percent, .increase))
        #expect(c.kpis.allSatisfy { $0.inferred == [.level, .unit, .direction] })
        let s = try #require(c.source)
        #expect((s.ocid, s.contract, s.notice, s.date?.description) == ("ocds-h6vhtk-069576", "1", "UK7", "2026-08-10"))
        // The reference files' release ids were withheld as '+44 0000 000000': the release is named by ocid and date.
        #expect(s.release == "ocds-h6vhtk-069576@2026-08-10T11:27:55+01:00")
        let d = try #require(result.workspace.department("hartlepool-borough-council"))
        #expect(d.name == "Hartlepool Borough Council" && d.ocdsParty == "GB-PPON-PTCQ-5564-CHJP" && d.people.isEmpty)
        let exempt = try #require(result.workspace.contract("ocds-h6vhtk-06ca4e-1"))
        #expect(exempt.kpiExemption?.reason == "n/a" && exempt.kpis.isEmpty && exempt.procedure == .direct)
    }

    @Test func aSecondImportOfTheSameFilesChangesNoByte() throws {
        let box = try ImportSandbox(sample: true)
        defer { box.remove() }
        let all = ["uk7-hartlepool-and-exemption.json", "record-package.json", "releases.jsonl", "uk9.json", "merge-three-releases.json"]
        let first = try box.run(all)
        #expect(first.created == 7 && first.publishedRecorded == 4)
        let before = box.snapshot()
        let second = try box.run(all)
        #expect(second.written.isEmpty && second.publishedRecorded == 0 && !second.changedAnything)
        #expect(second.unchanged == 7)
        #expect(box.snapshot() == before)
        // The order of the arguments does not matter either.
        let third = try box.run(all.reversed())
        #expect(!third.changedAnything && box.snapshot() == before)
    }

    @Test func recordPackagesAndJSONLinesAreRead() throws {
        let box = try ImportSandbox()
        defer { box.remove() }
        let report = try box.run(["record-package.json", "releases.jsonl"])
        #expect(report.created == 3 && report.releases == 3)
        #expect(report.lines.contains { $0.contains("1 linked release (a url only) in record packages were not read") })
        let ws = try box.load().workspace
        #expect(ws.contract("ocds-h6vhtk-05dbf7-2")?.kpis.map { $0.frequency?.rawValue } == ["monthly", "quarterly"])
        #expect(ws.contract("ocds-h6vhtk-065af9-2")?.kpis.map(\.id) == ["0655"])
        #expect(ws.contract("ocds-h6vhtk-060e13-1")?.kpis.allSatisfy { $0.frequency == .annually } == true)
        #expect(box.text("Contracts/north-london-nhs-foundation-trust/ocds-h6vhtk-065af9-2.yaml")?.contains("  - id: \"0655\"\n") == true)
    }

    @Test func publishedAssessmentsGoToTheTrackerUnderTheKPIsTheyAssess() throws {
        let box = try ImportSandbox()
        defer { box.remove() }
        // Only the UK9 notice: no contract file, the assessments are kept under the id the contract will get.
        var report = try box.run(["uk9.json"])
        #expect(report.created == 0 && report.notWritten == 1 && report.publishedRecorded == 4)
        #expect(report.lines.contains { $0.contains("ocds-h6vhtk-059d41 contract '1' has no contract file") })
        var held = try Tracker(path: box.tracker, create: false).publishedAssessments()
        #expect(held.map(\.kpi) == ["1", "2", "3", "4"] && Set(held.map(\.contract)) == ["ocds-h6vhtk-059d41-1"])
        let a = try #require(held.first)
        #expect((a.periodText, a.measure, a.classification, a.noticeType) == ("2026-04-01/2026-06-30", "99.7%", .met, "UK9"))
        #expect(a.classificationDescription == "Good - performance is meeting or exceeding the KPI")
        #expect(a.release == "ocds-h6vhtk-059d41@2026-08-11T11:06:39+01:00" && a.releaseDate == "2026-08-11T11:06:39+01:00")

        // With the contract imported and a KPI renamed by a person, a new UK9 lands on the renamed KPI.
        let box2 = try ImportSandbox()
        defer { box2.remove() }
        var uk9 = try ImportSandbox.releases("uk9.json")[0]
        var uk7 = try ImportSandbox.releases("merge-three-releases.json")[1]
        uk7["ocid"] = uk9["ocid"]
        uk7["date"] = "2026-05-01T09:00:00+01:00"
        try box2.run([try box2.package("uk7.json", [uk7])])
        let file = "Contracts/home-office/ocds-h6vhtk-059d41-1.yaml"
        try box2.edit(file, "  - id: \"1\"\n", "  - id: availability\n")
        uk9["id"] = "ocds-h6vhtk-059d41-uk9-1"
        report = try box2.run([try box2.package("uk9.json", [uk9])])
        // The contract's source now names the UK9 release, the newest it was read from.
        #expect(report.publishedRecorded == 4 && report.written == [file, "Imports/ocds/home-office/ocds-h6vhtk-059d41-1.yaml"])
        #expect(box2.text(file)?.contains("  release: ocds-h6vhtk-059d41-uk9-1\n  date: 2026-08-11\n  notice: UK9\n") == true)
        held = try Tracker(path: box2.tracker, create: false).publishedAssessments()
        #expect(held.map(\.kpi) == ["2", "3", "availability", "4"].sorted())
        #expect(held.allSatisfy { $0.contract == "ocds-h6vhtk-059d41-1" && $0.release == "ocds-h6vhtk-059d41-uk9-1" })
        // The metric 4 of the UK9 has no KPI with source_id 4 in this contract (the UK7 cut had three).
        #expect(report.lines.contains { $0.contains("has no KPI with source_id '4'") })
    }

    @Test func nothingPersonalReachesTheWorkspaceOrTheTracker() throws {
        let box = try ImportSandbox()
        defer { box.remove() }
        try box.run(["uk7-hartlepool-and-exemption.json", "record-package.json", "releases.jsonl", "uk9.json", "merge-three-releases.json"])
        let dump = try Tracker(path: box.tracker, create: false).publishedAssessments().map { "\($0)" }.joined()
        let texts = box.snapshot().filter { !$0.key.hasSuffix(".sqlite") }.values.map { String(decoding: $0, as: UTF8.self) } + [dump]
        for placeholder in ["withheld", "example.invalid", "+44", "0000 000000", "contact", "telephone", "@example"] {
            #expect(!texts.contains { $0.contains(placeholder) }, "'\(placeholder)' reached the output")
        }
    }
}
