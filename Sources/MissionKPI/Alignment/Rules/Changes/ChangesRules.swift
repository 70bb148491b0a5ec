extension RuleRegistry {
    /// The Changes family, in documentation order: KPIs, then milestones, then links and waivers.
    static let changesRules: [any Rule] = [
        TargetWeakened(),
        TargetDatePushedBack(),
        BandsLoosened(),
        BaselineChanged(),
        KPIRemoved(),
        KPIRedefined(),
        MostMaterialChanged(),
        MilestoneTargetWeakened(),
        MilestoneDatePushedBack(),
        MilestoneRemoved(),
        ContributionDropped(),
        MeasuresDropped(),
        WaiverExtended(),
    ]

    /// The ids of the changes rules (a waiver of one is matched only when two revisions are compared).
    public static let changesRuleIDs: Set<String> = Set(changesRules.map(\.description.id))
}

/// The KPIs, contracts and milestones present in both revisions, and the words the changes rules share.
enum ChangeMatch {
    /// Each KPI of the later workspace that the earlier revision also had (same contract id, same KPI id).
    static func kpis(_ context: RuleContext) -> [(contract: Contract, kpi: KPI, before: Goalposts.KPIGoal)] {
        guard let previous = context.previous else { return [] }
        var out: [(contract: Contract, kpi: KPI, before: Goalposts.KPIGoal)] = []
        for c in context.workspace.contracts {
            guard let old = previous.contract(c.id) else { continue }
            for k in c.kpis { if let o = old.kpi(k.id) { out.append((c, k, o)) } }
        }
        return out
    }

    /// Each contract of the later workspace that the earlier revision also had.
    static func contracts(_ context: RuleContext) -> [(contract: Contract, before: Goalposts.ContractGoal)] {
        guard let previous = context.previous else { return [] }
        return context.workspace.contracts.compactMap { c in previous.contract(c.id).map { (c, $0) } }
    }

    /// Each milestone of the later workspace that the earlier revision also had.
    static func milestones(_ context: RuleContext) -> [(mission: Mission, milestone: Milestone, before: Goalposts.MilestoneGoal)] {
        guard let previous = context.previous else { return [] }
        var out: [(mission: Mission, milestone: Milestone, before: Goalposts.MilestoneGoal)] = []
        for m in context.workspace.missions {
            for ms in m.milestones { if let o = previous.milestone(mission: m.id, id: ms.id) { out.append((m, ms, o)) } }
        }
        return out
    }

    /// Whether `after` asks less than `before` of an indicator that should go `direction`: a lower target
    /// for one that should increase, a higher one for one that should decrease. Nil for `maintain` or no
    /// direction (no side is easier).
    static func isEasier(_ after: Double, than before: Double, direction: Direction?) -> Bool? {
        switch direction {
        case .increase?: after < before
        case .decrease?: after > before
        case .maintain?, nil: nil
        }
    }

    /// Whether the KPI still means the same in both revisions (same direction and unit where both are known),
    /// so its numbers can be compared; `kpi-redefined` reports the others.
    static func comparable(_ k: KPI, _ before: Goalposts.KPIGoal) -> Bool {
        let direction: Direction? = k.direction
        if let d = direction, let b = before.direction, d != b { return false }
        if let u = k.unit, let b = before.unit, u != b { return false }
        return true
    }

    /// A value with the KPI's unit, for messages: `90%`, `5 days`.
    static func value(_ v: Double, _ unit: Unit?) -> String { ValueText.value(v, unit) }

    /// The example KPI of the changes rules' examples, with some fields replaced (`nil` drops a field).
    static func exampleKPI(_ replacing: [String: String?] = [:]) -> String {
        let fields: [(String, String)] = [
            ("id", "told-in-14-days"), ("title", "Patients told their result within 14 days"), ("level", "outcome"),
            ("measures", "demo/faster-diagnosis"), ("unit", "percent"), ("direction", "increase"),
            ("baseline", "{value: 60, date: 2024-09-30}"), ("target", "{value: 90, date: 2027-03-31}"),
            ("bands", "{good: 90, approaching_target: 85, requires_improvement: 75}"), ("frequency", "monthly"),
            ("data_source", "independent"), ("most_material", "false"),
        ]
        var lines: [String] = []
        for (key, value) in fields {
            if let replaced = replacing[key] {
                if let replaced { lines.append("\(key): \(replaced)") }
            } else {
                lines.append("\(key): \(value)")
            }
        }
        for key in replacing.keys.sorted() where !fields.contains(where: { $0.0 == key }) {
            if let extra = replacing[key] ?? nil { lines.append("\(key): \(extra)") }
        }
        return lines.joined(separator: "\n")
    }

    /// The example contract `c1` with its header lines replaced (by key) and its three KPIs, for the
    /// examples that change the contract itself.
    static func exampleContract(replacing: [String: String] = [:], kpis: String = ExampleWorkspace.kpis) -> String {
        var lines: [String] = []
        var skipping = false
        for line in ExampleWorkspace.contractHead.split(separator: "\n", omittingEmptySubsequences: false) {
            if skipping, line.hasPrefix(" ") { continue }
            skipping = false
            let key = String(line.prefix { $0 != ":" })
            if let text = replacing[key] {
                lines.append(text)
                skipping = true
            } else {
                lines.append(String(line))
            }
        }
        return lines.joined(separator: "\n") + "\nkpis:\n" + kpis + "\n"
    }
}
