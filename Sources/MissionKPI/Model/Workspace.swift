/// A loaded, validated workspace: settings, missions, departments and contracts, sorted by id.
///
/// ```swift
/// let result = WorkspaceLoader.load(at: "/path/to/workspace")
/// guard result.diagnostics.isEmpty, let ws = result.workspace else { … }
/// ws.contracts.count
/// ```
public struct Workspace: Sendable {
    public var root: String
    public var settings: Settings
    public var missions: [Mission]
    public var departments: [Department]
    public var contracts: [Contract]
    /// Every file read, workspace-relative, with a SHA-256 of its bytes, sorted by path.
    public var files: [(path: String, sha256: String)]

    private var missionIndex: [String: Int] = [:]
    private var departmentIndex: [String: Int] = [:]
    private var contractIndex: [String: Int] = [:]

    public init(
        root: String, settings: Settings, missions: [Mission], departments: [Department], contracts: [Contract],
        files: [(path: String, sha256: String)] = []
    ) {
        self.root = root
        self.settings = settings
        self.missions = missions.sorted { $0.id < $1.id }
        self.departments = departments.sorted { $0.id < $1.id }
        self.contracts = contracts.sorted { $0.id < $1.id }
        self.files = files.sorted { $0.path < $1.path }
        for (i, m) in self.missions.enumerated() { missionIndex[m.id] = i }
        for (i, d) in self.departments.enumerated() { departmentIndex[d.id] = i }
        for (i, c) in self.contracts.enumerated() { contractIndex[c.id] = i }
    }

    public func mission(_ id: String) -> Mission? { missionIndex[id].map { missions[$0] } }
    public func department(_ id: String) -> Department? { departmentIndex[id].map { departments[$0] } }
    public func contract(_ id: String) -> Contract? { contractIndex[id].map { contracts[$0] } }

    /// The person a reference names, resolved against the referring contract's department.
    public func person(_ ref: PersonRef) -> Person? { department(ref.department)?.person(ref.person) }

    /// The milestone a reference names, if it names a milestone.
    public func milestone(_ ref: OutcomeRef) -> Milestone? { mission(ref.mission)?.milestone(ref.id) }

    /// The node a reference names, if it names a theory-of-change node.
    public func node(_ ref: OutcomeRef) -> TheoryNode? { mission(ref.mission)?.node(ref.id) }

    /// A SHA-256 over every input file's path and hash: the same inputs give the same value.
    public var contentHash: String {
        var text = ""
        for f in files { text += f.path + "\u{0}" + f.sha256 + "\n" }
        return SHA256.hex(Array(text.utf8))
    }
}
