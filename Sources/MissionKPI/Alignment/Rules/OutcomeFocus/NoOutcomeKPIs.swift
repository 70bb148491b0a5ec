import Foundation

/// A contract that serves a mission outcome but has no KPI at outcome level.
struct NoOutcomeKPIs: Rule {
    static let description = RuleDescription(
        id: "no-outcome-kpis",
        title: "No outcome KPIs",
        summary: "A contract contributes to an outcome, impact or milestone, but all its KPIs are inputs, activities or outputs (all effort: see effort-only-kpis).",
        rationale: """
            A contract linked to a mission outcome should evidence that outcome. The Institute for Government \
            asks departments to find contracts whose KPIs are poorly aligned with mission objectives or with \
            an outcomes-led approach, noting that contracting has focused on inputs and outputs (IfG, The Role \
            of Procurement in Delivering Mission-Led Government). Without one outcome KPI the contract can \
            report success while the outcome it was bought for does not move.
            """,
        family: .outcomeFocus,
        severity: .warning,
        triggering: [
            RuleExample(contract: ExampleWorkspace.contractHead.replacingOccurrences(
                of: "demo/capacity", with: "demo/faster-diagnosis") + """

                kpis:
                  - id: tests
                    title: Diagnostic tests delivered
                    level: output
                    measures: demo/capacity
                    unit: count
                    direction: increase
                """),
        ],
        nonTriggering: [
            RuleExample(),
            // Serves an output node only: output KPIs are the right level.
            RuleExample(contract: ExampleWorkspace.contractHead + """

                kpis:
                  - id: tests
                    title: Diagnostic tests delivered
                    level: output
                    measures: demo/capacity
                    unit: count
                    direction: increase
                """),
        ]
    )

    func check(_ context: RuleContext) -> [Finding] {
        let ws = context.workspace
        var out: [Finding] = []
        // Judged only when every KPI's level is known: an imported KPI without one might be the outcome.
        // A contract whose KPIs all count effort is effort-only-kpis' finding (which names the outcome served).
        for c in ws.contracts where !c.kpis.isEmpty && c.kpis.allSatisfy({ $0.level != nil && $0.level != .outcome })
            && !c.kpis.allSatisfy({ $0.level?.isEffort == true })
        {
            let served = c.contributesTo.filter { link in
                if ws.milestone(link.node) != nil { return true }
                guard let level = ws.node(link.node)?.level else { return false }
                return level == .outcome || level == .impact
            }
            guard let first = served.first else { continue }
            let targets = served.map { link in
                ws.milestone(link.node) != nil ? "the milestone \(link.node)" : "\(link.node) (\(ws.node(link.node)!.level.rawValue))"
            }
            let levels = c.kpis.map { "\($0.id): \($0.level?.rawValue ?? "")\($0.inferredNote(.level))" }.joined(separator: ", ")
            out.append(context.finding(
                "the contract contributes to \(targets.joined(separator: " and ")) but "
                    + (c.kpis.count == 1 ? "its only KPI is not an outcome" : "none of its \(c.kpis.count) KPIs is an outcome")
                    + " (\(levels)); it can meet every KPI while the outcome does not move",
                at: first.locations["node"], subject: .contract(c.id),
                fix: "add an outcome KPI that measures \(first.node) (or a milestone it leads to), with a baseline and target, "
                    + "and make it one of the three most material"))
        }
        return out
    }
}
