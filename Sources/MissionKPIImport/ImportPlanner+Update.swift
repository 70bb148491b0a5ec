import MissionKPI

extension ImportPlanner {
    /// A contract imported before: each field the import owns takes the notices' value while the file
    /// still holds what the last import wrote (`base`); a field a person changed is kept, and said so.
    mutating func update(_ current: Contract, with f: OCDSContractFacts, base: BaseRecord?) {
        let key = sourceKey(f.ocid, f.contract)
        let path = current.locations.file
        placements[key] = Placement(contract: current.id, kpis: kpiMap(current), exists: true)
        if let last = base?.contract.source?.date, let now = f.source.date, now < last {
            plan.unchanged += 1
            plan.lines.append(
                "note: \(path): the notices read are older (\(now)) than those it was last imported from (\(last)); nothing was taken from them"
            )
            return
        }
        let theirs = TheirContract(f, id: current.id, department: current.department, readings: readings)
        var merged = current
        var record = base?.contract ?? Self.ownedOnly(current)
        var changed: [String] = []
        for field in ContractField.allCases {
            let t = theirs.text(field)
            switch FieldDecision(base: base.flatMap { field.text($0.contract) }, hasBase: base != nil, mine: field.text(current), theirs: t)
            {
            case .keep: break
            case .take:
                field.copy(from: theirs.contract, to: &merged)
                changed.append(field.rawValue)
            case .keptEdit: keptEdit(field.rawValue, path, t)
            }
            if t != nil { field.copy(from: theirs.contract, to: &record) }
        }
        updateKPIs(theirs, in: &merged, record: &record, base: base?.contract, path: path, changed: &changed)
        if !Self.sameSource(merged.source, f.source) {
            merged.source = f.source
            if changed.isEmpty { changed.append("source") }
        }
        record.source = f.source
        placements[key] = Placement(contract: merged.id, kpis: kpiMap(merged), exists: true)
        plan.kpis += theirs.contract.kpis.count
        if f.exemption != nil { plan.exemptions += 1 }
        if changed.isEmpty {
            plan.unchanged += 1
        } else {
            plan.updated += 1
            plan.writes[path] = ContractYAML.contract(merged)
            plan.lines.append("\(path): updated \(changed.joined(separator: ", "))")
        }
        writeRecord(record, for: current, path: path, base: base)
    }

    /// The KPIs: matched by `source_id`; a KPI a person removed stays removed; a new metric is added.
    mutating func updateKPIs(
        _ theirs: TheirContract, in merged: inout Contract, record: inout Contract, base: Contract?, path: String, changed: inout [String]
    ) {
        for created in theirs.contract.kpis {
            guard let sid = created.sourceId, let tk = theirs.kpiFacts[sid]?.kpi else { continue }
            let baseKPI = base?.kpis.first { $0.sourceId == sid }
            if let i = merged.kpis.firstIndex(where: { $0.sourceId == sid }) {
                for field in KPIOwned.fields {
                    let t = theirs.text(field, metric: sid)
                    let b = baseKPI.flatMap { KPIOwned.text(field, $0) }
                    switch FieldDecision(base: b, hasBase: baseKPI != nil, mine: KPIOwned.text(field, merged.kpis[i]), theirs: t) {
                    case .keep: break
                    case .take:
                        KPIOwned.copy(field, from: tk, to: &merged.kpis[i])
                        changed.append("KPI '\(merged.kpis[i].id)' \(field.rawValue)")
                    case .keptEdit: keptEdit("KPI '\(merged.kpis[i].id)' \(field.rawValue)", path, t)
                    }
                }
            } else if let baseKPI {
                let news = KPIOwned.fields.contains { f in
                    let t = theirs.text(f, metric: sid)
                    return t != nil && t != KPIOwned.text(f, baseKPI)
                }
                if news {
                    plan.keptEdits += 1
                    plan.lines.append("kept your removal of KPI '\(baseKPI.id)' (metric \(OCDSWords.quoted(sid, limit: 20))) from \(path)")
                }
            } else {
                var k = created
                k.id = ImportIDs.kpi(sid, taken: Set(merged.kpis.map(\.id)))
                merged.kpis.append(k)
                changed.append("new KPI '\(k.id)'")
            }
            // The record holds the notices' latest value of every field they state.
            var r = record.kpis.first { $0.sourceId == sid } ?? created
            for field in KPIOwned.fields where theirs.text(field, metric: sid) != nil { KPIOwned.copy(field, from: tk, to: &r) }
            r.id = merged.kpis.first { $0.sourceId == sid }?.id ?? r.id
            if let j = record.kpis.firstIndex(where: { $0.sourceId == sid }) { record.kpis[j] = r } else { record.kpis.append(r) }
        }
    }

    mutating func keptEdit(_ field: String, _ path: String, _ theirs: String?) {
        plan.keptEdits += 1
        plan.lines.append("kept your edit of \(field) in \(path) (the notices now say \(OCDSWords.quoted(theirs ?? "")))")
    }

    /// Writes the record of this import when it changed.
    mutating func writeRecord(_ record: Contract, for current: Contract, path: String, base: BaseRecord?) {
        var record = record
        let recordPath: String
        if let base {
            recordPath = base.path
        } else {
            let folder = "Imports/ocds/\(current.department)/"
            let stems = Set(
                Set(plan.writes.keys).union(bases.values.map(\.path)).filter { $0.hasPrefix(folder) }
                    .map { String($0.dropFirst(folder.count).dropLast(".yaml".count)) })
            let id = ImportIDs.unique(current.id, taken: stems)
            recordPath = "Imports/ocds/\(current.department)/\(id).yaml"
            record.id = id
            record.department = current.department
        }
        let text = ContractYAML.contract(record, header: Self.baseHeader(path))
        if text != base?.text { plan.writes[recordPath] = text }
    }

    /// Whether two source blocks say the same (their places in files aside).
    static func sameSource(_ a: ContractSource?, _ b: ContractSource) -> Bool {
        guard let a else { return false }
        return (a.ocid, a.contract, a.release, a.date, a.notice) == (b.ocid, b.contract, b.release, b.date, b.notice)
    }

    /// The fields of `c` an import owns, for a record of it (no owners, links, waivers or bands).
    static func ownedOnly(_ c: Contract) -> Contract {
        var r = c
        (r.tier, r.manager, r.seniorResponsibleOwner, r.procurementStart) = (nil, nil, nil, nil)
        (r.contributesTo, r.waivers, r.kpis) = ([], [], [])
        (r.supplier.sme, r.supplier.vcse) = (nil, nil)
        return r
    }
}
