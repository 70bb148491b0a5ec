import MissionKPI

/// Replaces the names of people below the publication grade floor by their role and grade, wherever
/// they appear in text taken from the workspace (a note or a waiver reason may quote a name).
///
/// ```swift
/// let r = Redactor(workspace)
/// r.text("Agreed with Tom Adeyemi")   // "Agreed with Commercial Lead, Diagnostics and Digital (G7)"
/// ```
public struct Redactor: Sendable {
    /// Names to replace and their replacements, longest name first (so a longer name wins).
    public let replacements: [(name: String, display: String)]

    /// Collects every person below `workspace.settings.publication.nameGradeFloor`.
    public init(_ workspace: Workspace) {
        let floor = workspace.settings.publication.nameGradeFloor
        var pairs: [String: String] = [:]
        for d in workspace.departments {
            for p in d.people where !PersonDisplay.isNamed(p, floor: floor) {
                let name = p.name.trimmingSpaces
                if name.count >= 3 { pairs[name] = PersonDisplay.name(p, floor: floor) }
            }
        }
        replacements = pairs.sorted { ($0.key.count, $0.key) > ($1.key.count, $1.key) }.map { (name: $0.key, display: $0.value) }
    }

    /// `text` with every redacted name replaced.
    public func text(_ text: String) -> String {
        guard !replacements.isEmpty, !text.isEmpty else { return text }
        var out = text
        for r in replacements where out.contains(r.name) { out = out.replacing(r.name, with: r.display) }
        return out
    }

    /// `text` redacted, or nil.
    public func text(_ text: String?) -> String? { text.map { self.text($0) } }
}

extension String {
    /// Without leading and trailing spaces, tabs and line breaks.
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }

    /// Line breaks and runs of spaces folded to single spaces, ends trimmed.
    var singleLine: String {
        var out = ""
        var space = false
        for c in self {
            if c.isWhitespace {
                space = true
            } else {
                if space && !out.isEmpty { out.append(" ") }
                space = false
                out.append(c)
            }
        }
        return out
    }
}
