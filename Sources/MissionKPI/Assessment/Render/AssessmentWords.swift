/// Short phrases shared by the text and Markdown renderings.
public enum AssessmentWords {
    /// `current`, `stale since 2026-06-30`, `no returns`.
    public static func dataState(_ s: DataState) -> String {
        switch s {
        case .current: "current"
        case .stale(let end): "stale since \(end)"
        case .missing: "no returns"
        }
    }

    /// A KPI's returns: its data state, or `not due yet` when none are expected by the as-of date.
    public static func returns(_ k: KPIAssessment) -> String {
        k.dataState == .missing && !k.returnsDue ? "not due yet" : dataState(k.dataState)
    }

    /// `assessed`, `OVERDUE`, `in progress`, `awaiting returns`.
    public static func annualStatus(_ a: AnnualAssessment, asOf: Day) -> String {
        if a.isComplete { return "assessed" }
        if a.isOverdue { return "OVERDUE" }
        if a.end >= asOf { return "in progress" }
        return "awaiting returns"
    }

    /// `expected 64.1% · actual 61.7% (2025-10-31) · gap -2.4 points · projected 63% at 2029-03-31 (target 92%)`.
    public static func trajectoryLine(_ t: Trajectory, unit: Unit?) -> String {
        var parts: [String] = []
        if let e = t.expected { parts.append("expected \(ValueText.value(e, unit))") }
        if let v = t.latestValue, let d = t.latestDate { parts.append("actual \(ValueText.value(v, unit)) (\(d))") }
        if let g = t.gap { parts.append("gap \(g < 0 ? "-" : "+")\(ValueText.difference(g, unit))") }
        if let p = t.projectedAtTarget, let d = t.targetDate {
            parts.append("projected \(ValueText.value(p, unit)) at \(d)" + (t.target.map { " (target \(ValueText.value($0, unit)))" } ?? ""))
        } else if let target = t.target {
            parts.append("target \(ValueText.value(target, unit))" + (t.targetDate.map { " by \($0)" } ?? ""))
        }
        return parts.isEmpty ? "no figures" : parts.joined(separator: " · ")
    }

    /// `3 good, 1 requires improvement, 2 other`, best first.
    public static func counts(_ counts: [Rating: Int]) -> String {
        let parts = Rating.allCases.compactMap { r in counts[r].map { "\($0) \(r.label.lowercased())" } }
        return parts.isEmpty ? "none" : parts.joined(separator: ", ")
    }

    /// Pads `s` on the right to `width` characters.
    static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
    }

    /// Lays out rows as columns separated by two spaces (the last column is not padded).
    static func table(_ rows: [[String]], indent: String) -> [String] {
        guard let n = rows.map(\.count).max() else { return [] }
        let lengths = rows.map { $0.map(\.count) }
        var widths = [Int](repeating: 0, count: n)
        for r in lengths { for (i, c) in r.enumerated() { widths[i] = max(widths[i], c) } }
        return zip(rows, lengths).map { r, length in
            var line = indent
            for (i, c) in r.enumerated() {
                line += c
                if i < r.count - 1 { line += String(repeating: " ", count: widths[i] - length[i] + 2) }
            }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }
}
