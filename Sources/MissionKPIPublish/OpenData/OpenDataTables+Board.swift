import MissionKPI

/// The open-data tables of what a board reads: each contract's and mission's verdict, and who must act.
extension OpenDataTables {
    static func verdicts(_ report: SiteReport, into writer: TableWriter? = nil) -> DataTable {
        var columns = [
            C(name: "kind", type: "code", meaning: "contract or mission."),
            C(name: "subject", type: "id", meaning: "The contract or mission id."),
            C(
                name: "verdict", type: "code",
                meaning: "The worst of the answers below: no_concerns, some_concerns, serious_concerns, not_known or not_yet_due."),
        ]
        for a in VerdictAspect.allCases {
            columns.append(C(
                name: a.rawValue, type: "code",
                meaning: "\(a.question(mission: false)) (for a mission: \(a.question(mission: true).lowercased())) As `verdict`, or not_applicable. \(a.criteria(mission: false))"))
        }
        columns.append(C(name: "reasons", type: "text", meaning: "Every reason for a level other than no concerns, in plain words, separated by a vertical bar between spaces."))
        var t = DataTable(
            writer: writer, name: "verdicts",
            summary: "One row per contract and mission: the answer to each question a board asks and the verdict (the worst answer).",
            columns: columns)
        let r = report.redactor
        for (kind, list) in [("contract", report.verdicts.contracts), ("mission", report.verdicts.missions)] {
            for v in list {
                var row: [DataTable.Cell] = [.text(kind), .text(v.subject), .text(v.overall.rawValue)]
                for a in VerdictAspect.allCases { row.append(.text(v.aspect(a)?.level.rawValue)) }
                let reasons = v.aspects.flatMap(\.reasons).map { r.text($0) }
                row.append(.text(reasons.isEmpty ? nil : reasons.joined(separator: " | ")))
                t.rows.append(row)
            }
        }
        return t
    }

    static func actions(_ report: SiteReport, into writer: TableWriter? = nil) -> DataTable {
        var t = DataTable(
            writer: writer, name: "actions",
            summary: "One row per action: who must do what, about which contract or mission, by when.",
            columns: [
                C(
                    name: "owner_role", type: "code",
                    meaning: "mission_board, senior_responsible_owner, contract_manager or department (when the contract names no owner)."),
                C(name: "owner", type: "text", meaning: "Who: the name at or above the publication grade floor, otherwise role and grade; or the department or board."),
                C(name: "department", type: "id", meaning: "The department that must act, or whose person must."),
                C(name: "contract", type: "id", meaning: "The contract the action concerns, if any."),
                C(name: "kpi", type: "id", meaning: "The KPI of that contract, if any."),
                C(name: "mission", type: "id", meaning: "The mission, for the mission board's actions."),
                C(name: "what", type: "text", meaning: "What to do, in plain words."),
                C(name: "why", type: "text", meaning: "Why, in plain words."),
                C(name: "due", type: "date", meaning: "When it is due (s.71 assessments), overdue since (returns, assessments), or the re-procurement start."),
                C(name: "overdue", type: "boolean", meaning: "Whether `due` has passed."),
                C(name: "rule", type: "id", meaning: "The rule whose finding asks for it, if any."),
            ])
        let r = report.redactor
        for a in report.actions.actions {
            t.rows.append([
                .text(a.owner.role.rawValue), .text(ActionsView.owner(a.owner, report: report)), .text(a.owner.department),
                .text(a.contract), .text(a.kpi), .text(a.mission ?? a.owner.mission), .text(r.text(a.what)), .text(r.text(a.why)),
                .day(a.due), .bool(a.overdue), .text(a.ruleID),
            ])
        }
        return t
    }
}
