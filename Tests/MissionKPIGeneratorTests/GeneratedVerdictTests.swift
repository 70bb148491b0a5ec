import Foundation
import MissionKPI
import MissionKPIGenerator
import Testing

/// On a generated workspace, as on the sample (`VerdictTests`), the verdicts agree in direction with
/// the ratings: the worse a contract's verdict, the larger the share of its KPIs rated requires
/// improvement or inadequate; and no verdict is better than any of its answers.
@Suite struct GeneratedVerdictTests {
    /// The workspace's returns, read and validated as `record` does (later files correcting earlier ones).
    static func observations(_ ws: Workspace, root: String) throws -> ObservationSet {
        let validator = ReturnsValidator(workspace: ws)
        var all: [Observation] = []
        var versions: [String: Int] = [:]
        let files = try #require(FileManager.default.enumerator(atPath: root + "/Contracts")).compactMap { $0 as? String }
        for file in files.sorted() where file.hasSuffix(".csv") {
            let path = "Contracts/" + file
            let parsed = validator.validate(try [UInt8](Data(contentsOf: URL(fileURLWithPath: root + "/" + path))), path: path)
            #expect(parsed.isValid, "\(path): \(parsed.diagnostics.prefix(3).map(\.description))")
            for row in parsed.rows {
                let key = "\(row.contract)/\(row.kpi)/\(row.period.text)"
                versions[key, default: 0] += 1
                all.append(Observation(
                    contract: row.contract, kpi: row.kpi, period: row.period, value: row.value, note: row.note, version: versions[key]!,
                    provenance: Provenance(file: path, row: row.row, sha256: "", recordedAt: "")))
            }
        }
        return ObservationSet(allVersions: all)
    }

    /// Pearson's correlation of the pairs.
    static func correlation(_ pairs: [(Double, Double)]) -> Double {
        let n = Double(pairs.count)
        let mx = pairs.reduce(0) { $0 + $1.0 } / n, my = pairs.reduce(0) { $0 + $1.1 } / n
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for (x, y) in pairs {
            sxy += (x - mx) * (y - my)
            sxx += (x - mx) * (x - mx)
            syy += (y - my) * (y - my)
        }
        return sxx > 0 && syy > 0 ? sxy / (sxx * syy).squareRoot() : 0
    }

    @Test func aGeneratedWorkspaceVerdictsAgreeWithTheEvidence() throws {
        let root = NSTemporaryDirectory() + "missionkpi-verdicts-\(UInt32.random(in: 0...UInt32.max))"
        defer { try? FileManager.default.removeItem(atPath: root) }
        _ = try WorkspaceGenerator.write(GeneratorOptions(contracts: 120, seed: 5), to: root)
        let loaded = try WorkspaceLoader.load(at: root, ruleCatalog: RuleRegistry.catalog)
        #expect(loaded.isClean)
        let ws = loaded.workspace, asOf = Day(year: 2026, month: 11, day: 24)!
        let assessment = Assessor.assess(ws, observations: try Self.observations(ws, root: root), asOf: asOf)
        let verdicts = Verdicts.judge(ws, assessment: assessment, alignment: AlignmentEngine.run(ws, assessment: assessment, asOf: asOf))
        func pairs(_ aspect: VerdictAspect?) -> [(Double, Double)] {
            ws.contracts.compactMap { c in
                let kpis = assessment.kpis(contract: c.id)
                guard !kpis.isEmpty, let v = verdicts.contract(c.id), let w = (aspect.flatMap { v.aspect($0)?.level } ?? v.overall).weight
                else { return nil }
                let poor = kpis.filter { $0.latestRating == .requiresImprovement || $0.latestRating == .inadequate }.count
                return (Double(w), Double(poor) / Double(kpis.count))
            }
        }
        #expect(pairs(nil).count >= 100)
        #expect(Self.correlation(pairs(nil)) > 0, "overall verdict against the share of poorly rated KPIs")
        #expect(Self.correlation(pairs(.performance)) > 0.3, "performance against the share of poorly rated KPIs")
        for v in verdicts.contracts + verdicts.missions {
            for a in v.aspects where a.level.weight != nil { #expect((v.overall.weight ?? 0) >= a.level.weight!, "\(v.subject)") }
        }
        // The verdicts spread over the levels the evidence supports.
        #expect(Set(verdicts.contracts.map(\.overall)).count >= 2)
    }
}
