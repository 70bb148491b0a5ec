import MissionKPI

/// `validate --format json`: the file count, the error count and each diagnostic with its place.
public enum DiagnosticsJSON {
    /// The diagnostics as JSON, one object per line inside the array.
    public static func render(_ diagnostics: [Diagnostic], fileCount: Int) -> String {
        var out = "{\n  \"files\": \(fileCount),\n  \"errors\": \(diagnostics.count),\n  \"diagnostics\": ["
        for (i, d) in diagnostics.enumerated() {
            out += i == 0 ? "\n" : ",\n"
            out += "    {\"file\": \(JSONText.string(d.location.file)), \"line\": \(d.location.line), \"column\": \(d.location.column), "
            out += "\"severity\": \(JSONText.string(d.severity.rawValue)), \"message\": \(JSONText.string(d.message))}"
        }
        out += diagnostics.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return out
    }
}
