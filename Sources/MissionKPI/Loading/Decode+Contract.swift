import Foundation

extension FileDecoder {
    static let contractKeys = [
        "id", "ocid", "title", "department", "supplier", "value", "period", "procedure", "tier", "manager",
        "senior_responsible_owner", "kpi_exemption", "procurement_start", "contributes_to", "kpis", "waivers", "source",
    ]
    static let kpiKeys = [
        "id", "title", "description", "level", "measures", "unit", "direction", "baseline", "target", "bands",
        "frequency", "data_source", "most_material", "waivers", "source_id", "inferred",
    ]

    /// A `Contracts/<dept>/<id>.yaml` document. `folder` is the department folder it sits in.
    func contract(_ root: YAMLNode, folder: String) -> Contract? {
        guard let f = mapping(root, "the contract", allowed: Self.contractKeys) else { return nil }
        let id = f.identifier("id", required: true)
        let title = f.text("title", required: true)
        let department = f.identifier("department", required: true)
        let supplier = f.node("supplier", required: true).flatMap { self.supplier($0) }
        let value = f.node("value", required: true).flatMap { self.money($0) }
        let period = f.node("period", required: true).flatMap { self.period($0) }
        let manager = f.node("manager").flatMap { personRef($0, "'manager'", department: folder) }
        let sro = f.node("senior_responsible_owner").flatMap { personRef($0, "'senior_responsible_owner'", department: folder) }
        let contributions = f.list("contributes_to") { self.contribution($0) }
        // An imported contract (with a `source:` block) may have KPIs without level and direction.
        let source = f.node("source").flatMap { self.source($0) }
        let kpis = f.list("kpis") { self.kpi($0, department: folder, imported: f.has("source")) }
        checkUniqueSourceIDs(kpis)
        checkUnique(kpis, "KPI", id: \.id, locations: \.locations)
        let waivers = f.list("waivers") { self.waiver($0, department: folder) }
        // Every field is read before deciding whether the contract is whole, so each problem is reported.
        let ocid = f.text("ocid"), procedure: Procedure? = f.vocabulary("procedure"), tier = f.text("tier")
        let exemption = f.node("kpi_exemption").flatMap { self.exemption($0) }
        let procurementStart = f.day("procurement_start")
        if let ocid, let source, ocid != source.ocid {
            error(f.mark(of: "ocid"), "'ocid' '\(ocid.prefix(40))' differs from the source block's ocid '\(source.ocid.prefix(40))'; make them the same")
        }
        if let tier { refer(.tier(tier), "tier", at: f.mark(of: "tier")) }
        if let department, department != folder {
            error(f.mark(of: "department"), "the contract says department '\(department)' but sits in the folder 'Contracts/\(folder)/'; move the file or correct the field")
        } else if let department {
            refer(.department(department), "department", at: f.mark(of: "department"))
        }
        guard let id, let title, let department, let supplier, let value, let period else { return nil }
        return Contract(
            id: id, ocid: ocid, title: title, department: department, supplier: supplier, value: value,
            start: period.0, end: period.1, procedure: procedure, tier: tier, manager: manager,
            seniorResponsibleOwner: sro, kpiExemption: exemption, procurementStart: procurementStart,
            contributesTo: contributions, kpis: kpis, waivers: waivers, source: source, locations: f.locations)
    }

    func supplier(_ node: YAMLNode) -> Supplier? {
        guard let f = mapping(node, "the supplier", allowed: ["name", "id", "sme", "vcse"]) else { return nil }
        let name = f.text("name", required: true), id = f.text("id"), sme = f.bool("sme"), vcse = f.bool("vcse")
        guard let name else { return nil }
        return Supplier(name: name, id: id, sme: sme, vcse: vcse)
    }

    func money(_ node: YAMLNode) -> Money? {
        guard let f = mapping(node, "the value", allowed: ["amount", "currency", "includes_vat"]) else { return nil }
        let amount = f.decimal("amount", required: true)
        let currency = f.text("currency", required: true)
        if let currency, currency.utf8.count != 3 || !currency.allSatisfy({ $0.isUppercase && $0.isASCII }) {
            error(f.mark(of: "currency"), "'currency' '\(currency.prefix(20))' must be a three-letter ISO 4217 code such as GBP")
        }
        if let amount, amount < 0 { error(f.mark(of: "amount"), "'amount' cannot be negative") }
        let includesVAT = f.bool("includes_vat") ?? true
        guard let amount, let currency else { return nil }
        return Money(amount: amount, currency: currency, includesVAT: includesVAT)
    }

    func period(_ node: YAMLNode) -> (Day, Day)? {
        guard let f = mapping(node, "the period", allowed: ["start", "end"]) else { return nil }
        let start = f.day("start", required: true)
        let end = f.day("end", required: true)
        guard let start, let end else { return nil }
        if end < start {
            error(f.mark(of: "end"), "the period ends (\(end)) before it starts (\(start)); swap or correct the dates")
            return nil
        }
        return (start, end)
    }

    func exemption(_ node: YAMLNode) -> KPIExemption? {
        if case .scalar(let s) = node, !s.isQuoted {
            if s.text == "false" || s.text == "False" { return nil }
            if s.text == "true" || s.text == "True" { return KPIExemption(reason: nil) }
        }
        guard let text = text(node, "'kpi_exemption'") else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return KPIExemption(reason: trimmed.isEmpty ? nil : trimmed)
    }

    func contribution(_ node: YAMLNode) -> Contribution? {
        guard let f = mapping(node, "a contribution", allowed: ["node", "rationale"]) else { return nil }
        let ref = f.node("node", required: true).flatMap { outcomeRef($0, "'node'", field: "contributes_to node") }
        let rationale = f.text("rationale")
        guard let ref else { return nil }
        return Contribution(node: ref, rationale: rationale, locations: f.locations)
    }

    func waiver(_ node: YAMLNode, department: String) -> Waiver? {
        guard let f = mapping(node, "a waiver", allowed: ["rule", "reason", "approved_by", "expires"]) else { return nil }
        let rule = f.identifier("rule", required: true), reason = f.text("reason")
        let approvedBy = f.node("approved_by").flatMap { personRef($0, "'approved_by'", department: department) }
        let expires = f.day("expires")
        guard let rule else { return nil }
        refer(.rule(rule), "rule", at: f.mark(of: "rule"))
        return Waiver(rule: rule, reason: reason, approvedBy: approvedBy, expires: expires, locations: f.locations)
    }

    /// A KPI. `imported` (the contract has a `source:` block) makes `level` and `direction` optional:
    /// a notice never states them.
    func kpi(_ node: YAMLNode, department: String, imported: Bool = false) -> KPI? {
        guard let f = mapping(node, "a KPI", allowed: Self.kpiKeys) else { return nil }
        let id = f.identifier("id", required: true)
        let title = f.text("title", required: true)
        let level: KPILevel? = f.vocabulary("level", required: !imported)
        let direction: Direction? = f.vocabulary("direction", required: !imported)
        let measures = f.node("measures").flatMap { outcomeRef($0, "'measures'", field: "measures") }
        let baseline = f.node("baseline").flatMap { datedValue($0, "the baseline", dateRequired: false, allowSource: false) }
        let target = f.node("target").flatMap { datedValue($0, "the target", dateRequired: false, allowSource: false) }
        let bands = f.node("bands").flatMap { self.bands($0, direction: direction) }
        let waivers = f.list("waivers") { self.waiver($0, department: department) }
        let unit: Unit? = f.vocabulary("unit")
        let frequency = f.node("frequency").flatMap { self.frequency($0) }
        let dataSource: DataSource? = f.vocabulary("data_source")
        let mostMaterial = f.bool("most_material") ?? false
        let description = f.text("description")
        let sourceId = f.text("source_id")
        let inferred = f.node("inferred").map { self.inferred($0, in: f) } ?? []
        guard let id, let title, imported || (level != nil && direction != nil) else { return nil }
        return KPI(
            id: id, title: title, description: description, level: level, measures: measures, unit: unit,
            direction: direction, baseline: baseline, target: target, bands: bands, frequency: frequency,
            dataSource: dataSource, mostMaterial: mostMaterial, waivers: waivers, sourceId: sourceId, inferred: inferred,
            locations: f.locations)
    }

    func bands(_ node: YAMLNode, direction: Direction?) -> Bands? {
        guard let f = mapping(node, "the bands", allowed: ["good", "approaching_target", "requires_improvement"]) else { return nil }
        let good = f.number("good", required: true)
        let approaching = f.number("approaching_target", required: true)
        let requires = f.number("requires_improvement", required: true)
        guard let good, let approaching, let requires else { return nil }
        let bands = Bands(good: good, approachingTarget: approaching, requiresImprovement: requires, locations: f.locations)
        // Without a direction (an imported KPI) either order is accepted: the order then tells the direction.
        if direction == nil, good <= approaching && approaching <= requires { return bands }
        // The value that breaks the order is pointed at: approaching_target when it is on the wrong side
        // of good, else requires_improvement.
        let rising = direction == .decrease
        let inOrder = { (a: Double, b: Double) in rising ? a <= b : a >= b }
        if !inOrder(good, approaching) || !inOrder(approaching, requires) {
            let key = inOrder(good, approaching) ? "requires_improvement" : "approaching_target"
            let (value, neighbour, name) = key == "approaching_target" ? (approaching, good, "good") : (requires, approaching, "approaching_target")
            let side = rising ? "below" : "above"
            let order =
                rising
                ? "the bands of a KPI that should decrease are upper edges, so they must rise: good (\(fmt(good))) ≤ approaching_target (\(fmt(approaching))) ≤ requires_improvement (\(fmt(requires)))"
                : "the bands of a KPI that should increase are lower edges, so they must fall: good (\(fmt(good))) ≥ approaching_target (\(fmt(approaching))) ≥ requires_improvement (\(fmt(requires)))"
            error(f.mark(of: key), "\(key) (\(fmt(value))) is \(side) \(name) (\(fmt(neighbour))): \(order); reorder them")
        }
        return bands
    }
}

