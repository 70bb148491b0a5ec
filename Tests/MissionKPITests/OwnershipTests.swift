import Foundation
import Testing

@testable import MissionKPI

/// `OwnershipAudit` on a small in-code workspace: shares, accreditation spread, loads, redaction of
/// names below the grade floor, the department filter and the flags it gathers from the rules.
@Suite struct OwnershipTests {
    static let people = """
        id: d1
        name: Department One
        people:
          - {id: p-spec, name: Sam Expert, role: Senior contract manager, grade: G7, commercial_specialist: true, accreditation: {level: expert, date: 2025-06-01}}
          - {id: p-junior, name: Jo Junior, role: Contract officer, grade: EO, commercial_specialist: false, accreditation: {level: foundation, date: 2022-01-10}}
          - {id: p-boss, name: Bea Boss, role: Director, grade: SCS2, commercial_specialist: true, accreditation: {level: expert, date: 2025-01-10}}
        """
    static let other = """
        id: d2
        name: Department Two
        people:
          - {id: p-other, name: Olu Other, role: Contract manager, grade: SEO, commercial_specialist: true, accreditation: {level: practitioner, date: 2025-01-10}}
        """

    /// A contract file with the given owners; `nil` leaves a field out.
    static func contract(
        _ id: String, dept: String = "d1", amount: String, tier: String, manager: String?, sro: String?,
        end: String = "2029-03-31", extra: String = ""
    ) -> (String, String) {
        var text = "id: \(id)\ntitle: Contract \(id)\ndepartment: \(dept)\nsupplier: {name: Supplier Ltd}\n"
        text += "value: {amount: \(amount), currency: GBP}\nperiod: {start: 2024-04-01, end: \(end)}\ntier: \(tier)\n"
        if let manager { text += "manager: \(manager)\n" }
        if let sro { text += "senior_responsible_owner: \(sro)\n" }
        text += "contributes_to:\n  - node: demo/capacity\n" + extra
        return ("Contracts/\(dept)/\(id).yaml", text)
    }

    /// One KPI, so the assessment has something to assess.
    static let kpi = "kpis:\n  - {id: tests, title: Tests delivered, level: output, measures: demo/capacity, direction: increase}\n"

    static var files: [String: String] {
        var files = [
            "missionkpi.yaml": "financial_year_start: 04-01\n",
            "Missions/demo.yaml": ExampleWorkspace.mission,
            "Contracts/d1/department.yaml": people,
            "Contracts/d2/department.yaml": other,
        ]
        for (path, text) in [
            contract("a1", amount: "10000000", tier: "gold", manager: "p-spec", sro: "p-boss", extra: kpi),
            contract("a2", amount: "6000000", tier: "silver", manager: "p-junior", sro: "p-boss"),
            contract("a3", amount: "1000000", tier: "bronze", manager: "p-junior", sro: "p-boss"),
            contract("a4", amount: "3000000", tier: "bronze", manager: "d2/p-other", sro: "p-boss"),
            contract("a5", amount: "100000000", tier: "gold", manager: "p-junior", sro: "p-boss", end: "2025-01-01"),
            contract("b1", dept: "d2", amount: "2000000", tier: "bronze", manager: "p-other", sro: "p-other"),
        ] { files[path] = text }
        return files
    }

    static let asOf = Day(parsing: "2026-11-24")!

    static func audit(_ files: [String: String] = files, floor: Grade = .SCS1, department: String? = nil) throws -> OwnershipAudit {
        let loaded = WorkspaceLoader.load(files: files, ruleCatalog: RuleRegistry.catalog)
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.map(\.description))")
        let ws = loaded.workspace
        let assessment = Assessor.assess(ws, observations: .empty, asOf: asOf)
        let report = AlignmentEngine.run(ws, assessment: assessment, asOf: asOf, families: [.ownership])
        return OwnershipAudit.build(ws, report: report, floor: floor, department: department)
    }

    @Test func sharesAreOfValueAndOfHighValueContracts() throws {
        let a = try Self.audit()
        let d1 = try #require(a.departments.first { $0.id == "d1" })
        // a5 ended in 2025, so it is left out.
        #expect(d1.contracts.map(\.contract) == ["a1", "a2", "a3", "a4"])
        #expect(d1.figures.value == 20_000_000)
        #expect(d1.figures.specialistValue == 13_000_000)  // a1 (p-spec) and a4 (p-other)
        #expect(d1.figures.valueShare == 0.65)
        #expect(d1.figures.highValueContracts == 2)
        #expect(d1.figures.highValueSpecialist == 1)
        #expect(d1.figures.highValueShare == 0.5)
        #expect(a.overall.contracts == 5)
        #expect(a.overall.value == 22_000_000)
        #expect(a.overall.valueShare == 15.0 / 22.0)
    }

    @Test func accreditationSpreadCountsDistinctManagers() throws {
        let d1 = try #require(try Self.audit().departments.first { $0.id == "d1" })
        let spread = Dictionary(uniqueKeysWithValues: d1.figures.accreditation.map { ($0.level, $0) })
        #expect(d1.figures.accreditation.map(\.level) == [.none, .foundation, .practitioner, .expert])
        #expect(spread[.foundation]?.managers == 1)
        #expect(spread[.foundation]?.contracts == 2)
        #expect(spread[.foundation]?.value == 7_000_000)
        #expect(spread[.practitioner]?.managers == 1)
        #expect(spread[.expert]?.contracts == 1)
        #expect(spread[.none]?.managers == 0)
    }

    @Test func mostLoadedByContractsThenValue() throws {
        let a = try Self.audit()
        // p-junior: 2 contracts, £7m; p-other: 2 contracts (a4, b1), £5m; p-spec: 1.
        #expect(a.mostLoaded.map(\.contracts) == [["a2", "a3"], ["a4", "b1"], ["a1"]])
        #expect(a.mostLoaded.first?.manager.display == "Contract officer (EO)")
        #expect(a.mostLoaded[1].manager.department == "d2")
    }

    @Test func namesBelowTheFloorAreReplacedByRoleAndGrade() throws {
        let a = try Self.audit()
        let a1 = try #require(a.departments.first?.contracts.first { $0.contract == "a1" })
        #expect(a1.manager?.display == "Senior contract manager (G7)")
        #expect(a1.manager?.named == false)
        #expect(a1.seniorResponsibleOwner?.display == "Bea Boss")
        for format in OwnershipFormat.allCases {
            let text = format.render(a)
            for name in ["Sam Expert", "Jo Junior", "Olu Other"] {
                #expect(!text.contains(name), "\(format) output shows \(name), who is below the floor")
            }
            #expect(text.contains("Bea Boss"), "\(format) output hides the SCS2 owner's name")
        }
        let lowered = try Self.audit(floor: .EO)
        #expect(OwnershipFormat.text.render(lowered).contains("Jo Junior"))
    }

    @Test func flagsComeFromTheOwnershipRules() throws {
        let a = try Self.audit()
        let rows = Dictionary(uniqueKeysWithValues: a.departments.flatMap(\.contracts).map { ($0.contract, Set($0.flags.map(\.ruleID))) })
        #expect(rows["a1"] == [])
        #expect(rows["a2"] == ["non-specialist-high-value", "accreditation-lapsed", "manager-grade-below-floor"])
        #expect(rows["a3"] == ["accreditation-lapsed"])
        #expect(rows["a4"] == ["owner-outside-department"])
        #expect(rows["b1"] == [])  // manager and owner are one person, but the contract is bronze
        let d1 = try #require(a.departments.first { $0.id == "d1" })
        #expect(d1.flags.isEmpty)  // 1 of 2 high-value contracts without a specialist is not more than half
        #expect(!a.hasErrors)
    }

    @Test func missingOwnerIsAnError() throws {
        var files = Self.files
        let (path, text) = Self.contract("a6", amount: "500000", tier: "bronze", manager: nil, sro: "p-boss")
        files[path] = text
        let a = try Self.audit(files)
        #expect(a.hasErrors)
        let row = try #require(a.departments.first?.contracts.first { $0.contract == "a6" })
        #expect(row.manager == nil)
        #expect(row.flags.map(\.ruleID) == ["no-contract-owner"])
        #expect(OwnershipCSV.render(a).contains("d1,a6,Contract a6,500000,bronze,2029-03-31,,,,,,Director (SCS2)") == false)
        #expect(OwnershipCSV.render(a).contains("d1,a6,Contract a6,500000,bronze,2029-03-31,,,,,,Bea Boss,d1,SCS2,no-contract-owner\r\n"))
    }

    @Test func departmentFilterLimitsContractsFiguresAndFindings() throws {
        let a = try Self.audit(department: "d2")
        #expect(a.departments.map(\.id) == ["d2"])
        #expect(a.overall.contracts == 1)
        #expect(a.findings.isEmpty)  // a4's owner-outside-department finding is d1's
    }

    @Test func jsonHasSharesAndIsStable() throws {
        let a = try Self.audit()
        let json = OwnershipFormat.json.render(a)
        #expect(json == OwnershipFormat.json.render(try Self.audit()))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let overall = try #require(object["overall"] as? [String: Any])
        #expect(overall["high_value_specialist_share"] as? Double == 0.5)
        #expect((object["departments"] as? [Any])?.count == 2)
    }
}
