/// A mission milestone's target date moved later, or removed.
struct MilestoneDatePushedBack: Rule {
    static let description = RuleDescription(
        id: "milestone-date-pushed-back",
        title: "Milestone date pushed back",
        summary: "Since the earlier revision, a mission milestone's target date moved later or was removed.",
        rationale: """
            A milestone says what the country gets and by when (Plan for Change, December 2024). Moving its \
            date back changes every trajectory judged against it: an off-track milestone can turn on track \
            overnight, and the watermelons served by it disappear. The board should see the new date beside \
            the old one, with the decision cited in the mission's sources.
            """,
        family: .changes,
        severity: .error,
        triggering: [
            RuleExample(
                before: .base,
                files: [
                    "Missions/demo.yaml": ExampleWorkspace.mission.replacing(
                        "target: {value: 92, date: 2029-03-31}", with: "target: {value: 92, date: 2030-03-31}")
                ])
        ],
        nonTriggering: [
            RuleExample(before: .base),
            RuleExample(
                before: .base,
                files: [
                    "Missions/demo.yaml": ExampleWorkspace.mission.replacing(
                        "target: {value: 92, date: 2029-03-31}", with: "target: {value: 92, date: 2028-12-31}")
                ]),
        ]
    )

    func check(_ context: RuleContext) -> [Finding] {
        ChangeMatch.milestones(context).compactMap { m, ms, before -> Finding? in
            guard let was = before.target.date else { return nil }
            guard let now = ms.target.date else {
                return context.finding(
                    "the target of the milestone '\(ms.id)' no longer has a date (it was due by \(was))",
                    at: ms.target.locations.location, subject: .mission(m.id, item: ms.id),
                    fix: "restore the date \(was), or cite the decision that changed it in the mission's sources")
            }
            guard now > was else { return nil }
            return context.finding(
                "the target date of the milestone '\(ms.id)' was pushed back from \(was) to \(now) (\(TargetDatePushedBack.span(was, now)) later) since the earlier revision",
                at: ms.target.locations["date"], subject: .mission(m.id, item: ms.id),
                fix: "restore the date \(was), or cite the decision that changed it in the mission's sources")
        }
    }
}
