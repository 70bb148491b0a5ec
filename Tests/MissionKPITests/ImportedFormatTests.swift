import Foundation
import Testing

@testable import MissionKPI

/// The workspace format of imported contracts: `source:`, `source_id`, `inferred`, `ocds_party`,
/// KPIs without level and direction, and `every N months`.
@Suite struct ImportedFormatTests {
    static let c = TempWorkspace.contract
    static let d = TempWorkspace.department
    static let imported = "Contracts/dhsc/ocds-h6vhtk-04f7de-1.yaml"
    static let importedText = """
        id: ocds-h6vhtk-04f7de-1
        ocid: ocds-h6vhtk-04f7de
        title: School Teacher Recruitment Marketing Campaign
        department: dhsc
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
          - id: "1"
            source_id: "1"
            title: Job Outcome Rate
            description: "% of Participants who achieve a paid job start"
            level: outcome
            unit: percent
            frequency: quarterly
            inferred: [unit, level]
          - id: "2"
            source_id: "2"
            title: Safeguarding
            frequency: every 6 months

        """

    static func workspace(_ text: String = importedText) throws -> TempWorkspace {
        var ws = try TempWorkspace.clean()
        ws[imported] = text
        ws.edit(
            d, "name: Department of Health and Social Care\n",
            "name: Department of Health and Social Care\nocds_party: GB-PPON-PDZG-0000-TEST\n")
        return ws
    }

    @Test func anImportedContractLoadsWithoutLevelOrDirection() throws {
        let result = try Self.workspace().load()
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        let c = try #require(result.workspace.contract("ocds-h6vhtk-04f7de-1"))
        let s = try #require(c.source)
        #expect(s.ocid == "ocds-h6vhtk-04f7de" && s.contract == "1" && s.release == "ocds-h6vhtk-04f7de-076141-2026")
        #expect(s.date == Day(parsing: "2026-08-11") && s.notice == "UK7")
        #expect(c.kpis.map(\.sourceId) == ["1", "2"])
        #expect(c.kpis[0].inferred == [.level, .unit], "sorted in field order")
        #expect(c.kpis[0].isInferred(.unit) && !c.kpis[0].isInferred(.frequency))
        #expect(c.kpis[1].level == nil && c.kpis[1].direction == nil)
        #expect(c.kpis[1].frequency?.months == 6 && c.kpis[1].frequency?.rawValue == "every 6 months")
        #expect(result.workspace.department("dhsc")?.ocdsParty == "GB-PPON-PDZG-0000-TEST")
        // The hand-written contract has no source and its KPIs keep their level and direction.
        #expect(result.workspace.contract("dhsc-2025-0142")?.source == nil)
    }

    @Test func aHandWrittenContractStillNeedsLevelAndDirection() throws {
        var ws = try Self.workspace()
        ws.edit(
            Self.imported,
            "source:\n  ocid: ocds-h6vhtk-04f7de\n  contract: \"1\"\n  release: ocds-h6vhtk-04f7de-076141-2026\n  date: 2026-08-11\n  notice: UK7\n",
            "")
        let ds = try ws.diagnostics()
        #expect(ds.count == 3, "\(ds.map(\.description))")
        expectDiagnostic(ds, at: "\(Self.imported):9:5", ["missing the required field 'direction'"])
        expectDiagnostic(ds, at: "\(Self.imported):17:5", ["missing the required field 'level'"])
        expectDiagnostic(ds, at: "\(Self.imported):17:5", ["missing the required field 'direction'"])
    }

    @Test func inferredNamesOnlyKPIFields() throws {
        var ws = try Self.workspace()
        ws.edit(Self.imported, "inferred: [unit, level]", "inferred: [unit, levle]")
        expectOnly(try ws.diagnostics(), at: "\(Self.imported):22:22", "'levle' is not one of", "did you mean 'level'")
    }

    @Test func inferredNamesAFieldTheKPIHas() throws {
        var ws = try Self.workspace()
        ws.edit(Self.imported, "inferred: [unit, level]", "inferred: [unit, target]")
        expectOnly(try ws.diagnostics(), at: "\(Self.imported):22:22", "names 'target', but the KPI has no 'target'")
    }

    @Test func inferredListsAFieldOnce() throws {
        var ws = try Self.workspace()
        ws.edit(Self.imported, "inferred: [unit, level]", "inferred: [unit, unit]")
        expectOnly(try ws.diagnostics(), at: "\(Self.imported):22:22", "names 'unit' twice")
    }

    @Test func theSourceBlockNeedsTheOCDSContractID() throws {
        var ws = try Self.workspace()
        ws.edit(Self.imported, "  contract: \"1\"\n", "")
        expectOnly(try ws.diagnostics(), at: "\(Self.imported):9:3", "the source block is missing the required field 'contract'")
    }

    @Test func theSourceBlockAllowsOnlyItsKeys() throws {
        var ws = try Self.workspace()
        ws.edit(Self.imported, "  notice: UK7\n", "  notices: UK7\n")
        expectOnly(try ws.diagnostics(), at: "\(Self.imported):13:3", "unknown key 'notices' in the source block", "did you mean 'notice'")
    }

    @Test func theOcidAgreesWithTheSource() throws {
        var ws = try Self.workspace()
        ws.edit(Self.imported, "ocid: ocds-h6vhtk-04f7de\ntitle", "ocid: ocds-h6vhtk-999999\ntitle")
        expectOnly(try ws.diagnostics(), at: "\(Self.imported):2:7", "differs from the source block's ocid")
    }

    @Test func twoKPIsFromOneMetricAreAnError() throws {
        var ws = try Self.workspace()
        ws.edit(Self.imported, "    source_id: \"2\"", "    source_id: \"1\"")
        expectOnly(try ws.diagnostics(), at: "\(Self.imported):24:16", "KPIs '1' and '2' both say 'source_id: 1'")
    }

    @Test func frequencyInMonthsOutsideTheRangeIsAnError() throws {
        for (text, col) in [("every 0 months", 16), ("every 121 months", 16), ("every six months", 16), ("fortnightly", 16)] {
            var ws = try Self.workspace()
            ws.edit(Self.imported, "frequency: every 6 months", "frequency: \(text)")
            expectOnly(
                try ws.diagnostics(), at: "\(Self.imported):26:\(col)",
                "'frequency' '\(text)' is not one of monthly, quarterly, annually or 'every N months'")
        }
        #expect(Frequency(rawValue: "every 3 months") == .quarterly)
        #expect(Frequency(rawValue: "every 03 months") == nil)
        #expect(Frequency.quarterly.rawValue == "quarterly" && Frequency(months: 24)?.rawValue == "every 24 months")
    }

    @Test func oneOCDSContractIsOneFile() throws {
        var ws = try Self.workspace()
        ws["Contracts/dhsc/copy.yaml"] = Self.importedText.replacingOccurrences(of: "id: ocds-h6vhtk-04f7de-1", with: "id: copy")
        expectOnly(
            try ws.diagnostics(), at: "Contracts/dhsc/ocds-h6vhtk-04f7de-1.yaml:9:3",
            "is also the source of the contract at Contracts/dhsc/copy.yaml:9:3")
    }

    @Test func aBuyerBelongsToOneDepartment() throws {
        var ws = try Self.workspace()
        ws["Contracts/other/department.yaml"] = "id: other\nname: Other\nocds_party: GB-PPON-PDZG-0000-TEST\n"
        expectOnly(
            try ws.diagnostics(), at: "Contracts/other/department.yaml:3:13", "is also claimed at Contracts/dhsc/department.yaml:3:13")
    }

    @Test func aDepartmentOfABuyerNeedsNoPeople() throws {
        var ws = try Self.workspace()
        ws["Contracts/dfe/department.yaml"] = "id: dfe\nname: Department for Education\nocds_party: GB-PPON-PDZG-3487-DPVD\n"
        let result = try ws.load()
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        #expect(result.workspace.department("dfe")?.people == [])
    }

    @Test func rulesThatNeedLevelOrDirectionSkipAKPIWithoutThem() throws {
        var ws = try Self.workspace()
        // Give the imported contract a link to an outcome, which the no-outcome rule would judge by its KPIs' levels.
        ws.edit(Self.imported, "kpis:\n", "contributes_to:\n  - node: nhs/faster-diagnosis\nkpis:\n")
        ws.edit(Self.imported, "    level: outcome\n", "    level: activity\n")
        let w = try ws.load().workspace
        let asOf = try #require(Day(parsing: "2026-11-24"))
        let report = AlignmentEngine.run(w, assessment: Assessor.assess(w, observations: .empty, asOf: asOf), asOf: asOf)
        let mine = report.findings.filter { $0.subject.contractID == "ocds-h6vhtk-04f7de-1" }
        // The inferred activity level is flagged, and the message says it was inferred.
        let effort = mine.filter { $0.ruleID == "input-activity-kpi" }
        #expect(
            effort.count == 1 && effort.first?.message.contains("activity (inferred from the words)") == true, "\(effort.map(\.message))")
        // KPI 2 has no level: the contract is not judged as having no outcome KPI.
        #expect(!mine.contains { $0.ruleID == "no-outcome-kpis" }, "\(mine.map(\.ruleID))")
        #expect(!mine.contains { $0.ruleID == "direction-opposes-milestone" || $0.ruleID == "target-not-better-than-baseline" })
        // Control: once KPI 2 has a level that is not an outcome, the rule judges the contract.
        ws.edit(Self.imported, "    title: Safeguarding\n", "    title: Safeguarding\n    level: output\n")
        let w2 = try ws.load().workspace
        let report2 = AlignmentEngine.run(w2, assessment: Assessor.assess(w2, observations: .empty, asOf: asOf), asOf: asOf)
        #expect(report2.findings.contains { $0.ruleID == "no-outcome-kpis" && $0.subject.contractID == "ocds-h6vhtk-04f7de-1" })
    }
}

/// The JSON Schemas accept what the loader accepts for imported contracts, and refuse a hand-written
/// KPI without level and direction.
@Suite struct ImportedFormatSchemaTests {
    @Test func theSchemasAgreeWithTheLoaderOnImportedContracts() throws {
        let ws = try ImportedFormatTests.workspace()
        let root = try ws.write()
        defer { try? FileManager.default.removeItem(atPath: root) }
        var r = try Python.run([SchemaTests.script, root, "--no-schema-comments"])
        #expect(r.exit == 0, "\(r.stdout)\(r.stderr)")
        // Without the source block, the KPIs without level or direction no longer match.
        var text = try #require(ws[ImportedFormatTests.imported])
        text = text.replacingOccurrences(
            of:
                "source:\n  ocid: ocds-h6vhtk-04f7de\n  contract: \"1\"\n  release: ocds-h6vhtk-04f7de-076141-2026\n  date: 2026-08-11\n  notice: UK7\n",
            with: "")
        try text.write(toFile: root + "/" + ImportedFormatTests.imported, atomically: true, encoding: .utf8)
        r = try Python.run([SchemaTests.script, root, "--no-schema-comments"])
        #expect(r.exit == 1)
        #expect(r.stdout.contains("ocds-h6vhtk-04f7de-1.yaml: kpis/1: 'level' is a required property"), "\(r.stdout)")
        // An unknown inferred field and a frequency outside 1-120 months fail too.
        try ImportedFormatTests.importedText.replacingOccurrences(of: "[unit, level]", with: "[unit, levle]")
            .replacingOccurrences(of: "every 6 months", with: "every 121 months")
            .write(toFile: root + "/" + ImportedFormatTests.imported, atomically: true, encoding: .utf8)
        r = try Python.run([SchemaTests.script, root, "--no-schema-comments"])
        #expect(r.stdout.contains("kpis/0/inferred/1: 'levle' is not one of"), "\(r.stdout)")
        #expect(r.stdout.contains("kpis/1/frequency: 'every 121 months' is not valid"), "\(r.stdout)")
    }
}
