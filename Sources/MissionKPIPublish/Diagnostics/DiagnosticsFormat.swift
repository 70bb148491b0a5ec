import MissionKPI

/// The formats `validate` writes the workspace's problems in.
public enum DiagnosticsFormat: String, Sendable, CaseIterable {
    /// `path:line:col: error: message`, one per line (nothing when the workspace is clean).
    case text
    /// The file count, the error count and each diagnostic with its place.
    case json

    /// The diagnostics of a load of `fileCount` files in this format.
    public func render(_ diagnostics: [Diagnostic], fileCount: Int) -> String {
        switch self {
        case .text: diagnostics.map { $0.description + "\n" }.joined()
        case .json: DiagnosticsJSON.render(diagnostics, fileCount: fileCount)
        }
    }
}
