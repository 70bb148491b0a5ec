/// The questions a board asks of a contract or a mission, each answered separately.
public enum VerdictAspect: String, Sendable, Hashable, CaseIterable {
    /// Are the KPIs the right ones (the alignment and design findings)?
    case alignment
    /// Are they being met (latest ratings and the s.71 annual assessments)?
    case performance
    /// Is the data there (current returns, evidence for each step of the theory of change)?
    case data
    /// Are the mission milestones on track?
    case outcomes
    /// Is someone accountable and equipped to manage it (the ownership findings)?
    case management

    /// A short name: "Alignment", "Performance", "Data", "Outcomes", "Management".
    public var title: String {
        switch self {
        case .alignment: "Alignment"
        case .performance: "Performance"
        case .data: "Data"
        case .outcomes: "Outcomes"
        case .management: "Management"
        }
    }

    /// The board's question, for a contract (`mission: false`) or a mission.
    public func question(mission: Bool) -> String {
        switch self {
        case .alignment: mission ? "Do its contracts measure the right things?" : "Are these the right KPIs?"
        case .performance: mission ? "Are its contracts' KPIs being met?" : "Are the KPIs being met?"
        case .data: mission ? "Is there current evidence for each step?" : "Are the returns in?"
        case .outcomes: mission ? "Is the mission on track?" : "Are the milestones it serves on track?"
        case .management: mission ? "Are its contracts managed?" : "Is it managed?"
        }
    }

    /// Which aspect a rule's findings bear on: most rules judge how the KPIs were chosen (alignment);
    /// the data rules, `coverage-gap` and `stale-returns` the data; `annual-assessment-overdue` the
    /// performance; `watermelon` the outcomes; the ownership rules the management. `too-many-kpis`,
    /// though in the data family, is about the choice of KPIs.
    public static func of(rule id: String, family: RuleFamily) -> VerdictAspect {
        switch id {
        case "annual-assessment-overdue": return .performance
        case "coverage-gap": return .data
        case "too-many-kpis": return .alignment
        default: break
        }
        switch family {
        case .data: return .data
        case .performance: return .outcomes
        case .ownership: return .management
        // Moved goalposts (a target lowered, a date pushed back) change what the KPIs ask for.
        case .statutory, .linkage, .outcomeFocus, .smart, .coherence, .waivers, .changes: return .alignment
        }
    }
}

extension VerdictAspect {
    /// How the aspect is judged, in plain words, for a contract (`mission: false`) or a mission: the
    /// thresholds `ContractJudge` and `MissionJudge` apply, stated once so reports can explain them.
    public func criteria(mission: Bool) -> String {
        switch (self, mission) {
        case (.alignment, false):
            "Serious concerns for an error-severity finding on how the KPIs were chosen, some concerns for a warning. The alignment score is 100 less 20 points per error, 10 per warning and 2 per info finding of those rules."
        case (.performance, false):
            "Serious concerns when the latest annual (s.71) assessment is inadequate, an assessment is overdue, one of the three most-material KPIs is rated inadequate, or at least half the rated KPIs are rated requires improvement or inadequate; some concerns when any rated KPI or the latest assessment is rated requires improvement or inadequate."
        case (.data, false):
            "Serious concerns when more than half the KPIs whose returns are due have no current return; some concerns when any is stale or missing, or a KPI is reported by the supplier alone."
        case (.outcomes, false):
            "Serious concerns when every rated KPI is good while a milestone the contract serves is off track (a watermelon); some concerns when a milestone it serves is off track or at risk."
        case (.management, false):
            "Serious concerns for an error-severity finding on who manages and owns the contract (no manager or owner named), some concerns for a warning (a lapsed accreditation, an overloaded manager, …)."
        case (.alignment, true), (.management, true):
            "Serious concerns when at least a third of the contracts serving the mission have serious concerns about it; some concerns when any has concerns; the contracts' own verdicts are on their pages."
        case (.performance, true):
            "Serious concerns when at least half the rated KPIs measuring the mission are rated requires improvement or inadequate, or when the latest annual (s.71) assessment is inadequate or overdue for at least a third of its assessed contracts; some concerns when any is."
        case (.data, true):
            "Serious concerns when fewer than half its steps and milestones have current KPI evidence, or at least a third of the KPIs measuring it have no current return; some concerns when any step lacks evidence or any such KPI is stale or missing."
        case (.outcomes, true):
            "Serious concerns when any milestone is off track; some concerns when any is at risk or has no data, or a contract serving it is a watermelon."
        }
    }
}
