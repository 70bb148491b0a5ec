/// A mission milestone (or a whole mission) of the earlier revision is gone.
struct MilestoneRemoved: Rule {
    static let extra = """
          - id: tested-in-6-weeks
            title: 95% of patients tested within 6 weeks
            unit: percent
            direction: increase
            baseline: {value: 70, date: 2024-09-30}
            target: {value: 95, date: 2028-03-31}

        """

    static let description = RuleDescription(
        id: "milestone-removed",
        title: "Milestone removed",
        summary: "A milestone of the earlier revision is gone from its mission, or the mission itself is gone.",
        rationale: """
            A milestone dropped from a mission takes with it the trajectory, the watermelons and the contract \
            evidence judged against it; the Institute for Government asks boards to publish how procurement \
            supports each milestone, so one that vanishes should be visible in the review, with the decision cited.
            """,
        family: .changes,
        severity: .warning,
        triggering: [
            RuleExample(
                before: .init(files: [
                    "Missions/demo.yaml": ExampleWorkspace.mission.replacing("milestones:\n", with: "milestones:\n" + extra)
                ]))
        ],
        nonTriggering: [
            RuleExample(before: .base),
            RuleExample(
                before: .base,
                files: ["Missions/demo.yaml": ExampleWorkspace.mission.replacing("milestones:\n", with: "milestones:\n" + extra)]),
        ]
    )

    func check(_ context: RuleContext) -> [Finding] {
        guard let previous = context.previous else { return [] }
        return previous.milestones.compactMap { old -> Finding? in
            guard let m = context.workspace.mission(old.mission) else {
                return context.finding(
                    "the mission '\(old.mission)' is no longer in the workspace, and with it the milestone '\(old.id)' (\(old.title)); it was \(old.file)",
                    at: SourceLocation(file: old.file, line: 1, column: 1), subject: .mission(old.mission, item: old.id),
                    fix: "restore the mission, or record in the review why it was withdrawn", key: old.id)
            }
            guard m.milestone(old.id) == nil else { return nil }
            return context.finding(
                "the milestone '\(old.id)' (\(old.title)) was removed from the mission since the earlier revision",
                at: m.locations.has("milestones") ? m.locations["milestones"] : m.locations.location, subject: .mission(m.id, item: old.id),
                fix: "restore the milestone, or cite the decision that withdrew it in the mission's sources", key: old.id)
        }
    }
}
