import MissionKPI
import Testing

@testable import MissionKPIPublish

/// `explain RULE` shows the few lines an example changes in the example workspace, not whole copies.
@Suite struct ExplainDiffTests {
    @Test func aLineDiffKeepsOneLineOfContext() {
        let d = RuleExampleDiff.diff(["a", "b", "c", "d", "e"], ["a", "b", "x", "d", "e"], context: 1)
        #expect(d == ["…", "  b", "- c", "+ x", "  d", "…"])
        #expect(RuleExampleDiff.diff([], ["new"], context: 1) == ["+ new"])
        #expect(RuleExampleDiff.diff(["same"], ["same"], context: 1).isEmpty)
    }

    @Test func watermelonShowsTheLinesThatMakeItFire() {
        let text = RulesReference.explain(RuleRegistry.rule("watermelon")!)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count <= 45, "explain watermelon is \(lines.count) lines")
        #expect(text.contains("-       - {value: 66, date: 2026-09-30}") && text.contains("+       - {value: 61, date: 2026-09-30}"))
        #expect(text.contains("+ c1,within-6-weeks,2026-10,70"))
        #expect(!text.contains("title: Shorter waits for treatment"), "the unchanged mission is copied whole")
    }

    @Test func everyRuleIsExplainedInAScreenOrTwo() {
        for rule in RuleRegistry.all {
            let text = RulesReference.explain(rule)
            #expect(text.split(separator: "\n").count <= 80, "\(rule.description.id): \(text.split(separator: "\n").count) lines")
            // Every example that changes something shows at least one changed line.
            for e in rule.description.triggering + rule.description.nonTriggering {
                for change in RuleExampleDiff.changes(e) where !change.lines.isEmpty {
                    #expect(change.lines.contains { $0.hasPrefix("+ ") || $0.hasPrefix("- ") }, "\(rule.description.id): \(change.caption)")
                }
            }
        }
    }
}
