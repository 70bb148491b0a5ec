import MissionKPI

/// Everything an import will do, decided before anything is written.
struct ImportPlan {
    /// Workspace-relative path → new file text, for every file created or changed.
    var writes: [String: String] = [:]
    /// Published assessments to record in the tracker.
    var published: [PublishedAssessment] = []
    /// What the import says, in order (one line each).
    var lines: [String] = []
    var created = 0, updated = 0, unchanged = 0, notWritten = 0, departments = 0, keptEdits = 0
    var kpis = 0, exemptions = 0
}

/// The last import's record of one contract (`Imports/ocds/<dept>/<id>.yaml`).
struct BaseRecord {
    var path: String
    var contract: Contract
    var text: String
}

/// Where a contract of the notices lives in the workspace.
struct Placement {
    var contract: String
    /// Metric id → KPI id.
    var kpis: [String: String]
    var exists: Bool
}

/// `ocid` and OCDS contract id, as one key.
func sourceKey(_ ocid: String, _ contract: String) -> String { ocid + "\u{0}" + contract }
