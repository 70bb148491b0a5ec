import MissionKPI

/// `audit ownership --format csv`: one row per contract, with its owners and ownership flags
/// (RFC 4180 through `CSVText`, so a cell cannot run as a spreadsheet formula).
enum OwnershipCSV {
    typealias W = Words

    static let header = [
        "department", "contract", "title", "value_gbp", "tier", "end",
        "manager", "manager_department", "manager_grade", "manager_specialist", "manager_accreditation",
        "sro", "sro_department", "sro_grade", "flags",
    ]

    static func render(_ a: OwnershipAudit) -> String {
        var out = CSVText.record(header)
        for d in a.departments {
            for c in d.contracts {
                out += CSVText.record(
                    [d.id, c.contract, c.title, W.plain(c.value), c.tier ?? "", c.end.description]
                        + person(c.manager, full: true) + person(c.seniorResponsibleOwner, full: false)
                        + [Set(c.flags.map(\.ruleID)).sorted().joined(separator: ";")])
            }
        }
        return out
    }

    static func person(_ o: OwnerCell?, full: Bool) -> [String] {
        guard let o else { return full ? ["", "", "", "", ""] : ["", "", ""] }
        let base = [o.display, o.department, o.grade.rawValue]
        return full ? base + [o.specialist ? "true" : "false", o.accreditation.rawValue] : base
    }
}
