import Foundation
import MissionKPI

/// A link on a page: an href made by our code from valid ids, and text.
struct Link: Sendable {
    var href: String
    var text: String
}

/// A tag: words, a CSS class for colour, and a symbol, so that meaning never rests on colour alone.
struct Tag: Sendable {
    var text: String
    var cls: String
    var symbol: String

    static func rating(_ r: Rating) -> Tag {
        switch r {
        case .good: Tag(text: r.label, cls: "good", symbol: "✓")
        case .approachingTarget: Tag(text: r.label, cls: "approaching", symbol: "◔")
        case .requiresImprovement: Tag(text: r.label, cls: "requires", symbol: "▲")
        case .inadequate: Tag(text: r.label, cls: "inadequate", symbol: "✕")
        case .other: Tag(text: r.label, cls: "other", symbol: "–")
        }
    }

    static func status(_ s: TrackStatus) -> Tag {
        switch s {
        case .onTrack: Tag(text: s.label, cls: "good", symbol: "✓")
        case .atRisk: Tag(text: s.label, cls: "approaching", symbol: "!")
        case .offTrack: Tag(text: s.label, cls: "inadequate", symbol: "✕")
        case .noData: Tag(text: s.label, cls: "other", symbol: "?")
        }
    }

    static func severity(_ s: Severity) -> Tag {
        switch s {
        case .error: Tag(text: "Error", cls: "inadequate", symbol: "✕")
        case .warning: Tag(text: "Warning", cls: "requires", symbol: "!")
        case .info: Tag(text: "Info", cls: "info", symbol: "i")
        }
    }

    static func dataState(_ s: DataState) -> Tag {
        switch s {
        // Neutral: current returns say nothing about the rating they carry (shown beside it).
        case .current: Tag(text: "Current", cls: "info", symbol: "✓")
        case .stale(let end): Tag(text: "Stale since \(end)", cls: "requires", symbol: "!")
        case .missing: Tag(text: "No returns", cls: "other", symbol: "?")
        }
    }

    static func annual(_ a: AnnualAssessment, asOf: Day) -> Tag {
        // Neutral: whether an assessment was made says nothing about how it rated (shown beside it).
        if a.isComplete { return Tag(text: "Assessed", cls: "info", symbol: "✓") }
        if a.isOverdue { return Tag(text: "Overdue", cls: "inadequate", symbol: "✕") }
        if a.end >= asOf { return Tag(text: "In progress", cls: "info", symbol: "…") }
        return Tag(text: "Awaiting returns", cls: "requires", symbol: "!")
    }

    static func yesNo(_ b: Bool) -> Tag { b ? Tag(text: "Yes", cls: "good", symbol: "✓") : Tag(text: "No", cls: "requires", symbol: "✕") }
}

/// Where pages live; every file name comes from a valid id.
enum Href {
    static func mission(_ id: String, root: String) -> String { root + "missions/" + id + ".html" }
    static func department(_ id: String, root: String) -> String { root + "departments/" + id + ".html" }
    static func contract(_ id: String, root: String) -> String { root + "contracts/" + id + ".html" }
    static func kpi(_ contractID: String, _ kpiID: String, root: String) -> String { contract(contractID, root: root) + "#kpi-" + kpiID }
    static func rule(_ id: String, root: String) -> String { root + "rules.html#rule-" + id }
    /// A supplier's page, by its slug (a valid id, see `SupplierRecords.slugs`).
    static func supplier(_ slug: String, root: String) -> String { root + "suppliers/" + slug + ".html" }
    static func outcome(_ ref: OutcomeRef, root: String, isMilestone: Bool) -> String {
        mission(ref.mission, root: root) + (isMilestone ? "#milestone-" : "#node-") + ref.id
    }
}

/// Numbers, money and counts in words: the one word table of the reports and pages (the ownership and
/// pipeline words extend it in Ownership/Words.swift; severities come from `SeverityWords`).
enum Words {
    static func money(_ amount: Decimal) -> String { Money.describe(amount) }

    /// `£48.0m`, `£950k`: short money for tables.
    static func shortMoney(_ amount: Decimal) -> String {
        let v = NSDecimalNumber(decimal: amount).doubleValue
        if abs(v) >= 1_000_000_000 { return "£" + ValueText.number((v / 100_000_000).rounded() / 10) + "bn" }
        if abs(v) >= 1_000_000 { return "£" + ValueText.number((v / 100_000).rounded() / 10) + "m" }
        if abs(v) >= 1_000 { return "£" + ValueText.number((v / 100).rounded() / 10) + "k" }
        return Money.describe(amount)
    }

    static func value(_ v: Double?, _ unit: MissionKPI.Unit?) -> String { v.map { ValueText.value($0, unit) } ?? "—" }

    static func dated(_ d: DatedValue?, _ unit: MissionKPI.Unit?) -> String {
        guard let d else { return "—" }
        return ValueText.value(d.value, unit) + (d.date.map { " by \($0)" } ?? "")
    }

    static func count(_ n: Int, _ noun: String, _ plural: String? = nil) -> String {
        "\(n) \(n == 1 ? noun : plural ?? noun + "s")"
    }

    static func score(_ s: Double?) -> String { s.map { ValueText.number($0) } ?? "—" }

    static func percent(_ share: Double?) -> String {
        guard let share else { return "—" }
        return fmt((share * 1000).rounded() / 10) + "%"
    }

    /// `2 errors, 3 warnings, 1 info`, or `none`.
    static func severities(_ findings: [Finding]) -> String { SeverityWords.present(findings) }
}
