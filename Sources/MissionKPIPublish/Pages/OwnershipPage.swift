import Foundation
import MissionKPI

/// The ownership audit: who manages and owns each contract in force, how much is in specialist
/// hands, the most loaded managers, and the ownership findings. Names only at or above the floor.
struct OwnershipPage: Sendable {
    struct LevelRow: Sendable {
        var level: String
        var managers: Int
        var contracts: Int
        var value: String
    }

    struct LoadRow: Sendable {
        var manager: String
        var contracts: Int
        var value: String
    }

    struct ContractRow: Sendable {
        var link: Link
        var title: String
        var value: String
        var tier: String
        var end: String
        var manager: String
        var specialist: Tag?
        var accreditation: String
        var owner: String
        var flags: [Link]
    }

    struct DepartmentBlock: Sendable {
        var id: String
        var name: String
        var link: Link
        var shares: String
        var contracts: [ContractRow]
        var flags: FindingTable?
    }

    var frame: PageFrame
    var floor: String
    var overall: String
    var levels: [LevelRow]
    var loads: [LoadRow]
    var departments: [DepartmentBlock]
    var findings: FindingTable?
    var general: FindingTable?

    init(report: SiteReport, path: SitePath) {
        let root = path.rootPrefix
        let r = report.redactor
        let audit = report.audit
        frame = PageFrame(report, title: "Contract management ownership audit", path: path, section: .ownership)
        floor = audit.floor.rawValue
        overall = Self.shares(audit.overall, threshold: audit.threshold)
        levels = audit.overall.accreditation.map {
            LevelRow(
                level: $0.level.rawValue.capitalized, managers: $0.managers, contracts: $0.contracts, value: Words.shortMoney($0.value))
        }
        loads = audit.mostLoaded.map {
            LoadRow(manager: Self.owner($0.manager, home: nil), contracts: $0.contracts.count, value: Words.shortMoney($0.value))
        }
        departments = audit.departments.map { d in
            DepartmentBlock(
                id: d.id, name: r.text(d.name), link: Link(href: Href.department(d.id, root: root), text: r.text(d.name)),
                shares: Self.shares(d.figures, threshold: audit.threshold),
                contracts: d.contracts.map { c in
                    ContractRow(
                        link: Link(href: Href.contract(c.contract, root: root), text: c.contract), title: r.text(c.title),
                        value: Words.shortMoney(c.value), tier: r.text(c.tier) ?? "—", end: c.end.description,
                        manager: Self.owner(c.manager, home: d.id), specialist: c.manager.map { Tag.yesNo($0.specialist) },
                        accreditation: c.manager?.accreditation.rawValue.capitalized ?? "—",
                        owner: Self.owner(c.seniorResponsibleOwner, home: d.id),
                        flags: Set(c.flags.map(\.ruleID)).sorted().map { Link(href: Href.rule($0, root: root), text: $0) })
                },
                flags: FindingRow.table(d.flags, report, root: root, label: "Findings on \(d.id) and its people"))
        }
        findings = FindingRow.table(
            audit.departments.flatMap { $0.contracts.flatMap(\.flags) }, report, root: root, label: "Ownership findings on contracts")
        general = FindingRow.table(audit.general, report, root: root, label: "General ownership findings")
    }

    static func owner(_ cell: OwnerCell?, home: String?) -> String {
        guard let cell else { return "Not named" }
        guard let home else { return cell.display + " (\(cell.department))" }
        return cell.department == home ? cell.display : cell.display + " [\(cell.department)]"
    }

    static func shares(_ f: OwnershipFigures, threshold: Decimal) -> String {
        guard f.contracts > 0 else { return "No contracts in force." }
        return
            "\(Words.count(f.contracts, "contract")) in force worth \(Words.money(f.value)); commercial specialists manage \(f.specialistContracts) of them and \(Words.percent(f.valueShare)) of the value, and \(f.highValueSpecialist) of the \(f.highValueContracts) contracts over \(Words.money(threshold)) (\(Words.percent(f.highValueShare)))."
    }
}
