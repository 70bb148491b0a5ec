/// A KPI's `measures` link of the earlier revision is gone or points elsewhere.
struct MeasuresDropped: Rule {
    static let description = RuleDescription(
        id: "measures-dropped",
        title: "KPI measures link dropped",
        summary:
            "Since the earlier revision, a KPI stopped measuring the mission node or milestone it named in `measures` (removed, or pointed elsewhere).",
        rationale: """
            A KPI's `measures` link is what makes it evidence for a mission: its ratings roll up to the node \
            or milestone it names, and a good rating against an off-track milestone is a watermelon. Unlinking \
            a poorly rated KPI (or moving it to a node that is doing well) changes the mission's picture \
            without changing anything for the public; the board should see it.
            """,
        family: .changes,
        severity: .warning,
        triggering: [
            RuleExample(before: .init(kpi: ChangeMatch.exampleKPI()), kpi: ChangeMatch.exampleKPI(["measures": nil])),
            RuleExample(before: .init(kpi: ChangeMatch.exampleKPI()), kpi: ChangeMatch.exampleKPI(["measures": "demo/other-branch"])),
        ],
        nonTriggering: [
            RuleExample(before: .init(kpi: ChangeMatch.exampleKPI()), kpi: ChangeMatch.exampleKPI()),
            RuleExample(before: .init(kpi: ChangeMatch.exampleKPI(["measures": nil])), kpi: ChangeMatch.exampleKPI()),
        ]
    )

    func check(_ context: RuleContext) -> [Finding] {
        ChangeMatch.kpis(context).compactMap { c, k, before -> Finding? in
            guard let was = before.measures, k.measures?.description != was else { return nil }
            let now = k.measures.map { "now measures '\($0)'" } ?? "no longer measures anything"
            return context.finding(
                "the KPI '\(k.id)' \(now); it measured '\(was)' in the earlier revision",
                at: k.locations.has("measures") ? k.locations["measures"] : k.locations["id"], subject: .kpi(c.id, k.id),
                fix:
                    "restore 'measures: \(was)' if the KPI still evidences it; otherwise record the board's agreement with a waiver of 'measures-dropped' on the KPI"
            )
        }
    }
}
