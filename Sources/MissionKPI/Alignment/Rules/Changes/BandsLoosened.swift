/// Rating bands moved so that the same result is rated better.
struct BandsLoosened: Rule {
    static let description = RuleDescription(
        id: "bands-loosened",
        title: "Rating bands loosened",
        summary:
            "Since the earlier revision, a KPI's declared rating bands moved so that the same result earns a better rating (or were dropped for looser defaults).",
        rationale: """
            The bands turn a KPI's value into its reg. 39(5) rating (Procurement Regulations 2024): good, \
            approaching target, requires improvement, inadequate. Lowering the edge of "good" for a KPI that \
            should increase (or raising it for one that should decrease) turns an amber contract green \
            without anything changing for the public: the watermelon the IfG warns of, made by editing a number. \
            A board should see it and decide; record an agreed change with a waiver of this rule on the KPI.
            """,
        family: .changes,
        severity: .error,
        triggering: [
            RuleExample(
                before: .init(kpi: ChangeMatch.exampleKPI()),
                kpi: ChangeMatch.exampleKPI(["bands": "{good: 85, approaching_target: 80, requires_improvement: 75}"])),
            RuleExample(
                before: .init(kpi: ChangeMatch.exampleKPI(["bands": "{good: 90, approaching_target: 88, requires_improvement: 85}"])),
                kpi: ChangeMatch.exampleKPI(["bands": nil])),
        ],
        nonTriggering: [
            RuleExample(before: .init(kpi: ChangeMatch.exampleKPI()), kpi: ChangeMatch.exampleKPI()),
            RuleExample(
                before: .init(kpi: ChangeMatch.exampleKPI()),
                kpi: ChangeMatch.exampleKPI(["bands": "{good: 92, approaching_target: 88, requires_improvement: 80}"])),
        ]
    )

    func check(_ context: RuleContext) -> [Finding] {
        ChangeMatch.kpis(context).compactMap { c, k, before -> Finding? in
            guard before.bands != nil || k.bands != nil, ChangeMatch.comparable(k, before) else { return nil }
            let current: Direction? = k.direction
            let direction = current ?? before.direction ?? .increase
            guard let was = Self.edges(before.bands, before.target, before.baseline, direction) else { return nil }
            let unit = k.unit ?? before.unit
            guard let now = Self.edges(Goalposts.Edges(k.bands), Goalposts.Point(k.target), Goalposts.Point(k.baseline), direction)
            else {
                return context.finding(
                    "the rating bands of the KPI '\(k.id)' were removed and it has no target to derive them from, so it can no longer be rated",
                    at: k.locations["id"], subject: .kpi(c.id, k.id),
                    fix: "restore the bands (good \(ChangeMatch.value(was.good, unit))), or give the KPI a target")
            }
            let edgeDirection: Direction = direction == .decrease ? .decrease : .increase
            var moved: [String] = []
            var first: String?
            for ((name, a), (_, b)) in zip(was.named, now.named) where ChangeMatch.isEasier(b, than: a, direction: edgeDirection) == true {
                moved.append("\(name) \(ChangeMatch.value(a, unit)) → \(ChangeMatch.value(b, unit))")
                if first == nil { first = name }
            }
            guard let first else { return nil }
            let removed = k.bands == nil ? " (the declared bands were removed: defaults derived from the target now apply)" : ""
            let edges = edgeDirection == .decrease ? "upper" : "lower"
            return context.finding(
                "the rating bands of the KPI '\(k.id)' were loosened since the earlier revision\(removed): \(moved.joined(separator: ", ")); the same result now earns a better rating (\(edges) edges)",
                at: k.bands.map { $0.locations[first] } ?? k.locations["id"], subject: .kpi(c.id, k.id),
                fix:
                    "restore the earlier bands, or record the board's decision with a waiver of 'bands-loosened' on the KPI (reason, approver, expiry)"
            )
        }
    }

    /// The edges a KPI is rated by: declared, else derived from the target; nil with neither.
    static func edges(_ declared: Goalposts.Edges?, _ target: Goalposts.Point?, _ baseline: Goalposts.Point?, _ direction: Direction)
        -> Goalposts.Edges?
    {
        if let declared { return declared }
        guard let target else { return nil }
        let b = KPIRating.defaultBands(target: target.value, baseline: baseline?.value, direction: direction)
        return Goalposts.Edges(good: b.good, approachingTarget: b.approachingTarget, requiresImprovement: b.requiresImprovement)
    }
}
