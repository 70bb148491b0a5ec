/// The actions on one contract that its assessment asks for: s.71 assessments overdue or falling due,
/// returns overdue, KPIs and assessments rated below target; and the action a finding asks for.
struct ContractActions {
    var contract: Contract
    var assessment: Assessment
    var asOf: Day
    var leadMonths: Int

    /// The owner for a role on this contract: its senior responsible owner or manager when named, else
    /// its department.
    static func owner(_ role: ActionOwner.Role, of c: Contract) -> ActionOwner {
        switch role {
        case .seniorResponsibleOwner:
            if let p = c.seniorResponsibleOwner { return ActionOwner(role: role, person: p, department: c.department) }
        case .contractManager:
            if let p = c.manager { return ActionOwner(role: role, person: p, department: c.department) }
        case .department, .missionBoard: break
        }
        return ActionOwner(role: .department, department: c.department)
    }

    func all() -> [Action] { annual() + returns() + ratings() }

    /// s.71: publish each assessment by its due date (overdue ones first), and act on an inadequate one.
    func annual() -> [Action] {
        var out: [Action] = []
        let manager = Self.owner(.contractManager, of: contract)
        for a in assessment.annual(contract: contract.id) {
            let period = "year \(a.year) (\(a.start) to \(a.end))"
            if a.isOverdue {
                out.append(Action(
                    owner: manager, contract: contract.id,
                    what: "Make the annual KPI assessment for \(period) and publish it in a contract performance notice.",
                    why: "The Procurement Act 2023 (s.71) requires it; no most-material KPI has a return for the period.",
                    due: a.due, dueText: "overdue since \(a.due)", overdue: true, weight: 2))
            } else if a.due >= asOf, asOf.days(to: a.due) <= ActionPlan.lookAheadDays {
                out.append(Action(
                    owner: manager, contract: contract.id,
                    what: "Make the annual KPI assessment for \(period) and publish it in a contract performance notice.",
                    why: "The Procurement Act 2023 (s.71) requires an assessment of each 12 months' performance.",
                    due: a.due, dueText: "due by \(a.due)", weight: 1))
            }
        }
        if let last = assessment.annual(contract: contract.id).last(where: \.isComplete), last.overall == .inadequate || last.overall == .requiresImprovement {
            let bad = last.overall == .inadequate
            out.append(Action(
                owner: Self.owner(.seniorResponsibleOwner, of: contract), contract: contract.id,
                what: bad ? "Agree a recovery plan with \(contract.supplier.name), and decide whether to use the contract's remedies."
                    : "Ask \(contract.supplier.name) how performance will reach the targets.",
                why: "The annual assessment of year \(last.year) rated the contract \(last.overall.lowercasedLabel).", weight: bad ? 2 : 1))
        }
        return out
    }

    /// Returns due and not received: since the date the next one was due.
    func returns() -> [Action] {
        let manager = Self.owner(.contractManager, of: contract)
        return assessment.kpis(contract: contract.id).compactMap { k -> Action? in
            guard k.returnsDue, let kpi = contract.kpi(k.kpi) else { return nil }
            let months = KPIRating.periodMonths(kpi, newest: k.latest?.period)
            let since: Day
            switch k.dataState {
            case .current: return nil
            case .stale(let end): since = end.adding(days: 1).adding(months: 2 * months)
            case .missing: since = contract.start.adding(months: 2 * months)
            }
            let what = k.dataState == .missing ? "Obtain the first returns for this KPI from the supplier." : "Obtain the missing returns for this KPI from the supplier."
            return Action(
                owner: manager, contract: contract.id, kpi: k.kpi, what: what, why: "KPI '\(kpi.title)': " + Self.late(k.dataState),
                due: since, dueText: "overdue since \(since)", overdue: true, weight: 1)
        }
    }

    /// KPIs whose latest rating is inadequate: ask the supplier for a recovery plan.
    func ratings() -> [Action] {
        let manager = Self.owner(.contractManager, of: contract)
        return assessment.kpis(contract: contract.id).compactMap { k -> Action? in
            guard k.latestRating == .inadequate, let kpi = contract.kpi(k.kpi) else { return nil }
            return Action(
                owner: manager, contract: contract.id, kpi: k.kpi, what: "Ask the supplier for a plan to bring this KPI back to target.",
                why: "KPI '\(kpi.title)' is rated inadequate (\(k.latest?.period.text ?? "latest return"))" + (k.mostMaterial ? ", and it is one of the three most material." : "."),
                weight: k.mostMaterial ? 2 : 1)
        }
    }

    static func late(_ state: DataState) -> String {
        switch state {
        case .current: "returns are current."
        case .stale(let end): "no return since the period ending \(end)."
        case .missing: "no return has been received."
        }
    }

    /// The action a standing finding asks for, addressed by its rule; contract findings before the
    /// re-procurement when it is still ahead.
    static func finding(_ f: Finding, family: RuleFamily, workspace ws: Workspace, assessment: Assessment) -> Action? {
        let (role, what) = RuleActions.action(for: f.ruleID, family: family)
        let title = RuleRegistry.rule(f.ruleID)?.description.title ?? f.ruleID
        let weight = f.severity == .error ? 2 : f.severity == .warning ? 1 : 0
        switch f.subject.kind {
        case .contract, .kpi:
            guard let c = ws.contract(f.subject.owner) else { return nil }
            let kpi = f.subject.kind == .kpi ? c.kpi(f.subject.item) : nil
            var why = title + (kpi.map { ": KPI '\($0.title)'" } ?? "") + "."
            var due: Day?, text: String?
            if VerdictAspect.of(rule: f.ruleID, family: family) == .alignment {
                let start = c.procurementStart ?? c.end.adding(months: -ws.settings.pipeline.leadTimeMonths)
                if start >= assessment.asOf {
                    (due, text) = (start, "before re-procurement starts (\(start))")
                } else {
                    why += " Fix it at the next contract change."
                }
            }
            return Action(
                owner: ContractActions.owner(role, of: c), contract: c.id, kpi: kpi?.id, what: what, why: why, due: due, dueText: text,
                weight: weight, ruleID: f.ruleID)
        case .mission:
            guard let m = ws.mission(f.subject.owner) else { return nil }
            let item = m.milestone(f.subject.item)?.title ?? m.theoryOfChange.first { $0.id == f.subject.item }?.statement
            return Action(
                owner: ActionOwner(role: .missionBoard, department: nil, mission: m.id), mission: m.id, what: what,
                why: title + (item.map { ": '\($0)'" } ?? "") + ".", weight: weight, ruleID: f.ruleID)
        case .department:
            guard ws.department(f.subject.owner) != nil else { return nil }
            return Action(
                owner: ActionOwner(role: .department, department: f.subject.owner), what: what, why: title + ".", weight: weight,
                ruleID: f.ruleID)
        case .workspace:
            return nil
        }
    }
}
