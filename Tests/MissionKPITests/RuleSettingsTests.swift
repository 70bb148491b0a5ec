import Foundation
import Testing

@testable import MissionKPI

/// `missionkpi.yaml` rule settings end to end: ids and options checked against the registry with
/// "did you mean", severities and options applied by the engine, wrong option types reported.
@Suite struct RuleSettingsTests {
    static let asOf = Day(year: 2026, month: 11, day: 24)!

    func load(_ settings: String) -> LoadResult {
        var files = ExampleWorkspace.files
        files["missionkpi.yaml"] = settings
        return WorkspaceLoader.load(files: files, ruleCatalog: RuleRegistry.catalog)
    }

    func run(_ settings: String) -> AlignmentReport {
        let ws = load(settings).workspace
        return AlignmentEngine.run(
            ws, assessment: Assessor.assess(ws, observations: .empty, asOf: Self.asOf), asOf: Self.asOf, rules: [TooManyKPIs()])
    }

    @Test func anUnknownRuleIdSuggestsTheNearest() {
        let d = load("rules:\n  too-many-kpi: {max: 2}\n").diagnostics.map(\.description)
        #expect(d.count == 1)
        #expect(d.first?.hasPrefix("missionkpi.yaml:2:") == true)
        #expect(d.first?.contains("error: unknown rule 'too-many-kpi' in 'rules'; did you mean 'too-many-kpis'?") == true, "\(d)")
    }

    @Test func anUnknownOptionSuggestsTheNearest() {
        let d = load("rules:\n  too-many-kpis: {severity: error, maxx: 2}\n").diagnostics.map(\.description)
        #expect(d.count == 1)
        #expect(d.first?.hasPrefix("missionkpi.yaml:2:") == true)
        #expect(d.first?.contains("error: unknown option 'maxx' for rule 'too-many-kpis'; did you mean 'max'?") == true, "\(d)")
    }

    @Test func aBadSeveritySuggestsTheNearest() {
        let d = load("rules:\n  too-many-kpis: warnig\n").diagnostics.map(\.description)
        #expect(d.count == 1)
        #expect(d.first?.contains("did you mean 'warning'?") == true, "\(d)")
    }

    @Test func severityAndOptionsApply() {
        #expect(run("").findings.isEmpty)
        let set = run("rules:\n  too-many-kpis: {severity: error, max: 2}\n")
        #expect(set.findings.map(\.severity) == [.error])
        #expect(set.findings.first?.message.contains("more than 2") == true)
        #expect(run("rules:\n  too-many-kpis: {severity: off, max: 2}\n").findings.isEmpty)
        #expect(run("rules:\n  too-many-kpis: off\n").findings.isEmpty)
        #expect(run("rules:\n  too-many-kpis: {max: 2}\n").findings.map(\.severity) == [.warning])
    }

    @Test func anOptionOfTheWrongTypeIsAConfigurationError() {
        let report = run("rules:\n  too-many-kpis: {max: lots}\n")
        #expect(report.findings.isEmpty)
        #expect(
            report.configurationErrors.map(\.description) == [
                "missionkpi.yaml:2:24: error: option 'max' of rule 'too-many-kpis' must be a number (default: 10); the default was used"
            ])
    }
}
