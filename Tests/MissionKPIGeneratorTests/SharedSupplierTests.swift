import Foundation
import MissionKPI
import MissionKPIGenerator
import Testing

/// The generator makes suppliers that work for several departments: a supplier's identifier follows from
/// its name, so the same name drawn in two departments is one supplier.
@Suite struct SharedSupplierTests {
    @Test func theGeneratorSharesSuppliersAcrossDepartments() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("missionkpi-suppliers-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        _ = try WorkspaceGenerator.write(GeneratorOptions(contracts: 40, seed: 5), to: root)
        let loaded = try WorkspaceLoader.load(at: root, ruleCatalog: RuleRegistry.catalog)
        #expect(loaded.isClean)
        let shared = SupplierIndex(loaded.workspace).suppliers.filter { $0.departments.count > 1 }
        #expect(shared.count >= 2, "\(shared.map(\.name))")
        // The same name gives the same identifier wherever it is drawn.
        var idOfName: [String: Set<String>] = [:]
        for c in loaded.workspace.contracts { if let id = c.supplier.id { idOfName[c.supplier.name, default: []].insert(id) } }
        #expect(idOfName.values.allSatisfy { $0.count == 1 })
    }
}
