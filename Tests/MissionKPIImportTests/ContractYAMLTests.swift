import Foundation
import Testing

@testable import MissionKPI
@testable import MissionKPIImport

/// The contract writer loses nothing: every sample contract, written and read back, is the same contract.
@Suite struct ContractYAMLTests {
    static let root = ImportFixtures.repositoryRoot

    @Test func everySampleContractReadsBackTheSame() throws {
        let ws = try WorkspaceLoader.load(at: Self.root).workspace
        #expect(ws.contracts.count >= 40)
        for c in ws.contracts {
            let text = ContractYAML.contract(c)
            let (back, diagnostics) = WorkspaceLoader.decodeContract(Array(text.utf8), path: "\(c.id).yaml", folder: c.department)
            #expect(diagnostics.isEmpty, "\(c.id): \(diagnostics.map(\.description))")
            #expect(back.map(Stripped.contract) == Stripped.contract(c), "\(c.id) changed on the way:\n\(text)")
        }
    }

    @Test func awkwardTextsReadBackExactly() throws {
        let texts = [
            "1", "007", "true", "null", "~", "", " leading", "trailing ", "a: b", "a #b", "- item", "#tag", "'quoted'", "\"dq\"",
            "line\nbreak", "tab\there", "cr\rhere", "\u{2028}sep", "nel\u{85}x", "bom\u{FEFF}", "£5m – “KPI” ✓", "back\\slash",
            "2026-08-10", "1e3", "{a}", "[b]", "Barnardo's", "% of Participants", "@home", "*star", "&anchor", "!tag", "|pipe", ">fold",
            "nul\u{0}x", "del\u{7F}x", "c1\u{9B}x",
        ]
        for t in texts {
            var k = try #require(ImportFixtures.kpi(title: t))
            k.description = t
            let c = ImportFixtures.contract(title: t, kpis: [k])
            let text = ContractYAML.contract(c)
            let (back, diagnostics) = WorkspaceLoader.decodeContract(Array(text.utf8), path: "\(c.id).yaml", folder: c.department)
            #expect(diagnostics.isEmpty, "\(t.debugDescription): \(diagnostics.map(\.description))\n\(text)")
            #expect(
                back?.title == t && back?.kpis.first?.title == t && back?.kpis.first?.description == t, "\(t.debugDescription)\n\(text)")
        }
    }
}

/// Model values with every source location blanked, so values read from different files compare equal.
enum Stripped {
    static let none = FieldLocations(file: "", mark: Mark(line: 0, column: 0))

    static func contract(_ c: Contract) -> Contract {
        var c = c
        c.locations = none
        c.kpis = c.kpis.map(kpi)
        c.waivers = c.waivers.map(waiver)
        c.contributesTo = c.contributesTo.map {
            var x = $0; x.locations = none; return x
        }
        c.source?.locations = none
        return c
    }

    static func kpi(_ k: KPI) -> KPI {
        var k = k
        k.locations = none
        k.baseline?.locations = none
        k.target?.locations = none
        k.bands?.locations = none
        k.waivers = k.waivers.map(waiver)
        return k
    }

    static func waiver(_ w: Waiver) -> Waiver {
        var w = w
        w.locations = none
        return w
    }
}
