import MissionKPI

/// A small in-code workspace for the ownership audit: two departments, managers of every grade and
/// accreditation, high-value and ended contracts, and a manager from another department.
public enum OwnershipFixture {
    public static let people = """
        id: d1
        name: Department One
        people:
          - {id: p-spec, name: Sam Expert, role: Senior contract manager, grade: G7, commercial_specialist: true, accreditation: {level: expert, date: 2025-06-01}}
          - {id: p-junior, name: Jo Junior, role: Contract officer, grade: EO, commercial_specialist: false, accreditation: {level: foundation, date: 2022-01-10}}
          - {id: p-boss, name: Bea Boss, role: Director, grade: SCS2, commercial_specialist: true, accreditation: {level: expert, date: 2025-01-10}}
        """
    public static let other = """
        id: d2
        name: Department Two
        people:
          - {id: p-other, name: Olu Other, role: Contract manager, grade: SEO, commercial_specialist: true, accreditation: {level: practitioner, date: 2025-01-10}}
        """

    /// A contract file with the given owners; `nil` leaves a field out.
    public static func contract(
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
    public static let kpi = "kpis:\n  - {id: tests, title: Tests delivered, level: output, measures: demo/capacity, direction: increase}\n"

    public static var files: [String: String] {
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

    public static let asOf = Day(parsing: "2026-11-24")!

    public static func audit(_ files: [String: String] = files, floor: Grade = .SCS1, department: String? = nil) throws -> OwnershipAudit {
        let loaded = WorkspaceLoader.load(files: files, ruleCatalog: RuleRegistry.catalog)
        guard loaded.diagnostics.isEmpty else { throw FixtureError(problems: loaded.diagnostics.map(\.description)) }
        let ws = loaded.workspace
        let assessment = Assessor.assess(ws, observations: .empty, asOf: asOf)
        let report = AlignmentEngine.run(ws, assessment: assessment, asOf: asOf, families: [.ownership])
        return OwnershipAudit.build(ws, report: report, floor: floor, department: department)
    }
}
