import MissionKPI

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
        let parts = Rating.allCases.compactMap { r in counts[r].map { "\($0) \(r.lowercasedLabel)" } }
        return parts.isEmpty ? "none" : parts.joined(separator: ", ")
    }

    /// The same words from counts indexed by `Rating.rank` (a zero count is left out).
    static func counts(byRank counts: [Int]) -> String {
        let parts = Rating.allCases.compactMap { r in counts[r.rank] > 0 ? "\(counts[r.rank]) \(r.lowercasedLabel)" : nil }
        return parts.isEmpty ? "none" : parts.joined(separator: ", ")
    }

    /// Pads `s` on the right to `width` characters.
    static func pad(_ s: String, _ width: Int) -> String {
        let w = self.width(s)
        return w >= width ? s : s + String(repeating: " ", count: width - w)
    }

    /// How many characters `s` has: its byte count when it is ASCII without a CR (most cells; CR LF is
    /// one character), without walking grapheme clusters.
    static func width(_ s: String) -> Int {
        for b in s.utf8 where b >= 0x80 || b == 0x0D { return s.count }
        return s.utf8.count
    }

    /// Lays out rows as columns separated by two spaces (the last column is not padded, and no line
    /// ends in a space). Each line is built in one buffer.
    static func table(_ rows: [[String]], indent: String) -> [String] {
        guard let n = rows.map(\.count).max() else { return [] }
        let lengths = rows.map { $0.map(width) }
        var widths = [Int](repeating: 0, count: n)
        for r in lengths { for (i, c) in r.enumerated() { widths[i] = max(widths[i], c) } }
        return zip(rows, lengths).map { r, length in
            var line = indent
            line.reserveCapacity(indent.utf8.count + r.reduce(0) { $0 + $1.utf8.count } + 2 * n + widths.reduce(0, +))
            for (i, c) in r.enumerated() {
                line += c
                if i < r.count - 1 { for _ in 0..<(widths[i] - length[i] + 2) { line.append(" ") } }
            }
            var spaces = 0
            for b in line.utf8.reversed() {
                guard b == 0x20 else { break }
                spaces += 1
            }
            if spaces > 0 { line.removeLast(spaces) }
            return line
        }
    }
}
