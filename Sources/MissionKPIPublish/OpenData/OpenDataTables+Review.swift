import MissionKPI

extension OpenDataTables {
    /// The review of imported KPIs: one row per buyer and a last row for all buyers (`KPIReview`).
    static func kpiReview(_ report: SiteReport, into writer: TableWriter? = nil) -> DataTable {
        let r = report.redactor
        var t = DataTable(
            writer: writer,
            name: "kpi-review",
            summary:
                "One row per buyer (department) with imported contracts, and a last row `all` for all of them: how their published KPIs are written.",
            columns: [
                C(name: "department", type: "id", meaning: "The department (buyer), or `all` on the last row."),
                C(name: "name", type: "text", meaning: "The department's name."),
                C(name: "contracts", type: "integer", meaning: "Imported contracts (those with a source: block)."),
                C(name: "without_kpis", type: "integer", meaning: "Imported contracts with no KPI (most claim an exemption)."),
                C(name: "kpis", type: "integer", meaning: "Their KPIs."),
                C(name: "naming_quantity", type: "integer", meaning: "KPIs whose unit is stated or whose words name a quantity."),
                C(name: "naming_quantity_percent", type: "integer", meaning: "The same as a whole percentage of the KPIs."),
                C(name: "stating_target", type: "integer", meaning: "KPIs with a target, stated or read from their words."),
                C(name: "stating_target_percent", type: "integer", meaning: "The same as a whole percentage of the KPIs."),
                C(name: "input", type: "integer", meaning: "KPIs at level input (stated or read from the words)."),
                C(name: "activity", type: "integer", meaning: "KPIs at level activity."),
                C(name: "output", type: "integer", meaning: "KPIs at level output."),
                C(name: "outcome", type: "integer", meaning: "KPIs at level outcome."),
                C(name: "level_unknown", type: "integer", meaning: "KPIs whose words do not say their level."),
                C(name: "effort_only_contracts", type: "integer", meaning: "Contracts whose KPIs are all input or activity."),
                C(
                    name: "placeholders", type: "integer",
                    meaning: "KPIs that are placeholders (\"to be published\", \"TBC\", a KPI number alone)."),
                C(name: "bare_topics", type: "integer", meaning: "KPIs that are one or two words with no description."),
                C(name: "best_examples", type: "integer", meaning: "Outcome KPIs with a target."),
            ])
        let row = { (id: String, name: String, f: KPIReview.Figures) -> [DataTable.Cell] in
            [
                .text(id), .text(r.text(name)), .int(f.contracts), .int(f.withoutKPIs), .int(f.kpis), .int(f.namingQuantity),
                .int(f.share(f.namingQuantity)),
                .int(f.statingTarget), .int(f.share(f.statingTarget)), .int(f.input), .int(f.activity), .int(f.output), .int(f.outcome),
                .int(f.levelUnknown), .int(f.effortOnly.count), .int(f.placeholders.count), .int(f.bareTopics.count),
                .int(f.bestExamples.count),
            ]
        }
        for b in report.kpiReview.buyers { t.rows.append(row(b.department, b.name, b.figures)) }
        t.rows.append(row("all", "All buyers", report.kpiReview.overall))
        return t
    }
}
