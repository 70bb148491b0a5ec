import MissionKPI

/// Writes one synthetic contract file (`Contracts/<dept>/<id>.yaml`) from its plan.
enum ContractWriter {
    static func render(_ c: ContractPlan, waiverRules: Set<String>, into out: inout TextBuffer) {
        out.field("id", c.id)
        if let ocid = c.ocid { out.field("ocid", ocid) }
        out.field("title", c.title)
        out.field("department", c.department.id)
        out.add("supplier: {name: ")
        out.yaml(c.supplierName, flow: true)
        if let id = c.supplierID {
            out.add(", id: ")
            out.add(id)
        }
        out.add(c.sme ? ", sme: true" : ", sme: false")
        out.add(c.vcse ? ", vcse: true}\n" : ", vcse: false}\n")
        out.add("value: {amount: ")
        out.int(c.amount)
        out.add(c.includesVAT ? ", currency: GBP, includes_vat: true}\n" : ", currency: GBP, includes_vat: false}\n")
        out.add("period: {start: ")
        out.day(c.start)
        out.add(", end: ")
        out.day(c.end)
        out.add("}\n")
        out.field("procedure", c.procedure.rawValue)
        out.field("tier", c.tier)
        if let m = c.manager { out.field("manager", m) }
        if let s = c.seniorOwner { out.field("senior_responsible_owner", s) }
        switch c.exemption {
        case nil: out.add("kpi_exemption: null\n")
        case ""?: out.add("kpi_exemption: true\n")
        case let reason?: out.field("kpi_exemption", reason)
        }
        if let d = c.procurementStart {
            out.add("procurement_start: ")
            out.day(d)
            out.newline()
        }
        if !c.contributesTo.isEmpty {
            out.add("contributes_to:\n")
            for link in c.contributesTo {
                out.field("- node", link.node, indent: 2)
                if let r = link.rationale { out.field("rationale", r, indent: 4) }
            }
        }
        if c.kpis.isEmpty { return }
        out.add("kpis:\n")
        for k in c.kpis { kpi(k, contract: c, waiverRules: waiverRules, &out) }
    }

    static func kpi(_ k: KPIPlan, contract c: ContractPlan, waiverRules: Set<String>, _ out: inout TextBuffer) {
        let t = k.template
        out.field("- id", k.id, indent: 2)
        out.field("title", t.title, indent: 4)
        if k.writesDescription { out.field("description", t.description, indent: 4) }
        out.field("level", t.level.rawValue, indent: 4)
        if let m = k.measures { out.field("measures", m, indent: 4) }
        out.field("unit", t.unit.rawValue, indent: 4)
        out.field("direction", t.direction.rawValue, indent: 4)
        if k.writesBaseline {
            out.add("    baseline: {value: ")
            out.number(k.baseline, decimals: t.decimals)
            out.add(", date: ")
            out.day(c.start.adding(days: -1))
            out.add("}\n")
        }
        if k.writesTarget {
            out.add("    target: {value: ")
            out.number(k.target, decimals: t.decimals)
            out.add(", date: ")
            out.day(k.targetDate)
            out.add("}\n")
        }
        if k.writesBands {
            let b = bands(k)
            out.add("    bands: {good: ")
            out.number(b.0, decimals: t.decimals)
            out.add(", approaching_target: ")
            out.number(b.1, decimals: t.decimals)
            out.add(", requires_improvement: ")
            out.number(b.2, decimals: t.decimals)
            out.add("}\n")
        }
        if let f = k.frequency { out.field("frequency", f.rawValue, indent: 4) }
        out.field("data_source", k.dataSource.rawValue, indent: 4)
        if k.mostMaterial { out.add("    most_material: true\n") }
        if let complete = k.waiver, waiverRules.contains("supplier-only-data") {
            out.add("    waivers:\n      - rule: supplier-only-data\n")
            out.add("        reason: An independent audit of the supplier's data starts next year.\n")
            if complete, let sro = c.seniorOwner { out.field("approved_by", sro, indent: 8) }
            out.add("        expires: 2027-03-31\n")
        }
    }

    /// Bands as the loader wants them: lower edges that fall for a KPI that should increase (or be
    /// maintained), upper edges that rise for one that should decrease; the good edge is the target.
    static func bands(_ k: KPIPlan) -> (Double, Double, Double) {
        var gap = abs(k.target - k.baseline)
        if gap == 0 { gap = max(1, abs(k.baseline) * 0.05) }
        if k.template.direction == .decrease {
            return (k.target, k.target + gap * 0.35, k.target + gap * 0.75)
        }
        let floor = k.template.unit == .percent || k.template.unit == .count ? 0.0 : -Double.infinity
        return (k.target, max(floor, k.target - gap * 0.35), max(floor, k.target - gap * 0.75))
    }
}
