/// A dated value: a baseline, a target, a trajectory point or a published observation.
public struct DatedValue: Sendable, Hashable {
    public var value: Double
    public var date: Day?
    public var source: String?
    public var locations: FieldLocations

    public init(value: Double, date: Day?, source: String? = nil, locations: FieldLocations) {
        self.value = value
        self.date = date
        self.source = source
        self.locations = locations
    }
}

/// A public source a mission cites.
public struct SourceReference: Sendable, Hashable {
    public var title: String
    public var url: String?
}

/// One of a mission's problem statements: the challenge, who it affects and the outcome wanted.
public struct ProblemStatement: Sendable, Hashable {
    public var id: String
    public var challenge: String
    public var affected: String?
    public var evidence: [String]
    public var desiredOutcome: String?
    public var locations: FieldLocations
}

/// A milestone of a mission: a national indicator with a baseline, a trajectory and a target.
public struct Milestone: Sendable, Hashable {
    public var id: String
    public var title: String
    public var indicator: String?
    public var unit: Unit
    public var direction: Direction
    public var baseline: DatedValue?
    public var target: DatedValue
    public var trajectory: [DatedValue]
    public var observations: [DatedValue]
    public var locations: FieldLocations
}

/// A node of a mission's theory of change.
public struct TheoryNode: Sendable, Hashable {
    public var id: String
    public var level: NodeLevel
    public var statement: String
    public var leadsTo: [String]
    public var assumptions: [String]
    public var locations: FieldLocations
}

/// A national mission: its problem statements, milestones and theory of change.
public struct Mission: Sendable, Hashable {
    public var id: String
    public var title: String
    public var board: String?
    public var leadDepartment: String?
    public var summary: String?
    public var sources: [SourceReference]
    public var problemStatements: [ProblemStatement]
    public var milestones: [Milestone]
    public var theoryOfChange: [TheoryNode]
    public var locations: FieldLocations
    /// Milestone ids as written, including milestones that failed to load (so one error does not cascade).
    public var declaredMilestoneIDs: Set<String> = []
    /// Node ids as written, including nodes that failed to load.
    public var declaredNodeIDs: Set<String> = []

    /// The milestone with the given id.
    public func milestone(_ id: String) -> Milestone? { milestones.first { $0.id == id } }
    /// The theory-of-change node with the given id.
    public func node(_ id: String) -> TheoryNode? { theoryOfChange.first { $0.id == id } }
}
