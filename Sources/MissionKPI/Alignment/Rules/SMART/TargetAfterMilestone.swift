/// A KPI target dated after the milestone it serves.
struct TargetAfterMilestone: Rule {
    static let description = RuleDescription(
        id: "target-after-milestone",
        title: "Target date after the milestone it serves",
        summary: "A KPI's target date falls after the target date of every milestone its measure leads to.",
        rationale: """
            Milestones are the dated commitments of a mission (Plan for Change, December 2024). A KPI whose target \
            lands after the milestone it serves cannot help meet it on time (IfG, The Role of Procurement in \
            Delivering Mission-Led Government).
            """,
        family: .smart,
        severity: .warning,
        triggering: [RuleExample(kpi: MissingField.exampleKPI(without: "target") + "\ntarget: {value: 95, date: 2029-06-30}", files: ["Contracts/dept/c1.yaml": ExampleWorkspace.files["Contracts/dept/c1.yaml"]!.replacingOccurrences(of: "end: 2029-03-31", with: "end: 2030-03-31")])],
        nonTriggering: [RuleExample()]
    )

    func check(_ context: RuleContext) -> [Finding] {
        // Many KPIs measure the same node: its latest milestone is found once.
        var latestServed: [OutcomeRef: (OutcomeRef, Day)?] = [:]
        func latest(_ m: OutcomeRef) -> (OutcomeRef, Day)? {
            if let known = latestServed[m] { return known }
            let served = context.graph.milestones(reachedFrom: m).compactMap { ref in
                context.workspace.milestone(ref).flatMap { ms in ms.target.date.map { (ref, $0) } }
            }
            let found = served.max(by: { $0.1 < $1.1 })
            latestServed[m] = .some(found)
            return found
        }
        return context.workspace.contracts.flatMap { c in
            c.kpis.compactMap { k -> Finding? in
                guard let d = k.target?.date, let m = k.measures else { return nil }
                guard let latest = latest(m), d > latest.1 else { return nil }
                return context.finding(
                    "the KPI '\(k.id)' has its target date \(d)\(k.inferredNote(.target)) after the milestone '\(latest.0)' it serves is due (\(latest.1))",
                    at: k.target!.locations["date"], subject: .kpi(c.id, k.id),
                    fix: "set the KPI's target date on or before \(latest.1), with a trajectory that gets there")
            }
        }
    }
}
