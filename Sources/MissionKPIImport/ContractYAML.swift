import MissionKPI

/// Writes contracts and departments as workspace YAML: every field of the model, in the order of the
/// format, each text written so the loader reads back the same text (`YAMLText`). Used for imported
/// contracts, which a person may have completed with any field, so nothing may be lost.
///
/// ```swift
/// let text = ContractYAML.contract(c)   // "# yaml-language-server: …\nid: …"
/// ```
public enum ContractYAML {
    /// The first lines of an imported contract file.
    public static let header =
        "# yaml-language-server: $schema=../../Schemas/contract.schema.json\n"
        + "# Imported from Find a Tender by 'missionkpi import ocds'; a later import keeps the fields you change.\n"

    /// The whole contract file.
    public static func contract(_ c: Contract, header: String = ContractYAML.header) -> String {
        var out = header
        out += "id: " + s(c.id) + "\n"
        if let o = c.ocid { out += "ocid: " + s(o) + "\n" }
        out += "title: " + s(c.title) + "\n"
        out += "department: " + s(c.department) + "\n"
        out += "supplier: " + supplier(c.supplier) + "\n"
        out += "value: {amount: \(c.value.amount), currency: " + f(c.value.currency) + ", includes_vat: \(c.value.includesVAT)}\n"
        out += "period: {start: \(c.start), end: \(c.end)}\n"
        if let p = c.procedure { out += "procedure: " + p.rawValue + "\n" }
        if let t = c.tier { out += "tier: " + s(t) + "\n" }
        if let m = c.manager { out += "manager: " + s(m.description) + "\n" }
        if let o = c.seniorResponsibleOwner { out += "senior_responsible_owner: " + s(o.description) + "\n" }
        if let e = c.kpiExemption { out += "kpi_exemption: " + (e.reason.map(s) ?? "true") + "\n" }
        if let d = c.procurementStart { out += "procurement_start: \(d)\n" }
        if let src = c.source { out += source(src) }
        if !c.contributesTo.isEmpty {
            out += "contributes_to:\n"
            for link in c.contributesTo {
                out += "  - node: " + s(link.node.description) + "\n"
                if let r = link.rationale { out += "    rationale: " + s(r) + "\n" }
            }
        }
        if !c.kpis.isEmpty {
            out += "kpis:\n"
            for k in c.kpis { out += kpi(k) }
        }
        if !c.waivers.isEmpty {
            out += "waivers:\n"
            for w in c.waivers { out += waiver(w, indent: "  ") }
        }
        return out
    }

    static func source(_ src: ContractSource) -> String {
        var out = "source:\n  ocid: " + s(src.ocid) + "\n  contract: " + s(src.contract) + "\n"
        if let r = src.release { out += "  release: " + s(r) + "\n" }
        if let d = src.date { out += "  date: \(d)\n" }
        if let n = src.notice { out += "  notice: " + s(n) + "\n" }
        return out
    }

    /// One KPI, as an item of `kpis:`.
    static func kpi(_ k: KPI) -> String {
        var out = "  - id: " + s(k.id) + "\n"
        if let id = k.sourceId { out += "    source_id: " + s(id) + "\n" }
        out += "    title: " + s(k.title) + "\n"
        if let d = k.description { out += "    description: " + s(d) + "\n" }
        if let l = k.level { out += "    level: " + l.rawValue + "\n" }
        if let m = k.measures { out += "    measures: " + s(m.description) + "\n" }
        if let u = k.unit { out += "    unit: " + u.rawValue + "\n" }
        if let d = k.direction { out += "    direction: " + d.rawValue + "\n" }
        if let b = k.baseline { out += "    baseline: " + dated(b) + "\n" }
        if let t = k.target { out += "    target: " + dated(t) + "\n" }
        if let b = k.bands {
            out +=
                "    bands: {good: \(number(b.good)), approaching_target: \(number(b.approachingTarget)), requires_improvement: \(number(b.requiresImprovement))}\n"
        }
        if let f = k.frequency { out += "    frequency: " + s(f.rawValue) + "\n" }
        if let d = k.dataSource { out += "    data_source: " + d.rawValue + "\n" }
        if k.mostMaterial { out += "    most_material: true\n" }
        if !k.inferred.isEmpty { out += "    inferred: [" + k.inferred.map(\.rawValue).joined(separator: ", ") + "]\n" }
        if !k.waivers.isEmpty {
            out += "    waivers:\n"
            for w in k.waivers { out += waiver(w, indent: "      ") }
        }
        return out
    }

    static func waiver(_ w: Waiver, indent: String) -> String {
        var out = String(indent.dropLast(2)) + "  - rule: " + s(w.rule) + "\n"
        if let r = w.reason { out += indent + "  reason: " + s(r) + "\n" }
        if let a = w.approvedBy { out += indent + "  approved_by: " + s(a.description) + "\n" }
        if let e = w.expires { out += indent + "  expires: \(e)\n" }
        return out
    }

    static func supplier(_ x: Supplier) -> String {
        var parts = ["name: " + f(x.name)]
        if let id = x.id { parts.append("id: " + f(id)) }
        if let sme = x.sme { parts.append("sme: \(sme)") }
        if let vcse = x.vcse { parts.append("vcse: \(vcse)") }
        return "{" + parts.joined(separator: ", ") + "}"
    }

    static func dated(_ d: DatedValue) -> String {
        "{value: " + number(d.value) + (d.date.map { ", date: \($0)" } ?? "") + "}"
    }

    /// A number that reads back as the same Double: whole numbers without a point, others in Swift's
    /// shortest exact form.
    static func number(_ v: Double) -> String {
        if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
        return "\(v)"
    }

    /// A text in block context.
    static func s(_ text: String) -> String { YAMLText.scalar(text) }
    /// A text inside `{…}`.
    static func f(_ text: String) -> String { YAMLText.scalar(text, flow: true) }

    /// A department file as the import creates it: id, name and the buyer's OCDS party, no people.
    public static func department(id: String, name: String, ocdsParty: String) -> String {
        "# yaml-language-server: $schema=../../Schemas/department.schema.json\n"
            + "# Created by 'missionkpi import ocds' for a Find a Tender buyer; add the people who own its contracts.\n"
            + "id: " + s(id) + "\nname: " + s(name) + "\nocds_party: " + s(ocdsParty) + "\n"
    }
}
