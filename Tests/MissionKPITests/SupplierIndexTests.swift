import Foundation
import Testing

@testable import MissionKPI

/// Suppliers across departments: grouped by identifier, else by normalised name; a name-only contract
/// joins the one identified supplier of its name.
@Suite struct SupplierIndexTests {
    @Test func namesAreComparedNormalised() {
        #expect(SupplierIndex.normalise("Evidence Partners Research Limited") == "evidence partners research ltd")
        #expect(SupplierIndex.normalise("  Evidence  Partners Research Ltd. ") == "evidence partners research ltd")
        #expect(SupplierIndex.normalise("The Halden & Rowe Consulting L.T.D.") == "halden and rowe consulting ltd")
        #expect(SupplierIndex.normalise("Albion Care Public Limited Company") == "albion care plc")
        #expect(SupplierIndex.normalise("O'Brien-Smith (UK) Ltd") == "obrien smith uk ltd")
        #expect(SupplierIndex.normalise("../../etc") == "etc")
    }

    static func workspace(_ suppliers: [(dept: String, supplier: String)]) throws -> Workspace {
        var files = ExampleWorkspace.files
        files["Contracts/dept/c1.yaml"] = nil
        files["Contracts/dept2/department.yaml"] = ExampleWorkspace.department.replacingOccurrences(of: "id: dept\n", with: "id: dept2\n")
        for (i, s) in suppliers.enumerated() {
            let id = "c\(i + 1)"
            files["Contracts/\(s.dept)/\(id).yaml"] = (ExampleWorkspace.contractHead + "\nkpis:\n" + ExampleWorkspace.kpis + "\n")
                .replacingOccurrences(of: "id: c1\n", with: "id: \(id)\n")
                .replacingOccurrences(of: "department: dept\n", with: "department: \(s.dept)\n")
                .replacingOccurrences(of: "supplier: {name: Example Imaging Ltd}", with: "supplier: \(s.supplier)")
        }
        let loaded = WorkspaceLoader.load(files: files, ruleCatalog: RuleRegistry.catalog)
        #expect(loaded.isClean, "\(loaded.diagnostics)")
        return loaded.workspace
    }

    @Test func identifierFirstThenTheName() throws {
        let ws = try Self.workspace([
            ("dept", "{name: Example Imaging Ltd, id: GB-COH-01234567}"),
            ("dept2", "{name: Example Imaging Limited}"),  // joins the identified supplier of its name
            ("dept2", "{name: Renamed Imaging Ltd, id: gb-coh-01234567}"),  // the same identifier, another name
            ("dept", "{name: Twin Ltd, id: GB-COH-1}"),
            ("dept", "{name: Twin Ltd, id: GB-COH-2}"),
            ("dept2", "{name: Twin Limited}"),  // two identified Twins: ambiguous, so a supplier of its own
        ])
        let index = SupplierIndex(ws)
        #expect(index.suppliers.map(\.key) == ["id:GB-COH-01234567", "id:GB-COH-1", "id:GB-COH-2", "name:twin ltd"])
        let imaging = try #require(index.supplier(ofContract: "c2"))
        #expect(imaging.contracts == ["c1", "c2", "c3"] && imaging.departments == ["dept", "dept2"])
        #expect(imaging.name == "Example Imaging Ltd" && imaging.otherNames == ["Example Imaging Limited", "Renamed Imaging Ltd"])
        #expect(index.supplier(ofContract: "c6")?.identifier == nil)
    }
}
