/// A most-material KPI whose only data come from the supplier being judged.
struct SupplierOnlyData: Rule {
    static let description = RuleDescription(
        id: "supplier-only-data",
        title: "Supplier-only data",
        summary: "A most-material KPI relies on data supplied by the supplier alone (`data_source: supplier`).",
        rationale: """
            The NAO found government "too reliant on data supplied by contractors" to manage its contracts \
            (NAO, Transforming government's contract management, 2014). The three most material KPIs feed \
            the published s.71 assessment (Procurement Act 2023 s.71; Procurement Regulations 2024 reg. 39); \
            when the supplier alone reports them, it marks its own homework.
            """,
        family: .data,
        severity: .warning,
        triggering: [
            RuleExample(kpi: """
                id: self-reported
                title: Scans reported on time
                level: outcome
                measures: demo/faster-diagnosis
                unit: percent
                direction: increase
                data_source: supplier
                most_material: true
                """),
        ],
        nonTriggering: [
            RuleExample(),
            // Not most material: supplier data are acceptable for management information.
            RuleExample(kpi: """
                id: self-reported
                title: Scans reported on time
                level: outcome
                measures: demo/faster-diagnosis
                unit: percent
                direction: increase
                data_source: supplier
                """),
            // Accepted by a complete, current waiver.
            RuleExample(kpi: """
                id: self-reported
                title: Scans reported on time
                level: outcome
                measures: demo/faster-diagnosis
                unit: percent
                direction: increase
                data_source: supplier
                most_material: true
                waivers:
                  - rule: supplier-only-data
                    reason: An independent audit of scan logs starts in April 2027.
                    approved_by: p-sro
                    expires: 2027-04-30
                """),
        ]
    )

    func check(_ context: RuleContext) -> [Finding] {
        var out: [Finding] = []
        for c in context.workspace.contracts {
            for k in c.kpis where k.mostMaterial && k.dataSource == .supplier {
                out.append(context.finding(
                    "the most-material KPI '\(k.id)' relies on data supplied by \(c.supplier.name) alone (data_source: supplier); "
                        + "its published rating rests on the supplier marking its own work",
                    at: k.locations["data_source"], subject: .kpi(c.id, k.id),
                    fix: "arrange authority or independent data (a public statistic, the authority's own records, or an audit "
                        + "of the supplier's) and set data_source to match; or waive the finding with a reason and an expiry "
                        + "until the check starts"))
            }
        }
        return out
    }
}
