import MissionKPI

/// Decides what importing `contents` into `workspace` changes: new contracts and departments, updated
/// fields (only those nobody edited since the last import, `bases`), and the published assessments.
struct ImportPlanner {
    let workspace: Workspace
    var plan = ImportPlan()
    var bases: [String: BaseRecord]
    var mine: [String: Contract] = [:]
    var takenContracts: Set<String>
    var takenDepartments: Set<String>
    var departmentByParty: [String: String] = [:]
    var placements: [String: Placement] = [:]
    /// What the KPI words reader read from each metric's words, read once per distinct text.
    var readings: KPIReadings = KPIReadings()

    init(workspace: Workspace, bases: [String: BaseRecord]) {
        self.workspace = workspace
        self.bases = bases
        for c in workspace.contracts { if let s = c.source { mine[sourceKey(s.ocid, s.contract)] = c } }
        takenContracts = Set(workspace.contracts.map(\.id)).union(bases.values.map(\.contract.id))
        takenDepartments = Set(workspace.departments.map(\.id))
        for d in workspace.departments { if let p = d.ocdsParty { departmentByParty[p] = d.id } }
    }

    /// The plan for `contents`.
    static func plan(_ contents: OCDSContents, workspace: Workspace, bases: [String: BaseRecord]) -> ImportPlan {
        var planner = ImportPlanner(workspace: workspace, bases: bases)
        planner.readings = KPIReadings(contents.contracts.flatMap(\.metrics))
        for f in contents.contracts { planner.place(f) }
        planner.publish(contents.published)
        return planner.plan
    }

    /// One contract of the notices: update the file that has its source, or create one.
    mutating func place(_ f: OCDSContractFacts) {
        let key = sourceKey(f.ocid, f.contract)
        for note in f.notes { plan.lines.append("note: " + note) }
        if let current = mine[key] {
            update(current, with: f, base: bases[key])
        } else if let base = bases[key] {
            plan.unchanged += 1
            placements[key] = Placement(contract: base.contract.id, kpis: kpiMap(base.contract), exists: false)
            plan.lines.append(
                "kept your removal of \(base.contract.id) (\(f.ocid) contract \(OCDSWords.quoted(f.contract, limit: 20))): \(base.path) records its last import; delete that file too to import it again"
            )
        } else {
            create(f)
        }
    }

    func kpiMap(_ c: Contract) -> [String: String] {
        var map: [String: String] = [:]
        for k in c.kpis { if let s = k.sourceId { map[s] = k.id } }
        return map
    }

    /// A contract seen for the first time: its department (matched by the buyer's party, or created),
    /// its file and the record of this import.
    mutating func create(_ f: OCDSContractFacts) {
        let key = sourceKey(f.ocid, f.contract)
        let plainID = ImportIDs.contract(ocid: f.ocid, contract: f.contract, taken: [])
        let what = "\(f.ocid) contract \(OCDSWords.quoted(f.contract, limit: 20))"
        let probe = TheirContract(f, id: plainID, department: "", readings: readings)
        guard probe.isComplete, let buyer = f.buyer else {
            plan.notWritten += 1
            placements[key] = Placement(contract: plainID, kpis: kpiMap(probe.contract), exists: false)
            let missing = [
                probe.known.contains(.title) ? nil : "title", probe.known.contains(.supplierName) ? nil : "supplier",
                probe.known.contains(.value) ? nil : "value", probe.known.contains(.start) && probe.known.contains(.end) ? nil : "period",
                f.buyer == nil ? "buyer" : nil,
            ].compactMap { $0 }
            let notice =
                f.hasPublishedMetrics && f.metrics.isEmpty
                ? "the notices read (only its contract performance notice, UK9)" : "the notices read"
            plan.lines.append(
                "note: \(what) has no contract file: \(notice) do not give its \(missing.joined(separator: ", ")); import its contract details notice (UK7) to create it\(f.hasPublishedMetrics ? " (its published assessments are recorded under \(plainID))" : "")"
            )
            return
        }
        let department = department(for: buyer)
        let id = ImportIDs.contract(ocid: f.ocid, contract: f.contract, taken: takenContracts)
        takenContracts.insert(id)
        var c = probe.contract
        (c.id, c.department) = (id, department)
        let path = "Contracts/\(department)/\(id).yaml"
        plan.writes[path] = ContractYAML.contract(c)
        plan.writes["Imports/ocds/\(department)/\(id).yaml"] = ContractYAML.contract(c, header: Self.baseHeader(path))
        placements[key] = Placement(contract: id, kpis: kpiMap(c), exists: true)
        plan.created += 1
        plan.kpis += c.kpis.count
        if c.kpiExemption != nil { plan.exemptions += 1 }
        let kpis = c.kpis.count == 1 ? "1 KPI" : "\(c.kpis.count) KPIs"
        plan.lines.append(
            "\(path): new contract (\(what), \(c.kpiExemption != nil && c.kpis.isEmpty ? "no KPIs, exemption: " + OCDSWords.quoted(c.kpiExemption?.reason ?? "", limit: 50) : kpis))"
        )
    }

    /// The department of a buyer: the one whose `ocds_party` is the buyer's, else a new one.
    mutating func department(for buyer: OCDSBuyer) -> String {
        if let id = departmentByParty[buyer.party] { return id }
        let id = ImportIDs.department(buyer.name, taken: takenDepartments)
        takenDepartments.insert(id)
        departmentByParty[buyer.party] = id
        let path = "Contracts/\(id)/department.yaml"
        plan.writes[path] = ContractYAML.department(id: id, name: buyer.name, ocdsParty: buyer.party)
        plan.departments += 1
        plan.lines.append("\(path): new department for the buyer \(OCDSWords.quoted(buyer.name)) (\(buyer.party))")
        let same = workspace.departments.first { $0.ocdsParty == nil && $0.name.lowercased() == buyer.name.lowercased() }
        if let same {
            plan.lines.append(
                "note: the department '\(same.id)' has the same name but no ocds_party; to import into it, add 'ocds_party: \(buyer.party)' to Contracts/\(same.id)/department.yaml before importing"
            )
        }
        return id
    }

    /// The first lines of a record of what an import wrote.
    static func baseHeader(_ path: String) -> String {
        "# What 'missionkpi import ocds' last imported for \(path). Written by the import, do not edit:\n"
            + "# a later import updates a field of the contract only while it still says what this file says.\n"
    }
}
