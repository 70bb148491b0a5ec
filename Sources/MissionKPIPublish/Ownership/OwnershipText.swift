import MissionKPI

/// `audit ownership --format text`: the overall figures, then each department's contracts, owners
/// and findings (in the compiler form editors and CI annotate).
enum OwnershipText {
    typealias W = Words

    static func render(_ a: OwnershipAudit) -> String {
        var lines = ["Contract-management ownership as at \(a.asOf)" + (a.department.map { " — department \($0)" } ?? "")]
        lines.append("Contracts in force or still to start; people below \(a.floor.rawValue) are shown by role and grade, not by name.")
        if a.department == nil {
            lines += ["", "OVERALL", "  " + W.shares(a.overall, threshold: a.threshold)]
            lines.append("  Managers by accreditation: " + W.spread(a.overall))
            lines += ["  Most loaded managers:"] + loads(a.mostLoaded, department: true)
            lines.append("  Findings: \(W.severities(a.findings)); \(a.waived.count) waived.")
        }
        if !a.general.isEmpty {
            lines += ["", "SETTINGS"] + findings(a.general)
        }
        for d in a.departments { lines += [""] + department(d, a) }
        return lines.joined(separator: "\n") + "\n"
    }

    static func department(_ d: DepartmentOwnership, _ a: OwnershipAudit) -> [String] {
        var lines = ["DEPARTMENT \(d.id) — \(d.name)", "  " + W.shares(d.figures, threshold: a.threshold)]
        guard !d.contracts.isEmpty || !d.flags.isEmpty else { return lines }
        if !d.contracts.isEmpty {
            lines.append("  Managers by accreditation: " + W.spread(d.figures))
            lines += ["  Most loaded managers:"] + loads(d.mostLoaded, department: false)
            var rows = [["CONTRACT", "VALUE", "TIER", "MANAGER", "SRO", "FLAGS"]]
            for c in d.contracts {
                rows.append([
                    c.contract, W.money(c.value), c.tier ?? "—", W.owner(c.manager, home: d.id),
                    W.owner(c.seniorResponsibleOwner, home: d.id), c.flags.isEmpty ? "—" : W.rules(c.flags),
                ])
            }
            lines += [""] + AssessmentWords.table(rows, indent: "  ")
        }
        let all = (d.flags + d.contracts.flatMap(\.flags)).sorted()
        lines += ["", "  Findings: \(W.severities(all))"] + findings(all)
        return lines
    }

    static func loads(_ loads: [ManagerLoad], department: Bool) -> [String] {
        guard !loads.isEmpty else { return ["    None."] }
        return AssessmentWords.table(loads.map { l in
            [l.manager.display] + (department ? [l.manager.department] : [])
                + [W.count(l.contracts.count, "contract"), W.money(l.value), l.manager.specialist ? "specialist" : "non-specialist",
                   l.manager.accreditation.rawValue]
        }, indent: "    ")
    }

    static func findings(_ list: [Finding]) -> [String] {
        list.flatMap { f in ["  " + f.text] + (f.fix.isEmpty ? [] : ["      fix: " + f.fix]) }
    }
}
