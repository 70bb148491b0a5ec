/// A theory-of-change node or milestone that no contract KPI evidences.
struct CoverageGap: Rule {
    static let description = RuleDescription(
        id: "coverage-gap",
        title: "Theory-of-change step with no KPI evidence",
        summary: "A node or milestone of a mission's theory of change is measured by no contract KPI.",
        rationale: """
            The IfG asks mission boards to back milestones with theories of change and to know the key ways \
            procurement supports each one. A step that contracts pay for but no KPI measures is a blind spot: the \
            board cannot tell whether the spending moves it. Activity-level steps are often done in house and are \
            left out by default (option `levels`).
            """,
        family: .linkage,
        severity: .info,
        options: [RuleOptionSpec("levels", "Which steps need evidence: node levels and/or `milestone`.", default: .list(["output", "outcome", "impact", "milestone"]))],
        triggering: [RuleExample()],  // `other-branch` (an output) is measured by no KPI in the example workspace.
        nonTriggering: [RuleExample(files: ["missionkpi.yaml": "rules:\n  coverage-gap: {levels: [impact]}\n"])]
    )

    func check(_ context: RuleContext) -> [Finding] {
        let levels = Set(context.list("levels"))
        var measured = Set<OutcomeRef>()
        for c in context.workspace.contracts { for k in c.kpis { if let m = k.measures { measured.insert(m) } } }
        var out: [Finding] = []
        for mission in context.workspace.missions {
            if levels.contains("milestone") {
                for m in mission.milestones where !measured.contains(OutcomeRef(mission: mission.id, id: m.id)) {
                    out.append(context.finding(
                        "no contract KPI measures the milestone '\(m.id)' directly",
                        at: m.locations["id"], subject: .mission(mission.id, item: m.id),
                        fix: "link an outcome KPI of a contributing contract to it ('measures: \(mission.id)/\(m.id)'), or accept the gap with the board"))
                }
            }
            for n in mission.theoryOfChange where levels.contains(n.level.rawValue) {
                guard !measured.contains(OutcomeRef(mission: mission.id, id: n.id)) else { continue }
                out.append(context.finding(
                    "no contract KPI measures the \(n.level.rawValue) '\(n.id)' (\(n.statement))",
                    at: n.locations["id"], subject: .mission(mission.id, item: n.id),
                    fix: "give a contract that delivers this step a KPI with 'measures: \(mission.id)/\(n.id)'"))
            }
        }
        return out
    }
}
