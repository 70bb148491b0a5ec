import Foundation
import MissionKPI

/// Three rules with fixed words, so the golden files change only when a renderer changes, never
/// when a real rule's wording does. Their texts carry commas, quotes, pipes and a leading `=`.
public struct GoldenSupplierData: Rule {
    public init() {}

    public static let description = RuleDescription(
        id: "golden-supplier-data", title: "Golden supplier-only data",
        summary: "A KPI reported by the supplier alone.",
        rationale: "Test rule for the golden files: a figure nobody but the supplier can check is weak evidence.",
        family: .data, severity: .warning,
        options: [RuleOptionSpec("min_kpis", "Only contracts with at least this many KPIs.", default: .number(0))],
        triggering: [RuleExample(kpi: "id: x\ntitle: X\nlevel: outcome\ndirection: increase\ndata_source: supplier")],
        nonTriggering: [RuleExample()])

    public func check(_ context: RuleContext) -> [Finding] {
        context.workspace.contracts.filter { Double($0.kpis.count) >= context.number("min_kpis") }.flatMap { c in
            c.kpis.filter { $0.dataSource == .supplier }.map { k in
                context.finding(
                    "the KPI '\(k.id)' is reported by \"the supplier\" alone, so nobody can check it | yet",
                    at: k.locations["data_source"], subject: .kpi(c.id, k.id), fix: "-name an independent source, such as an audit")
            }
        }
    }
}

/// An error on every gold-tier contract.
public struct GoldenGoldTier: Rule {
    public init() {}

    public static let description = RuleDescription(
        id: "golden-gold-tier", title: "Golden gold tier", summary: "A gold-tier contract.",
        rationale: "Test rule for the golden files: fires on every gold-tier contract, as an error.",
        family: .statutory, severity: .error, triggering: [RuleExample()], nonTriggering: [RuleExample(contract: "id: c1")])

    public func check(_ context: RuleContext) -> [Finding] {
        context.workspace.contracts.filter { $0.tier == "gold" }.map { c in
            context.finding("the contract is gold tier, worth watching", at: c.locations["tier"], subject: .contract(c.id), fix: "watch it")
        }
    }
}

/// An info note on every milestone.
public struct GoldenMilestoneNote: Rule {
    public init() {}

    public static let description = RuleDescription(
        id: "golden-milestone-note", title: "Golden milestone note", summary: "Every milestone gets a note.",
        rationale: "Test rule for the golden files: a note on each milestone, so missions lose points too.",
        family: .linkage, severity: .info, triggering: [RuleExample()],
        nonTriggering: [RuleExample(files: ["Missions/demo.yaml": "id: demo"])])

    public func check(_ context: RuleContext) -> [Finding] {
        context.workspace.missions.flatMap { m in
            m.milestones.map { ms in
                context.finding(
                    "=the milestone '\(ms.id)' <needs> evidence & more", at: ms.locations["id"], subject: .mission(m.id, item: ms.id),
                    fix: "link a KPI to it", key: ms.id)
            }
        }
    }
}

/// The golden fixture: the example workspace with a supplier-data KPI on `c1`, a second gold
/// contract `c2` whose tier finding is waived, a rule option of the wrong type, and a baseline holding
/// `c1`'s tier finding.
public enum FindingsFixture {
    public static let rules: [any Rule] = [GoldenGoldTier(), GoldenMilestoneNote(), GoldenSupplierData()]
    public static let catalog = Dictionary(uniqueKeysWithValues: rules.map { ($0.description.id, $0.description.options.map(\.name)) })
    public static let asOf = Day(year: 2026, month: 11, day: 24)!

    public static var files: [String: String] {
        var files = ExampleWorkspace.files
        files["missionkpi.yaml"] = "rules:\n  golden-supplier-data: {min_kpis: lots}\n  golden-milestone-note: info\n"
        files["Contracts/dept/c1.yaml"]! = files["Contracts/dept/c1.yaml"]!.replacingOccurrences(
            of: "data_source: authority", with: "data_source: supplier")
        files["Contracts/dept/c2.yaml"] = """
            id: c2
            title: Radiographer training, "fast track"
            department: dept
            supplier: {name: Example Training Ltd}
            value: {amount: 900000, currency: GBP, includes_vat: true}
            period: {start: 2025-01-01, end: 2027-12-31}
            tier: gold
            manager: p-spec
            senior_responsible_owner: p-sro
            contributes_to:
              - node: demo/recruit
            waivers:
              - rule: golden-gold-tier
                reason: Gold by policy until the 2027 re-tiering.
                approved_by: p-sro
                expires: 2027-03-31
            kpis:
              - id: trained
                title: Radiographers trained
                level: output
                measures: demo/recruit
                direction: increase
                data_source: supplier

            """
        return files
    }

    /// The workspace, which must load cleanly.
    public static func workspace() throws -> Workspace {
        let loaded = WorkspaceLoader.load(files: files, ruleCatalog: catalog)
        guard loaded.diagnostics.isEmpty else { throw FixtureError(problems: loaded.diagnostics.map(\.description)) }
        return loaded.workspace
    }

    /// The report rendered by every golden file.
    public static func report() throws -> (AlignmentReport, Workspace) {
        let ws = try workspace()
        let assessment = Assessor.assess(ws, observations: .empty, asOf: asOf)
        let first = AlignmentEngine.run(ws, assessment: assessment, asOf: asOf, rules: rules)
        let baseline = FindingBaseline(findings: first.findings.filter { $0.subject == .contract("c1") })
        return (AlignmentEngine.run(ws, assessment: assessment, asOf: asOf, rules: rules, baseline: baseline), ws)
    }
}

/// A fixture that did not load cleanly: its problems.
public struct FixtureError: Error, CustomStringConvertible {
    public var problems: [String]
    public var description: String { problems.joined(separator: "\n") }
}
