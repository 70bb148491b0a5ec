/// Findings counted by severity, in words: the one table every report, page, verdict and CLI summary uses.
///
/// ```swift
/// SeverityWords.all(findings)       // "1 error, 2 warnings, 0 info"
/// SeverityWords.present(findings)   // "1 error, 2 warnings" ("none" when there are none)
/// ```
public enum SeverityWords {
    /// Most severe first.
    static let order: [Severity] = [.error, .warning, .info]

    /// Every severity, zeros too: `1 error, 2 warnings, 0 info`.
    public static func all(_ findings: [Finding]) -> String {
        let c = counts(findings)
        return order.map { phrase(c[$0] ?? 0, $0) }.joined(separator: ", ")
    }

    /// Only the severities present: `2 errors, 1 info`, or `none` (the words for no findings).
    public static func present(_ findings: [Finding], none: String = "none") -> String {
        let c = counts(findings)
        let parts = order.compactMap { s in c[s].map { phrase($0, s) } }
        return parts.isEmpty ? none : parts.joined(separator: ", ")
    }

    /// `1 error`, `2 warnings`, `3 info`.
    public static func phrase(_ n: Int, _ s: Severity) -> String { s == .info ? "\(n) info" : "\(n) \(s.rawValue)\(n == 1 ? "" : "s")" }

    static func counts(_ findings: [Finding]) -> [Severity: Int] {
        var c: [Severity: Int] = [:]
        for f in findings { c[f.severity, default: 0] += 1 }
        return c
    }
}
