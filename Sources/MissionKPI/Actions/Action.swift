/// Who must act: a contract's senior responsible owner or manager (when the contract names them),
/// the department, or a mission's board.
public struct ActionOwner: Sendable, Hashable, Comparable {
    /// The kind of owner, in the order a board reads them.
    public enum Role: String, Sendable, Hashable, CaseIterable {
        case missionBoard = "mission_board"
        case seniorResponsibleOwner = "senior_responsible_owner"
        case contractManager = "contract_manager"
        case department

        /// "Mission board", "Senior responsible owner", "Contract manager", "Department".
        public var label: String {
            switch self {
            case .missionBoard: "Mission board"
            case .seniorResponsibleOwner: "Senior responsible owner"
            case .contractManager: "Contract manager"
            case .department: "Department"
            }
        }
    }

    /// The kind of owner.
    public var role: Role
    /// The person, for an owner or manager the contract names (shown by name or by role and grade).
    public var person: PersonRef?
    /// The department that must act, or whose person must.
    public var department: String?
    /// The mission, for its board.
    public var mission: String?

    /// Creates an owner.
    public init(role: Role, person: PersonRef? = nil, department: String? = nil, mission: String? = nil) {
        self.role = role
        self.person = person
        self.department = department
        self.mission = mission
    }

    /// By role, then department, person and mission.
    public static func < (a: ActionOwner, b: ActionOwner) -> Bool {
        let ra = Role.allCases.firstIndex(of: a.role)!, rb = Role.allCases.firstIndex(of: b.role)!
        if ra != rb { return ra < rb }
        if (a.department ?? "") != (b.department ?? "") { return (a.department ?? "") < (b.department ?? "") }
        if (a.person?.description ?? "") != (b.person?.description ?? "") { return (a.person?.description ?? "") < (b.person?.description ?? "") }
        return (a.mission ?? "") < (b.mission ?? "")
    }
}

/// One thing someone must do, in plain words, with the date it is due when the law or the returns
/// timetable sets one.
public struct Action: Sendable, Hashable {
    /// Who must act.
    public var owner: ActionOwner
    /// The contract it concerns, if any.
    public var contract: String?
    /// The KPI it concerns, if any (of `contract`).
    public var kpi: String?
    /// The mission it concerns, for mission-level actions.
    public var mission: String?
    /// What to do, in plain words (no file paths or YAML keys).
    public var what: String
    /// Why, in plain words.
    public var why: String
    /// The date it is due, or since when it is overdue.
    public var due: Day?
    /// The date in words: "due by 2026-04-30 (Procurement Act 2023 s.71)", "overdue since 2026-08-31".
    public var dueText: String?
    /// True when the date has passed.
    public var overdue: Bool
    /// 2 for what sets serious concerns, 1 for some, 0 for notes.
    public var weight: Int
    /// The rule whose finding asked for it, if any.
    public var ruleID: String?

    /// Creates an action.
    public init(
        owner: ActionOwner, contract: String? = nil, kpi: String? = nil, mission: String? = nil, what: String, why: String,
        due: Day? = nil, dueText: String? = nil, overdue: Bool = false, weight: Int, ruleID: String? = nil
    ) {
        self.owner = owner
        self.contract = contract
        self.kpi = kpi
        self.mission = mission
        self.what = what
        self.why = why
        self.due = due
        self.dueText = dueText
        self.overdue = overdue
        self.weight = weight
        self.ruleID = ruleID
    }

    /// Overdue first, then by date (undated last), weight (heaviest first), contract, KPI and words.
    public static func precedes(_ a: Action, _ b: Action) -> Bool {
        if a.overdue != b.overdue { return a.overdue }
        switch (a.due, b.due) {
        case (let x?, let y?) where x != y: return x < y
        case (.some, nil): return true
        case (nil, .some): return false
        default: break
        }
        if a.weight != b.weight { return a.weight > b.weight }
        if (a.contract ?? "") != (b.contract ?? "") { return (a.contract ?? "") < (b.contract ?? "") }
        if (a.kpi ?? "") != (b.kpi ?? "") { return (a.kpi ?? "") < (b.kpi ?? "") }
        return (a.what, a.why) < (b.what, b.why)
    }
}
