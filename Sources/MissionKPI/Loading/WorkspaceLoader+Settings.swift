import Foundation

extension WorkspaceLoader {
    /// Reads `missionkpi.yaml` alone (defaults when there is none), for commands that need a setting
    /// before, or without, loading the whole workspace, such as where the tracker is.
    ///
    /// ```swift
    /// let (settings, problems) = WorkspaceLoader.settings(at: ".")
    /// settings.tracker?.url   // "postgresql://kpi@db.example:5432/missionkpi"
    /// ```
    public static func settings(at root: String) -> (settings: Settings, diagnostics: [Diagnostic]) {
        guard FileManager.default.fileExists(atPath: root + "/missionkpi.yaml") else { return (Settings(), []) }
        let result = loadFile(job: Job(path: "missionkpi.yaml", kind: .settings), bytes: readFile(root: root, path: "missionkpi.yaml"))
        if case .settings(let s) = result.decoded { return (s, result.diagnostics.sorted()) }
        return (Settings(), result.diagnostics.sorted())
    }
}
