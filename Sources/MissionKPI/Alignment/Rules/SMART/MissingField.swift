/// The shared check of the `missing-*` rules: every KPI lacking one field yields a finding at the KPI.
enum MissingField {
    /// A KPI example without `field` (the example workspace's `tests` KPI, minus that line).
    static func exampleKPI(without field: String) -> String {
        let lines = [
            "id: tests-2", "title: Tests delivered against plan", "level: output", "measures: demo/capacity",
            "unit: percent", "direction: increase", "baseline: {value: 70, date: 2024-09-30}",
            "target: {value: 95, date: 2027-03-31}",
            "bands: {good: 95, approaching_target: 90, requires_improvement: 80}", "frequency: monthly",
            "data_source: independent",
        ]
        return lines.filter { !$0.hasPrefix(field + ":") }.joined(separator: "\n")
    }

    /// Every KPI lacking one field yields a finding at the KPI. For a KPI of an imported contract the message
    /// says the notice did not state the field and its words did not either (`readable`: the field is one
    /// the words could give); `hint` may add what the words do say (a unit or target to copy).
    static func check(
        _ context: RuleContext, missing: (KPI) -> Bool, what: String, why: String, fix: String, field: String,
        readable: Bool = false, hint: ((KPI) -> String?)? = nil
    ) -> [Finding] {
        context.workspace.contracts.flatMap { c in
            c.kpis.filter(missing).map { k in
                let imported =
                    c.source != nil && readable
                    ? " (the notice states none, and none could be inferred from the words)" : ""
                let extra = hint?(k) ?? ""
                return context.finding(
                    "the KPI '\(k.id)' has no \(what)\(imported); \(why)",
                    at: k.locations.has(field) ? k.locations[field] : k.locations["id"], subject: .kpi(c.id, k.id),
                    fix: fix + extra)
            }
        }
    }

    static let rationale = """
        KPIs should be specific, measurable and time-bound: the NAO found contract KPIs "often weak" \
        (Transforming government's contract management, 2014), and the Procurement Act 2023 s.52 and \
        Procurement Regulations 2024 reg. 39 require KPIs whose performance can be rated on a five-point scale.
        """
}
