import Foundation
import MissionKPI

/// `audit ownership --format markdown`: figures and tables for a web page or a pull-request comment.
enum OwnershipMarkdown {
    typealias W = Words

    static func render(_ a: OwnershipAudit) -> String {
        var out = "# Contract-management ownership\n\n"
        out += "As at \(a.asOf)" + (a.department.map { ", department `\($0)`" } ?? "") + ". Contracts in force or still to start. "
        out += "People below \(a.floor.rawValue) are shown by role and grade, not by name.\n\n"
        if a.department == nil {
            out += "## Overall\n\n" + figures(a.overall, a.threshold) + "\n"
            out += "Most loaded managers:\n\n" + loads(a.mostLoaded, department: true) + "\n"
        }
        out += "Findings: \(W.severities(a.findings)); \(a.waived.count) waived.\n"
        if !a.general.isEmpty { out += "\n## Settings\n\n" + findings(a.general) }
        for d in a.departments { out += "\n" + department(d, a) }
        return out
    }

    static func department(_ d: DepartmentOwnership, _ a: OwnershipAudit) -> String {
        var out = "## \(md(d.name)) (`\(d.id)`)\n\n" + figures(d.figures, a.threshold) + "\n"
        if !d.contracts.isEmpty {
            out += "Most loaded managers:\n\n" + loads(d.mostLoaded, department: false) + "\n"
            out += "| Contract | Value | Tier | Manager | SRO | Flags |\n|---|--:|---|---|---|---|\n"
            for c in d.contracts {
                let row = [
                    "`\(c.contract)` " + md(c.title), W.money(c.value), c.tier.map(md) ?? "—", owner(c.manager, home: d.id),
                    owner(c.seniorResponsibleOwner, home: d.id), c.flags.isEmpty ? "—" : W.rules(c.flags),
                ]
                out += "| " + row.joined(separator: " | ") + " |\n"
            }
            out += "\n"
        }
        let all = (d.flags + d.contracts.flatMap(\.flags)).sorted()
        if !all.isEmpty { out += findings(all) }
        return out
    }

    static func figures(_ f: OwnershipFigures, _ threshold: Decimal) -> String {
        var out = W.shares(f, threshold: threshold) + "\n\n"
        guard f.contracts > 0 else { return out }
        out += "| Accreditation | Managers | Contracts | Value |\n|---|--:|--:|--:|\n"
        for a in f.accreditation { out += "| \(a.level.rawValue) | \(a.managers) | \(a.contracts) | \(W.money(a.value)) |\n" }
        return out
    }

    static func loads(_ loads: [ManagerLoad], department: Bool) -> String {
        guard !loads.isEmpty else { return "None.\n" }
        var out = department ? "| Manager | Department | Contracts | Value | Specialist | Accreditation |\n|---|---|--:|--:|---|---|\n"
            : "| Manager | Contracts | Value | Specialist | Accreditation |\n|---|--:|--:|---|---|\n"
        for l in loads {
            let row = [md(l.manager.display)] + (department ? ["`\(l.manager.department)`"] : [])
                + ["\(l.contracts.count)", W.money(l.value), l.manager.specialist ? "yes" : "no", l.manager.accreditation.rawValue]
            out += "| " + row.joined(separator: " | ") + " |\n"
        }
        return out
    }

    static func findings(_ list: [Finding]) -> String {
        list.map { f in
            "- **\(f.severity.rawValue)** `\(f.ruleID)` at `\(MarkdownText.code(f.location.description))`: \(md(f.message)). *Fix:* \(md(f.fix)).\n"
        }.joined()
    }

    /// The person cell of a table: `W.owner`'s words with the name (or role) escaped for Markdown.
    static func owner(_ cell: OwnerCell?, home: String) -> String {
        guard let cell else { return "—" }
        return md(cell.display) + (cell.department == home ? "" : " [\(cell.department)]")
    }

    /// Workspace text, escaped for Markdown.
    static func md(_ s: String) -> String { MarkdownText.escape(s) }
}
