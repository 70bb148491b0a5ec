import Foundation

extension OwnershipAudit {
    /// The ids of the ownership rules, whose findings the audit shows.
    public static let ruleIDs: Set<String> = Set(RuleRegistry.ownershipRules.map(\.description.id))

    /// Builds the audit from a report that ran the ownership rules (other families' findings are ignored).
    /// Contracts that ended before the report's as-of date are left out, as the rules leave them out.
    /// `department` limits it to one department; `top` is how many most loaded managers to list.
    public static func build(
        _ ws: Workspace, report: AlignmentReport, floor: Grade, department: String? = nil, top: Int = 5
    ) -> OwnershipAudit {
        let threshold = highValueThreshold(ws)
        let inScope: (Finding) -> Bool = { f in
            guard ruleIDs.contains(f.ruleID) else { return false }
            guard let department else { return true }
            return relates(f, to: department, ws)
        }
        let findings = report.findings.filter(inScope)
        let contracts = ws.contracts.filter { $0.end >= report.asOf && (department == nil || $0.department == department) }
        var byContract: [String: [Finding]] = [:]
        for f in findings { if let c = f.subject.contractID { byContract[c, default: []].append(f) } }
        var departments: [DepartmentOwnership] = []
        for d in ws.departments where department == nil || d.id == department {
            let own = contracts.filter { $0.department == d.id }
            let flags = findings.filter { $0.subject.kind == .department && $0.subject.owner == d.id }
            guard !own.isEmpty || !flags.isEmpty || department != nil else { continue }
            let rows = own.map { c in
                ContractOwnership(
                    contract: c.id, title: c.title, value: c.value.grossAmount, tier: c.tier, end: c.end,
                    manager: cell(c.manager, ws, floor), seniorResponsibleOwner: cell(c.seniorResponsibleOwner, ws, floor),
                    flags: byContract[c.id] ?? [])
            }
            departments.append(DepartmentOwnership(
                id: d.id, name: d.name, contracts: rows, figures: figures(own, ws, floor, threshold),
                mostLoaded: loads(own, ws, floor, top: top), flags: flags))
        }
        let general = findings.filter { $0.subject.kind == .workspace || $0.subject.kind == .mission }
        return OwnershipAudit(
            asOf: report.asOf, floor: floor, threshold: threshold, department: department, departments: departments,
            overall: figures(contracts, ws, floor, threshold), mostLoaded: loads(contracts, ws, floor, top: top),
            general: general, findings: findings, waived: report.waived.filter(inScope))
    }

    /// The high-value threshold: `non-specialist-high-value`'s `threshold` option exactly as the rule reads
    /// it (the workspace's setting, else the default its description declares), so the two never disagree.
    public static func highValueThreshold(_ ws: Workspace) -> Decimal {
        let d = NonSpecialistHighValue.description
        var ignored: [Diagnostic] = []  // a wrong setting is reported once, by the alignment run
        let options = AlignmentEngine.resolveOptions(d, ws.settings.rules[d.id], &ignored)
        guard case .number(let v)? = options["threshold"] else { return 0 }
        return Decimal(string: fmt(v)) ?? Decimal(v)
    }

    /// Whether a finding is about the department: one of its contracts, the department, or one of its people.
    static func relates(_ f: Finding, to department: String, _ ws: Workspace) -> Bool {
        switch f.subject.kind {
        case .contract, .kpi: ws.contract(f.subject.owner)?.department == department
        case .department: f.subject.owner == department
        case .workspace, .mission: true
        }
    }

    static func cell(_ ref: PersonRef?, _ ws: Workspace, _ floor: Grade) -> OwnerCell? {
        guard let ref, let p = ws.person(ref) else { return nil }
        return OwnerCell(
            department: ref.department, display: PersonDisplay.name(p, floor: floor), named: PersonDisplay.isNamed(p, floor: floor),
            grade: p.grade, specialist: p.commercialSpecialist, accreditation: p.accreditationLevel)
    }

    static func figures(_ contracts: [Contract], _ ws: Workspace, _ floor: Grade, _ threshold: Decimal) -> OwnershipFigures {
        var f = OwnershipFigures(
            contracts: contracts.count, value: 0, specialistContracts: 0, specialistValue: 0, highValueContracts: 0,
            highValueSpecialist: 0, accreditation: [])
        var managers: [AccreditationLevel: Set<String>] = [:]
        var perLevel: [AccreditationLevel: (Int, Decimal)] = [:]
        for c in contracts {
            let value = c.value.grossAmount
            let person = c.manager.flatMap { ws.person($0) }
            let specialist = person?.commercialSpecialist == true
            f.value += value
            if specialist {
                f.specialistContracts += 1
                f.specialistValue += value
            }
            if value > threshold {
                f.highValueContracts += 1
                if specialist { f.highValueSpecialist += 1 }
            }
            if let m = c.manager, let p = person {
                managers[p.accreditationLevel, default: []].insert("\(m.department)/\(m.person)")
                let (n, v) = perLevel[p.accreditationLevel] ?? (0, 0)
                perLevel[p.accreditationLevel] = (n + 1, v + value)
            }
        }
        f.accreditation = AccreditationLevel.allCases.map { level in
            AccreditationCount(
                level: level, managers: managers[level]?.count ?? 0, contracts: perLevel[level]?.0 ?? 0, value: perLevel[level]?.1 ?? 0)
        }
        return f
    }

    static func loads(_ contracts: [Contract], _ ws: Workspace, _ floor: Grade, top: Int) -> [ManagerLoad] {
        var byManager: [String: (OwnerCell, [String], Decimal)] = [:]
        for c in contracts {
            guard let ref = c.manager, let cell = cell(ref, ws, floor) else { continue }
            let key = "\(ref.department)/\(ref.person)"
            let (_, ids, value) = byManager[key] ?? (cell, [], 0)
            byManager[key] = (cell, ids + [c.id], value + c.value.grossAmount)
        }
        let sorted = byManager.sorted { a, b in
            let (x, y) = (a.value, b.value)
            if x.1.count != y.1.count { return x.1.count > y.1.count }
            if x.2 != y.2 { return x.2 > y.2 }
            return a.key < b.key
        }
        return sorted.prefix(max(0, top)).map { ManagerLoad(manager: $0.value.0, contracts: $0.value.1, value: $0.value.2) }
    }
}
