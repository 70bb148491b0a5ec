/// A mission milestone's target lowered (for an indicator that should increase) or raised (one that should decrease).
struct MilestoneTargetWeakened: Rule {
    static let description = RuleDescription(
        id: "milestone-target-weakened",
        title: "Milestone target weakened",
        summary:
            "Since the earlier revision, a mission milestone's target asks for less: lowered for an indicator that should increase, raised for one that should decrease.",
        rationale: """
            Milestones are the mission's public promises (Plan for Change, December 2024): the national \
            figures every contract's KPIs are meant to serve. The Institute for Government asks mission boards \
            to publish how procurement supports each milestone; when the milestone itself is lowered, every \
            trajectory and watermelon judged against it changes with it. A board should take that decision in \
            the open, with the source of the new figure cited in the mission file.
            """,
        family: .changes,
        severity: .error,
        triggering: [
            RuleExample(
                before: .base,
                files: [
                    "Missions/demo.yaml": ExampleWorkspace.mission.replacing(
                        "target: {value: 92, date: 2029-03-31}", with: "target: {value: 85, date: 2029-03-31}")
                ])
        ],
        nonTriggering: [
            RuleExample(before: .base),
            RuleExample(
                before: .base,
                files: [
                    "Missions/demo.yaml": ExampleWorkspace.mission.replacing(
                        "target: {value: 92, date: 2029-03-31}", with: "target: {value: 95, date: 2029-03-31}")
                ]),
        ]
    )

    func check(_ context: RuleContext) -> [Finding] {
        ChangeMatch.milestones(context).compactMap { m, ms, before -> Finding? in
            guard ms.direction == before.direction,
                ChangeMatch.isEasier(ms.target.value, than: before.target.value, direction: ms.direction) == true
            else { return nil }
            let verb = ms.direction == .decrease ? "raised" : "lowered"
            return context.finding(
                "the target of the milestone '\(ms.id)', which should \(ms.direction.rawValue), was \(verb) from \(ChangeMatch.value(before.target.value, ms.unit)) to \(ChangeMatch.value(ms.target.value, ms.unit)) since the earlier revision",
                at: ms.target.locations["value"], subject: .mission(m.id, item: ms.id),
                fix: "restore the published target, or cite the decision that changed it in the mission's sources")
        }
    }
}
