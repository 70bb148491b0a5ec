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
        case .statutory, .linkage, .outcomeFocus, .smart, .coherence, .waivers: return .alignment
        }
    }
}
