import Foundation
import Testing

@testable import MissionKPI

/// The sample workspace shows what the alignment engine exists to find: each rule's findings on the
/// sample, as at 2026-11-24 with the sample's returns, are pinned at their exact places.
@Suite struct SampleFindingsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../..").standardized.path
    static let asOf = Day(year: 2026, month: 11, day: 24)!

    /// The sample's returns (or those of the workspace at `root`), read and validated as `record` does,
    /// later files correcting earlier ones.
    static func observations(_ ws: Workspace, root: String = root) throws -> ObservationSet {
        let validator = ReturnsValidator(workspace: ws)
        var all: [Observation] = []
        var versions: [String: Int] = [:]
        let files = try #require(FileManager.default.enumerator(atPath: root + "/Contracts")).compactMap { $0 as? String }
        for file in files.sorted() where file.hasSuffix(".csv") {
            let path = "Contracts/" + file
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: root + "/" + path)))
            let parsed = validator.validate(bytes, path: path)
            #expect(parsed.isValid, "\(path) does not record: \(parsed.diagnostics.prefix(3).map(\.description))")
            for row in parsed.rows {
                let key = "\(row.contract)/\(row.kpi)/\(row.period.text)"
                versions[key, default: 0] += 1
                all.append(Observation(
                    contract: row.contract, kpi: row.kpi, period: row.period, value: row.value, note: row.note,
                    version: versions[key]!, provenance: Provenance(file: path, row: row.row, sha256: "", recordedAt: "")))
            }
        }
        return ObservationSet(allVersions: all)
    }

    static func report() throws -> AlignmentReport {
        let loaded = try WorkspaceLoader.load(at: root, ruleCatalog: RuleRegistry.catalog)
        #expect(loaded.isClean, "the sample does not load: \(loaded.diagnostics.prefix(3).map(\.description))")
        let ws = loaded.workspace
        let assessment = Assessor.assess(ws, observations: try observations(ws), asOf: asOf)
        return AlignmentEngine.run(ws, assessment: assessment, asOf: asOf)
    }

    /// One finding per rule, at its exact place (the first of the rule's findings, in file order).
    static let pinned: [(rule: String, at: String)] = [
        ("accreditation-below-tier", "Contracts/dfe/dfe-2025-0022.yaml:11:10"),
        ("accreditation-lapsed", "Contracts/dhsc/dhsc-2025-0256.yaml:11:10"),
        ("bare-topic-kpi", "Contracts/mhclg/mhclg-2026-0301.yaml:18:12"),
        ("effort-only-kpis", "Contracts/mhclg/mhclg-2026-0301.yaml:16:3"),
        ("kpi-names-no-quantity", "Contracts/mhclg/mhclg-2026-0301.yaml:26:12"),
        ("placeholder-kpi", "Contracts/mhclg/mhclg-2026-0301.yaml:43:12"),
        ("annual-assessment-overdue", "Contracts/home-office/home-office-2023-0112.yaml:19:3"),
        ("bands-inconsistent-with-target", "Contracts/desnz/desnz-2025-0125.yaml:25:19"),
        ("contract-contributes-to-nothing", "Contracts/cabinet-office/cabinet-office-2025-0401.yaml:3:5"),
        ("coverage-gap", "Missions/clean-power.yaml:48:9"),
        ("department-non-specialist-share", "Contracts/dft/department.yaml:6:5"),
        ("direction-opposes-milestone", "Contracts/home-office/home-office-2025-0067.yaml:61:16"),
        ("exemption-without-reason", "Contracts/cabinet-office/cabinet-office-2025-0418.yaml:13:16"),
        ("input-activity-kpi", "Contracts/dhsc/dhsc-2025-0229.yaml:23:12"),
        ("kpi-measures-nothing", "Contracts/cabinet-office/cabinet-office-2025-0401.yaml:16:9"),
        ("kpi-off-path", "Contracts/dhsc/dhsc-2025-0190.yaml:62:15"),
        ("kpi-too-distant", "Contracts/mhclg/mhclg-2025-0205.yaml:21:15"),
        ("kpis-required-over-threshold", "Contracts/mhclg/mhclg-2024-0233.yaml:19:3"),
        ("manager-grade-below-floor", "Contracts/home-office/home-office-2025-0044.yaml:11:10"),
        ("manager-is-sro", "Contracts/desnz/desnz-2025-0133.yaml:12:27"),
        ("manager-overloaded", "Contracts/dhsc/department.yaml:30:9"),
        ("missing-bands", "Contracts/mhclg/mhclg-2025-0219.yaml:29:9"),
        ("missing-baseline", "Contracts/dft/dft-2024-0341.yaml:53:9"),
        ("missing-frequency", "Contracts/home-office/home-office-2025-0079.yaml:30:9"),
        ("missing-target", "Contracts/mhclg/mhclg-2025-0219.yaml:17:9"),
        ("missing-target-date", "Contracts/desnz/desnz-2025-0125.yaml:36:13"),
        ("missing-unit", "Contracts/home-office/home-office-2025-0079.yaml:17:9"),
        ("most-material-count", "Contracts/mhclg/mhclg-2025-0240.yaml:18:3"),
        ("no-contract-owner", "Contracts/dft/dft-2025-0334.yaml:3:1"),
        ("no-outcome-kpis", "Contracts/dhsc/dhsc-2025-0229.yaml:14:11"),
        ("non-specialist-high-value", "Contracts/dft/dft-2024-0315.yaml:11:10"),
        ("owner-outside-department", "Contracts/dfe/dfe-2025-0066.yaml:11:10"),
        ("stale-returns", "Contracts/dhsc/dhsc-2025-0208.yaml:38:16"),
        ("supplier-only-data", "Contracts/desnz/desnz-2025-0151.yaml:27:18"),
        ("target-after-contract-end", "Contracts/desnz/desnz-2023-0140.yaml:24:31"),
        ("target-after-milestone", "Contracts/dfe/dfe-2025-0041.yaml:49:31"),
        ("target-not-better-than-baseline", "Contracts/dfe/dfe-2023-0078.yaml:37:13"),
        ("too-many-kpis", "Contracts/desnz/desnz-2024-0117.yaml:20:3"),
        ("unit-mismatch-milestone", "Contracts/home-office/home-office-2025-0044.yaml:46:11"),
        ("waiver-expired", "Contracts/home-office/home-office-2025-0093.yaml:47:18"),
        ("waiver-incomplete", "Contracts/mhclg/mhclg-2023-0248.yaml:68:9"),
        ("waiver-unused", "Contracts/desnz/desnz-2025-0151.yaml:54:15"),
        ("watermelon", "Contracts/dhsc/dhsc-2024-0087.yaml:16:11"),
    ]

    /// Rules the sample cannot show: its tracker holds only the returns `publish` records, and published
    /// UK9 assessments come from `import ocds` (RuleExampleTests and PublishedComparisonTests cover them).
    static let notOnSample: Set<String> = ["published-rating-disagrees"]

    @Test func findingsFromAtLeastTwentyRules() throws {
        let rules = Set(try Self.report().findings.map(\.ruleID))
        #expect(rules.count >= 20, "only \(rules.count) rules fire on the sample: \(rules.sorted())")
    }

    @Test func eachPinnedFindingStandsAtItsPlace() throws {
        let report = try Self.report()
        let actual = Set(report.findings.map { "\($0.ruleID) \($0.location)" })
        // The changes rules compare two revisions; their findings are pinned by ChangesHistoryTests on a git history.
        let judged = RuleRegistry.all.filter { $0.description.family != .changes }
        #expect(
            Set(Self.pinned.map(\.rule)).union(Self.notOnSample) == Set(judged.map(\.description.id)), "every rule is pinned")
        for pin in Self.pinned {
            #expect(actual.contains("\(pin.rule) \(pin.at)"), "expected [\(pin.rule)] at \(pin.at)")
        }
    }

    @Test func everyPlantedRuleFiresInThatFile() throws {
        let report = try Self.report()
        let standingOrWaived = report.findings + report.waived
        let files = try #require(FileManager.default.enumerator(atPath: Self.root + "/Contracts")).compactMap { $0 as? String }
        for file in files.sorted() where file.hasSuffix(".yaml") {
            let path = "Contracts/" + file
            let text = try String(contentsOfFile: Self.root + "/" + path, encoding: .utf8)
            for line in text.split(separator: "\n") {
                guard let range = line.range(of: "planted: ") else { continue }
                let id = String(line[range.upperBound...].prefix { $0.isLetter || $0.isNumber || $0 == "-" })
                guard RuleRegistry.catalog[id] != nil else { continue }
                let department = "Contracts/" + file.split(separator: "/")[0] + "/"
                #expect(
                    standingOrWaived.contains { $0.ruleID == id && $0.location.file.hasPrefix(department) },
                    "\(path) plants \(id), but the engine finds none in \(department)")
            }
        }
    }
}
