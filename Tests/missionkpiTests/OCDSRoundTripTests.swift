import Foundation
import MissionKPI
import MissionKPIStore
import Testing

/// import(export(workspace)): what `export ocds` writes, `import ocds` reads back into an empty
/// workspace as the same KPIs (by `source_id`) and the same classifications (as published assessments).
@Suite struct OCDSRoundTripTests {
    /// The example workspace with its returns, year two (2025-10-01 to 2026-09-30) changed so that its
    /// three most material KPIs rate good, approaching target and inadequate.
    static func workspace() throws -> String {
        let ws = try PublishCommandTests.temp("roundtrip")
        let returns = ExampleWorkspace.returns.split(separator: "\n").map { line -> String in
            let cells = line.split(separator: ",").map(String.init)
            guard cells[2] >= "2025-10", cells[2] <= "2026-09" else { return String(line) }
            switch cells[1] {
            case "tests": return "c1,tests,\(cells[2]),92"
            case "within-6-weeks": return "c1,within-6-weeks,\(cells[2]),70"
            default: return String(line)
            }
        }
        var files = ExampleWorkspace.files
        files["Contracts/dept/returns/all.csv"] = "contract,kpi,period,value\n" + returns.joined(separator: "\n") + "\n"
        for (path, text) in files {
            let url = URL(fileURLWithPath: ws + "/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let r = try CLI.run(["record", "--workspace", ws, "--db", ws + "/t.sqlite"])
        #expect(r.exit == 0, "\(r.stderr)")
        return ws
    }

    @Test func importingTheExportGivesBackTheKPIsAndTheClassifications() throws {
        let ws = try Self.workspace()
        let export = try CLI.run(["export", "ocds", "--workspace", ws, "--db", ws + "/t.sqlite", "--as-of", "2026-11-24", "--out", ws + "/ocds.json"])
        #expect(export.exit == 0, "\(export.stderr)")
        #expect(export.stderr.contains("exported 1 contract release(s) and 1 UK9-ready implementation release(s)"))

        let into = try PublishCommandTests.temp("roundtrip-import")
        let imported = try CLI.run(["import", "ocds", ws + "/ocds.json", "--workspace", into])
        #expect(imported.exit == 0, "\(imported.stderr)")

        let original = try #require(WorkspaceLoader.load(at: ws, ruleCatalog: RuleRegistry.catalog).workspace.contract("c1"))
        let load = try WorkspaceLoader.load(at: into, ruleCatalog: RuleRegistry.catalog)
        #expect(load.isClean, "\(load.diagnostics.map(\.description))")
        let back = try #require(load.workspace.contracts.first { $0.source?.ocid == "ocds-xxxxxx-c1" })
        #expect(back.title == original.title)
        #expect(back.start == original.start && back.end == original.end)
        #expect(back.value.amount == original.value.amount && back.value.includesVAT == original.value.includesVAT)
        #expect(back.supplier.name == original.supplier.name)
        // The KPIs: one per agreed metric, by source_id, with their words and frequency.
        #expect(back.kpis.map(\.sourceId) == original.kpis.map { Optional($0.id) })
        for k in original.kpis {
            let b = try #require(back.kpis.first { $0.sourceId == k.id })
            #expect(b.title == k.title && b.description == k.description, "\(k.id)")
            #expect(b.frequency == k.frequency, "\(k.id)")
        }
        // The classifications: one published assessment per most material KPI for year two.
        let published = try Tracker(path: into + "/.missionkpi/tracker.sqlite", create: false).publishedAssessments()
        let byKPI = Dictionary(uniqueKeysWithValues: published.map { p in (back.kpi(p.kpi)?.sourceId ?? p.kpi, p) })
        #expect(byKPI.mapValues(\.classification) == ["tests": .slightlyBelow, "report-time": .met, "within-6-weeks": .significantlyBelow])
        for p in published {
            #expect(p.contract == back.id)
            #expect(p.periodStart == Day(parsing: "2025-10-01") && p.periodEnd == Day(parsing: "2026-09-30"))
            #expect(p.release == "c1-implementation-2026-11-24")
        }
        #expect(byKPI["tests"]?.measure == "92%" && byKPI["report-time"]?.measure == "4 days")
    }
}
