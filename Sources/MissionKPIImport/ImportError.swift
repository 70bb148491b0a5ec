import Foundation
import MissionKPI

/// Why an import did not run; when thrown, the workspace and the tracker are as they were.
public enum ImportError: Error, LocalizedError, Sendable {
    /// The workspace has problems of its own: fix them first (`missionkpi validate`).
    case workspace([Diagnostic])
    /// A record of an earlier import (`Imports/ocds/…`) does not load.
    case record(String, [Diagnostic])
    /// What the import would write does not load cleanly (a bug, or an edit that clashes).
    case result([Diagnostic])
    /// A file could not be written.
    case files(String)
    /// The tracker could not be opened or written.
    case tracker(String)

    public var errorDescription: String? {
        switch self {
        case .workspace(let ds):
            "the workspace has \(ds.count) problem\(ds.count == 1 ? "" : "s") (run 'missionkpi validate'); fix them before importing. Nothing was imported."
        case .record(let path, _):
            "\(path), the record of an earlier import, does not load; delete it (the next import then keeps every field of its contract as it stands) and import again. Nothing was imported."
        case .result(let ds):
            "what the import would write does not load cleanly (\(ds.count) problem\(ds.count == 1 ? "" : "s")); nothing was imported."
        case .files(let message): message + ". Nothing was imported; the workspace and the tracker are as they were."
        case .tracker(let message): message + ". Nothing was imported; the workspace and the tracker are as they were."
        }
    }

    /// The problems behind the error, one per line, when there are any.
    public var diagnostics: [Diagnostic] {
        switch self {
        case .workspace(let ds), .result(let ds), .record(_, let ds): ds
        case .files, .tracker: []
        }
    }
}
