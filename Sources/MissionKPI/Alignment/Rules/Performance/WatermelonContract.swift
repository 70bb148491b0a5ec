import Foundation

/// A contract whose KPIs are green while the milestone they serve is red.
struct WatermelonContract: Rule {
    static let description = RuleDescription(
        id: "watermelon",
        title: "Watermelon contract",
        summary: "Every rated KPI of a contract under a milestone is good while the milestone is off its trajectory.",
        rationale: """
            "Watermelon" reporting is green on the outside and red inside: KPIs met while the outcome they \
            should serve is missed. The NAO found contract KPIs "often weak" (NAO, Transforming government's \
            contract management, 2014), and the Institute for Government asks that contract KPIs be aligned \
            with mission objectives and outcomes (IfG, The Role of Procurement in Delivering Mission-Led \
            Government). Good ratings under an off-track milestone mean the KPIs measure too little, or the \
            wrong thing.
            """,
        family: .performance,
        severity: .error,
        triggering: [
            // The milestone falls to 61% in September 2026 against about 69.5% expected, while c1's KPIs stay good.
            RuleExample(files: ["Missions/demo.yaml": ExampleWorkspace.mission.replacingOccurrences(
                of: "{value: 66, date: 2026-09-30}", with: "{value: 61, date: 2026-09-30}")]),
        ],
        nonTriggering: [
            // The milestone is behind its path but within tolerance (at risk, not off track).
            RuleExample(),
            // Off track, but the contract's KPIs are not all good: the reporting is honest.
            RuleExample(
                files: ["Missions/demo.yaml": ExampleWorkspace.mission.replacingOccurrences(
                    of: "{value: 66, date: 2026-09-30}", with: "{value: 61, date: 2026-09-30}")],
                returns: ExampleWorkspace.returns.replacingOccurrences(
                    of: "c1,within-6-weeks,2026-10,91", with: "c1,within-6-weeks,2026-10,70")),
        ]
    )

    func check(_ context: RuleContext) -> [Finding] {
        var out: [Finding] = []
        for w in context.assessment.watermelons {
            guard let c = context.workspace.contract(w.contract) else { continue }
            let link = c.contributesTo.first { context.graph.milestones(reachedFrom: $0.node).contains(w.milestone) }
            let kpi = w.kpis.first.flatMap { c.kpi($0.kpi) }
            guard let location = link?.locations["node"] ?? kpi?.locations["measures"] else { continue }
            out.append(context.finding(
                w.reason.trimmingTrailingPeriod + "; green KPIs under a red milestone mean the KPIs measure too little of "
                    + "what drives it, or the wrong thing",
                at: location, subject: .contract(c.id),
                fix: "review the KPIs with the mission board: add an outcome KPI measuring \(w.milestone) or the node "
                    + "nearest it, tighten the targets, or record why this contract's part of the outcome is on course",
                key: w.milestone.description))
        }
        return out
    }
}

extension String {
    /// The text without one final full stop.
    fileprivate var trimmingTrailingPeriod: String { hasSuffix(".") ? String(dropLast()) : self }
}
