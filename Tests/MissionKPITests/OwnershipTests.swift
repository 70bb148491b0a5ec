import Foundation
import MissionKPITestSupport
import Testing

@testable import MissionKPI

/// `OwnershipAudit` on a small in-code workspace: shares, accreditation spread, loads, redaction of
/// names below the grade floor, the department filter and the flags it gathers from the rules.
@Suite struct OwnershipTests {
    @Test func sharesAreOfValueAndOfHighValueContracts() throws {
        let a = try OwnershipFixture.audit()
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
        let d1 = try #require(try OwnershipFixture.audit().departments.first { $0.id == "d1" })
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
        let a = try OwnershipFixture.audit()
        // p-junior: 2 contracts, £7m; p-other: 2 contracts (a4, b1), £5m; p-spec: 1.
        #expect(a.mostLoaded.map(\.contracts) == [["a2", "a3"], ["a4", "b1"], ["a1"]])
        #expect(a.mostLoaded.first?.manager.display == "Contract officer (EO)")
        #expect(a.mostLoaded[1].manager.department == "d2")
    }

    @Test func namesBelowTheFloorAreReplacedByRoleAndGrade() throws {
        let a = try OwnershipFixture.audit()
        let a1 = try #require(a.departments.first?.contracts.first { $0.contract == "a1" })
        #expect(a1.manager?.display == "Senior contract manager (G7)")
        #expect(a1.manager?.named == false)
        #expect(a1.seniorResponsibleOwner?.display == "Bea Boss")
        let lowered = try OwnershipFixture.audit(floor: .EO)
        #expect(lowered.departments.flatMap(\.contracts).contains { $0.manager?.display == "Jo Junior" })
    }

    @Test func flagsComeFromTheOwnershipRules() throws {
        let a = try OwnershipFixture.audit()
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
        var files = OwnershipFixture.files
        let (path, text) = OwnershipFixture.contract("a6", amount: "500000", tier: "bronze", manager: nil, sro: "p-boss")
        files[path] = text
        let a = try OwnershipFixture.audit(files)
        #expect(a.hasErrors)
        let row = try #require(a.departments.first?.contracts.first { $0.contract == "a6" })
        #expect(row.manager == nil)
        #expect(row.flags.map(\.ruleID) == ["no-contract-owner"])
    }

    @Test func departmentFilterLimitsContractsFiguresAndFindings() throws {
        let a = try OwnershipFixture.audit(department: "d2")
        #expect(a.departments.map(\.id) == ["d2"])
        #expect(a.overall.contracts == 1)
        #expect(a.findings.isEmpty)  // a4's owner-outside-department finding is d1's
    }
}
