import Foundation
import MissionKPITestSupport
import Testing

@testable import MissionKPI
@testable import MissionKPIPublish

/// The generated rules reference: the committed `Documentation/Rules.md` is current, and every rule
/// is listed, explained and described.
@Suite struct RulesReferenceTests {
    static let committed = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Documentation/Rules.md").standardized.path

    @Test func committedReferenceIsCurrent() throws {
        try GoldenFile.check(RulesReference.markdown(), path: Self.committed)
    }

    @Test func everyRuleIsListedAndExplained() throws {
        let page = RulesReference.markdown()
        let list = RulesReference.text()
        let json = try #require(try JSONSerialization.jsonObject(with: Data(RulesReference.json().utf8)) as? [[String: Any]])
        #expect(json.count == RuleRegistry.all.count)
        for rule in RuleRegistry.all {
            let d = rule.description
            #expect(page.contains("\n### \(d.id)\n"), "\(d.id) has no section")
            #expect(page.contains("[`\(d.id)`](#\(d.id))"), "\(d.id) is not in the table")
            #expect(list.contains("  \(d.id) "), "\(d.id) is not listed")
            let explained = RulesReference.explain(rule)
            #expect(explained.hasPrefix("\(d.id): \(d.title)\n"))
            #expect(explained.contains(String(d.rationale.prefix(30))))
        }
    }

    @Test func explainShowsOptionsAFindingAndExamples() throws {
        let text = RulesReference.explain(TooManyKPIs())
        #expect(text.contains("  max (default 10): The most KPIs a contract may carry.\n"))
        #expect(text.contains("warning: [too-many-kpis] the contract has 3 KPIs, more than 2"))
        // The example as the lines it changes in the example workspace.
        #expect(text.contains("Triggers:\n  # missionkpi.yaml\n"), "\(text)")
        #expect(text.contains("  + rules:\n  +   too-many-kpis: {max: 2}\n"), "\(text)")
        #expect(text.contains("Does not trigger (1 of 2): The example workspace as it is.\n"))
    }

    @Test func theListShowsTheWorkspaceSetting() throws {
        var settings = Settings()
        settings.rules["too-many-kpis"] = RuleSetting(
            severity: nil, isOff: true, options: [:], locations: FieldLocations(file: "missionkpi.yaml", mark: Mark(line: 1, column: 1)))
        #expect(RulesReference.text(settings: settings).contains("  Too many KPIs (set to off)\n"))
        #expect(RulesReference.explain(TooManyKPIs(), settings: settings).contains("this workspace sets it to off"))
    }

    @Test func namesAreUpperCamel() {
        #expect(RulesReference.upperCamel("Too many KPIs") == "TooManyKPIs")
        #expect(RulesReference.upperCamel("Contract over £5m without three KPIs") == "ContractOver5mWithoutThreeKPIs")
        #expect(RulesReference.upperCamel("s.52 exemption") == "S52Exemption")
    }
}
