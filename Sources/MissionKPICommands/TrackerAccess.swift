import MissionKPI
import MissionKPIStore
import MissionKPIStorePostgres

/// Opening the tracker and loading the workspace for a command: each way says why it could not, then
/// fails the command.
extension Place {
    /// For `record` and `publish`: the tracker opened read-only when it exists, to learn what it holds
    /// without writing (nil when there is none yet: no file, an empty file or database, or an older
    /// schema, which recording sets up).
    public func openIfExists(io: any CommandIO) throws -> Tracker? {
        if case .file(let path) = tracker, !Tracker.exists(at: path) { return nil }
        do {
            return try tracker.openForReading()
        } catch TrackerError.empty, TrackerError.olderSchema, TrackerError.missing {
            return nil
        } catch {
            io.error("error: \(error.localizedDescription)")
            throw CommandFailed()
        }
    }

    /// For commands that only read: the tracker opened read-only (never created, migrated or written).
    public func openForReading(io: any CommandIO) throws -> Tracker {
        try orFail(io) { try tracker.openForReading() }
    }

    /// The tracker opened for writing (created when `create`).
    public func open(create: Bool, io: any CommandIO) throws -> Tracker {
        try orFail(io) { try tracker.open(create: create) }
    }

    /// Starts reading and hashing `inputs` on another core, told which files `existing` holds already.
    public func startReading(_ inputs: [ReturnsInput], knownTo existing: Tracker?, io: any CommandIO) throws -> ReturnsReading {
        try orFail(io) { ReturnsReading(inputs, recorded: try existing?.recordedFiles() ?? [:]) }
    }

    /// The workspace, validated: its problems (each `path:line:col: error: …`) and a summary said, and
    /// the command failed, when it has any. Phase `load`.
    public func loadWorkspace(io: any CommandIO) throws -> Workspace {
        let result = try orFail(io) { try io.phase("load") { try WorkspaceLoader.load(at: workspace, ruleCatalog: RuleRegistry.catalog) } }
        guard result.isClean else {
            for d in result.diagnostics { io.error(d.description) }
            io.error("\(result.diagnostics.count) error(s) in the workspace; run 'missionkpi validate' for details. Nothing else was done.")
            throw CommandFailed()
        }
        return result.workspace
    }
}

/// What recording says about a returns file with problems: each problem at file:row:column, then what
/// happened to the file (`record` and `publish` alike).
public enum RecordWords {
    /// A rejected file's problems, then that nothing from it was stored.
    public static func rejected(_ path: String, _ diagnostics: [Diagnostic], io: any CommandIO) {
        for d in diagnostics { io.error(d.description) }
        io.error("\(path): \(diagnostics.count) problem\(diagnostics.count == 1 ? "" : "s"); nothing from this file was stored")
    }
}
