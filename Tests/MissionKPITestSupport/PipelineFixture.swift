import MissionKPI

/// Small in-code workspaces for the commercial pipeline: one department, contracts ending when asked.
public enum PipelineFixture {
    public static let department = """
        id: d1
        name: Department One
        people:
          - {id: p-spec, name: Sam Expert, role: Senior contract manager, grade: G7, commercial_specialist: true}
        """

    /// A contract file ending on `end`, worth `amount` (including VAT unless `vat` is false).
    public static func contract(
        _ id: String, end: String, amount: String = "3000000", vat: Bool = true, procurement: String? = nil, kpi: Bool = false,
        title: String? = nil
    ) -> (String, String) {
        var text = "id: \(id)\ntitle: \"\(title ?? "Contract " + id)\"\ndepartment: d1\nsupplier: {name: Supplier Ltd}\n"
        text += "value: {amount: \(amount), currency: GBP, includes_vat: \(vat)}\nperiod: {start: 2024-04-01, end: \(end)}\n"
        text += "tier: silver\nmanager: p-spec\nsenior_responsible_owner: p-spec\n"
        if let procurement { text += "procurement_start: \(procurement)\n" }
        text += "contributes_to:\n  - node: demo/capacity\n"
        if kpi { text += "kpis:\n  - {id: tests, title: Tests delivered, level: output, measures: demo/capacity, direction: increase}\n" }
        return ("Contracts/d1/\(id).yaml", text)
    }

    public static func pipeline(_ contracts: [(String, String)], asOf: String, years: Int = 3, settings: String = "financial_year_start: 04-01\n") throws -> CommercialPipeline {
        var files = ["missionkpi.yaml": settings, "Missions/demo.yaml": ExampleWorkspace.mission, "Contracts/d1/department.yaml": department]
        for (path, text) in contracts + [contract("zz-kpi", end: "2040-03-31", amount: "1", kpi: true)] { files[path] = text }
        let loaded = WorkspaceLoader.load(files: files, ruleCatalog: RuleRegistry.catalog)
        guard loaded.diagnostics.isEmpty else { throw FixtureError(problems: loaded.diagnostics.map(\.description)) }
        let ws = loaded.workspace
        guard let day = Day(parsing: asOf) else { throw FixtureError(problems: ["'\(asOf)' is not a date"]) }
        let report = AlignmentEngine.run(ws, assessment: Assessor.assess(ws, observations: .empty, asOf: day), asOf: day)
        return CommercialPipeline.build(ws, report: report, asOf: day, years: years)
    }
}
