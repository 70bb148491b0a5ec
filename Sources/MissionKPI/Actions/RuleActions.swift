/// What each rule's finding asks someone to do, in plain words, and who. A rule not listed here (a new
/// one) falls back on its title and an owner chosen by its verdict aspect; `RuleActionsTests` checks that
/// every registered rule is listed.
enum RuleActions {
    /// Rules whose actions come from the assessment itself, with their dates, rather than from the finding.
    static let fromAssessment: Set<String> = ["annual-assessment-overdue", "stale-returns"]

    static let table: [String: (ActionOwner.Role, String)] = [
        "kpis-required-over-threshold": (.contractManager, "Agree at least three KPIs with the supplier, or record why the contract is exempt."),
        "most-material-count": (.contractManager, "Choose exactly three KPIs as the most material: the annual assessment rests on them."),
        "exemption-without-reason": (.contractManager, "Record why the contract has no KPIs."),
        "annual-assessment-overdue": (.contractManager, "Make the overdue annual KPI assessment and publish it."),
        "kpi-measures-nothing": (.contractManager, "Link the KPI to the mission step or milestone it is evidence for, or replace it with one that is."),
        "contract-contributes-to-nothing": (.seniorResponsibleOwner, "Say which mission outcome the contract serves, and why."),
        "kpi-off-path": (.contractManager, "Measure a step on the contract's own path to the mission, or explain the link."),
        "coverage-gap": (.missionBoard, "Find or commission a contract KPI that gives evidence for this step."),
        "input-activity-kpi": (.contractManager, "Replace the measure of effort with one of the result it should produce, at the next contract change."),
        "no-outcome-kpis": (.contractManager, "Add at least one KPI that measures an outcome the contract exists for."),
        "kpi-too-distant": (.contractManager, "Add a KPI closer to the milestone the contract serves."),
        "effort-only-kpis": (.contractManager, "Add a KPI that measures what the contract delivers or changes, not only the effort it takes."),
        "placeholder-kpi": (.contractManager, "Write the KPI out in full: what is measured, in what unit, against which target."),
        "bare-topic-kpi": (.contractManager, "Turn the topic into a measure: what is counted, in what unit, against which target."),
        "kpi-names-no-quantity": (.contractManager, "Say what the KPI counts or measures, and in what unit."),
        "missing-unit": (.contractManager, "Complete the KPI's definition: state its unit."),
        "missing-baseline": (.contractManager, "Record the KPI's baseline: its value before the contract started."),
        "missing-target": (.contractManager, "Agree a target for the KPI."),
        "missing-target-date": (.contractManager, "Agree the date the KPI's target must be met by."),
        "missing-bands": (.contractManager, "Agree the rating bands the KPI is judged by."),
        "missing-frequency": (.contractManager, "Agree how often the supplier reports the KPI."),
        "target-not-better-than-baseline": (.contractManager, "Set a target that improves on the baseline."),
        "target-after-contract-end": (.contractManager, "Bring the KPI's target date within the contract's term."),
        "target-after-milestone": (.contractManager, "Bring the KPI's target date before the milestone it serves."),
        "bands-inconsistent-with-target": (.contractManager, "Make the KPI's rating bands agree with its target."),
        "direction-opposes-milestone": (.contractManager, "Check which way the KPI should move: it rewards the opposite of the milestone."),
        "unit-mismatch-milestone": (.contractManager, "Measure the KPI in the milestone's unit, or explain how one converts to the other."),
        "published-rating-disagrees": (.contractManager, "Check the published rating against the returns, and correct whichever is wrong."),
        "supplier-only-data": (.contractManager, "Arrange an independent check of the supplier's figures."),
        "stale-returns": (.contractManager, "Obtain the missing returns from the supplier."),
        "too-many-kpis": (.contractManager, "Cut the KPIs down to the few that matter most."),
        "watermelon": (.seniorResponsibleOwner, "Ask why the KPIs are all good while the milestone is off track, and whether they measure what it needs."),
        "waiver-incomplete": (.contractManager, "Complete the waiver: its reason, who approved it and when it expires."),
        "waiver-expired": (.contractManager, "Fix what the expired waiver covered, or have the waiver renewed."),
        "waiver-unused": (.contractManager, "Remove the waiver: what it covered has been fixed."),
        "target-weakened": (.seniorResponsibleOwner, "Explain to the board why the KPI's target was lowered, or restore it."),
        "target-date-pushed-back": (.seniorResponsibleOwner, "Explain to the board why the KPI's target date moved, or restore it."),
        "bands-loosened": (.seniorResponsibleOwner, "Explain to the board why the rating bands were loosened, or restore them."),
        "baseline-changed": (.contractManager, "Record why the KPI's baseline changed, with its source."),
        "kpi-removed": (.seniorResponsibleOwner, "Explain to the board why the KPI was removed or replaced."),
        "kpi-redefined": (.contractManager, "Record why the KPI was redefined, and how its returns compare before and after."),
        "most-material-changed": (.seniorResponsibleOwner, "Explain why the most-material KPIs changed before the annual assessment."),
        "milestone-target-weakened": (.missionBoard, "Say publicly why the milestone's target was lowered."),
        "milestone-date-pushed-back": (.missionBoard, "Say publicly why the milestone's date moved."),
        "milestone-removed": (.missionBoard, "Say publicly why the milestone was removed."),
        "contribution-dropped": (.seniorResponsibleOwner, "Explain why the contract no longer serves the mission outcome it served."),
        "measures-dropped": (.contractManager, "Link the KPI back to what it measures, or explain why it no longer does."),
        "waiver-extended": (.contractManager, "Explain why the waiver was extended, and when the problem it covers will be fixed."),
        "no-contract-owner": (.department, "Name a contract manager and a senior responsible owner for the contract."),
        "owner-outside-department": (.department, "Give the contract an owner in the department that holds it."),
        "non-specialist-high-value": (.department, "Give the contract a manager accredited in contract management."),
        "accreditation-below-tier": (.department, "Have the manager accredited to the level the contract's tier needs, or reassign it."),
        "accreditation-lapsed": (.department, "Renew the manager's accreditation."),
        "manager-grade-below-floor": (.department, "Reassign the contract to a manager of the grade its tier needs."),
        "manager-is-sro": (.department, "Separate the roles: the senior responsible owner should not also manage the contract."),
        "manager-overloaded": (.department, "Rebalance the manager's contracts."),
        "department-non-specialist-share": (.department, "Move high-value contracts to managers accredited in contract management."),
    ]

    /// Who acts on a finding of `rule`, and what they do.
    static func action(for rule: String, family: RuleFamily) -> (ActionOwner.Role, String) {
        if let known = table[rule] { return known }
        let title = RuleRegistry.rule(rule)?.description.title ?? rule
        let role: ActionOwner.Role
        switch VerdictAspect.of(rule: rule, family: family) {
        case .alignment, .data, .performance: role = .contractManager
        case .outcomes: role = .seniorResponsibleOwner
        case .management: role = .department
        }
        return (role, "Deal with this: \(title.prefix(1).lowercased() + title.dropFirst()).")
    }
}
