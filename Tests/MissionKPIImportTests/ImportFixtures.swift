import Foundation

@testable import MissionKPI

/// Small helpers shared by the import tests.
enum ImportFixtures {
    /// The repository root (the folder holding Package.swift).
    static let repositoryRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
        }
        return FileManager.default.currentDirectoryPath
    }()

    static let here = FieldLocations(file: "", mark: Mark(line: 0, column: 0))

    static func kpi(title: String) -> KPI? {
        KPI(
            id: "1", title: title, description: nil, level: nil, measures: nil, unit: nil, direction: nil, baseline: nil,
            target: nil, bands: nil, frequency: .quarterly, dataSource: nil, mostMaterial: false, waivers: [], sourceId: "1",
            inferred: [], locations: here)
    }

    static func contract(title: String, kpis: [KPI]) -> Contract {
        Contract(
            id: "c-1", ocid: "ocds-x-1", title: title, department: "d",
            supplier: Supplier(name: title.isEmpty ? "S" : title, id: nil, sme: nil, vcse: nil),
            value: Money(amount: Decimal(string: "1234.5")!, currency: "GBP", includesVAT: true),
            start: Day(parsing: "2026-01-01")!, end: Day(parsing: "2027-01-01")!, procedure: .open, tier: nil, manager: nil,
            seniorResponsibleOwner: nil, kpiExemption: nil, procurementStart: nil, contributesTo: [], kpis: kpis, waivers: [],
            source: ContractSource(ocid: "ocds-x-1", contract: "1", release: "r", date: Day(parsing: "2026-01-02"), notice: "UK7"),
            locations: here)
    }
}
