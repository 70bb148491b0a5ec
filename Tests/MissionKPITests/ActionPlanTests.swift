import Foundation
import Testing

@testable import MissionKPI

/// Who must act: every action is addressed to an owner, in plain words, with the dates the law and the
/// returns timetable set.
@Suite struct ActionPlanTests {
    static func plan() throws -> (VerdictTests.Judged, ActionPlan) {
        let j = try VerdictTests.judge(root: SampleFindingsTests.root, asOf: SampleFindingsTests.asOf)
        return (j, ActionPlan.build(j.workspace, assessment: j.assessment, alignment: j.alignment))
    }

    @Test func everyRegisteredRuleSaysWhoActsAndWhat() {
        for rule in RuleRegistry.all {
            #expect(RuleActions.table[rule.description.id] != nil, "\(rule.description.id) has no plain action in RuleActions")
        }
    }

    /// No file:line, YAML key (snake_case) or code quote in what a board reads.
    @Test func actionsAreInPlainWords() throws {
        let (_, plan) = try Self.plan()
        #expect(!plan.actions.isEmpty)
        let yamlish = try Regex(#"\b[a-z]+_[a-z_]+\b|\.yaml|:\d+:\d+|`"#)
        for a in plan.actions {
            for text in [a.what, a.why, a.dueText ?? ""] {
                #expect(text.firstMatch(of: yamlish) == nil, "not plain: \(text)")
            }
        }
    }

    @Test func theSampleActionsCarryOwnersAndDates() throws {
        let (j, plan) = try Self.plan()
        // An s.71 assessment overdue: the contract manager, with the date it was due.
        let overdue = plan.actions(contract: "home-office-2023-0112").filter { $0.overdue && $0.what.contains("annual KPI assessment") }
        #expect(!overdue.isEmpty)
        #expect(overdue.allSatisfy { $0.owner.role == .contractManager && $0.due != nil && $0.dueText?.hasPrefix("overdue since ") == true })
        // Inadequate two years running: the senior responsible owner agrees a recovery plan.
        let dft = plan.actions(contract: "dft-2024-0315")
        #expect(dft.contains { $0.owner.role == .seniorResponsibleOwner && $0.what.contains("recovery plan") })
        // Stale returns: overdue since the date the next return was due.
        let stale = plan.actions.filter { $0.what.contains("missing returns") }
        #expect(!stale.isEmpty && stale.allSatisfy { $0.due != nil && $0.overdue })
        // Ownership findings go to the department; off-track milestones to the mission board.
        #expect(plan.actions.contains { $0.owner.role == .department && $0.ruleID == "no-contract-owner" })
        #expect(plan.actions(missionItself: "nhs").contains { $0.owner.role == .missionBoard && $0.weight == 2 })
        // A mission's list holds its contracts' actions.
        let nhs = plan.actions(mission: "nhs", contracts: j.assessment.mission("nhs")?.contracts ?? [])
        #expect(nhs.contains { $0.contract == "dhsc-2024-0087" })
        // Sorted: overdue first.
        #expect(plan.actions.first?.overdue == true)
    }
}
