/// The goalposts of a workspace at one revision: every KPI's and milestone's direction, baseline, target and
/// bands, the links from contracts and KPIs to the missions, and the waivers' expiry dates. The changes rules
/// compare a later workspace with these (matching contracts, KPIs and milestones by id, never by file, so a
/// renamed file keeps its history); a publish keeps them in its snapshot for the next review.
///
/// ```swift
/// let before = Goalposts(workspaceAtLastReview)
/// let report = AlignmentEngine.run(now, assessment: a, asOf: day, families: [.changes], previous: before)
/// ```
public struct Goalposts: Sendable, Hashable, Codable {
    /// A value with an optional date: a baseline or a target.
    public struct Point: Sendable, Hashable, Codable {
        public var value: Double
        public var date: Day?

        /// A point from a dated value of the model.
        public init?(_ d: DatedValue?) {
            guard let d else { return nil }
            value = d.value
            date = d.date
        }
    }

    /// The three edges of declared rating bands.
    public struct Edges: Sendable, Hashable, Codable {
        public var good: Double
        public var approachingTarget: Double
        public var requiresImprovement: Double

        /// The edges of declared bands.
        public init?(_ b: Bands?) {
            guard let b else { return nil }
            good = b.good
            approachingTarget = b.approachingTarget
            requiresImprovement = b.requiresImprovement
        }

        /// The edges with their YAML names, best band first.
        public var named: [(name: String, value: Double)] {
            [("good", good), ("approaching_target", approachingTarget), ("requires_improvement", requiresImprovement)]
        }
    }

    /// A waiver's rule and expiry.
    public struct WaiverTerm: Sendable, Hashable, Codable {
        public var rule: String
        public var expires: Day?
    }

    /// What a KPI promised at the revision.
    public struct KPIGoal: Sendable, Hashable, Codable {
        public var id: String
        public var title: String
        public var description: String?
        public var unit: Unit?
        public var direction: Direction?
        public var baseline: Point?
        public var target: Point?
        public var bands: Edges?
        public var mostMaterial: Bool
        /// `mission/node` or `mission/milestone`.
        public var measures: String?
        public var waivers: [WaiverTerm]

        /// The goalposts of a KPI of the model.
        public init(_ k: KPI) {
            let direction: Direction? = k.direction
            id = k.id
            title = k.title
            description = k.description
            unit = k.unit
            self.direction = direction
            baseline = Point(k.baseline)
            target = Point(k.target)
            bands = Edges(k.bands)
            mostMaterial = k.mostMaterial
            measures = k.measures?.description
            waivers = k.waivers.map { WaiverTerm(rule: $0.rule, expires: $0.expires) }
        }
    }

    /// What a contract promised at the revision.
    public struct ContractGoal: Sendable, Hashable, Codable {
        public var id: String
        public var title: String
        public var department: String
        /// The workspace-relative file it was read from.
        public var file: String
        /// `mission/node` of each `contributes_to`, in the order written.
        public var contributesTo: [String]
        public var kpis: [KPIGoal]
        public var waivers: [WaiverTerm]

        /// The goalposts of a contract of the model.
        public init(_ c: Contract) {
            id = c.id
            title = c.title
            department = c.department
            file = c.locations.file
            contributesTo = c.contributesTo.map(\.node.description)
            kpis = c.kpis.map(KPIGoal.init)
            waivers = c.waivers.map { WaiverTerm(rule: $0.rule, expires: $0.expires) }
        }

        /// The KPI with the given id.
        public func kpi(_ id: String) -> KPIGoal? { kpis.first { $0.id == id } }
    }

    /// What a milestone promised at the revision.
    public struct MilestoneGoal: Sendable, Hashable, Codable {
        public var mission: String
        public var id: String
        public var title: String
        /// The workspace-relative file of its mission.
        public var file: String
        public var unit: Unit
        public var direction: Direction
        public var baseline: Point?
        public var target: Point

        /// The goalposts of a milestone of a mission.
        public init(_ m: Milestone, mission: Mission) {
            self.mission = mission.id
            id = m.id
            title = m.title
            file = mission.locations.file
            unit = m.unit
            direction = m.direction
            baseline = Point(m.baseline)
            target = Point(value: m.target.value, date: m.target.date)
        }
    }

    /// Every contract, by id.
    public var contracts: [ContractGoal]
    /// Every milestone, by mission then id.
    public var milestones: [MilestoneGoal]

    /// The goalposts of a loaded workspace.
    public init(_ ws: Workspace) {
        contracts = ws.contracts.map(ContractGoal.init).sorted { $0.id < $1.id }
        milestones = ws.missions.flatMap { m in m.milestones.map { MilestoneGoal($0, mission: m) } }
            .sorted { ($0.mission, $0.id) < ($1.mission, $1.id) }
    }

    /// The contract with the given id (a binary search: the list is sorted).
    public func contract(_ id: String) -> ContractGoal? {
        var low = 0, high = contracts.count
        while low < high {
            let mid = (low + high) / 2
            if contracts[mid].id < id { low = mid + 1 } else { high = mid }
        }
        return low < contracts.count && contracts[low].id == id ? contracts[low] : nil
    }

    /// The milestone with the given mission and id.
    public func milestone(mission: String, id: String) -> MilestoneGoal? {
        milestones.first { $0.mission == mission && $0.id == id }
    }
}

extension Goalposts.Point {
    /// A point from its parts.
    public init(value: Double, date: Day?) {
        self.value = value
        self.date = date
    }

    /// `92 by 2029-03-31`, or the value alone.
    public var text: String { fmt(value) + (date.map { " by \($0)" } ?? "") }
}

extension Goalposts.Edges {
    /// Edges from their three values.
    public init(good: Double, approachingTarget: Double, requiresImprovement: Double) {
        self.good = good
        self.approachingTarget = approachingTarget
        self.requiresImprovement = requiresImprovement
    }
}
