import MissionKPI

extension OpenDataTables {
    /// `data/suppliers.csv` and `.json`: one row per supplier across departments.
    static func suppliers(_ report: SiteReport, into writer: TableWriter? = nil) -> DataTable {
        let r = report.redactor
        var t = DataTable(
            writer: writer,
            name: "suppliers",
            summary: "One row per supplier, known by its identifier, else by its name written the same way, across every department.",
            columns: [
                C(name: "id", type: "id", meaning: "The supplier's page on this site: suppliers/<id>.html."),
                C(
                    name: "identifier", type: "text",
                    meaning: "The supplier's identifier (e.g. Companies House), when any contract gives one."),
                C(name: "name", type: "text", meaning: "The name its contracts use most."),
                C(name: "other_names", type: "list of text (;)", meaning: "Other spellings of the name in its contracts."),
                C(name: "departments", type: "list of ids (;)", meaning: "The departments it holds contracts with."),
                C(name: "contracts", type: "list of ids (;)", meaning: "Its contracts (see contracts)."),
                C(name: "value_gross_gbp", type: "decimal (GBP)", meaning: "The contracts' values including VAT, added up."),
                C(name: "kpis", type: "integer", meaning: "How many KPIs its contracts have."),
                C(
                    name: "kpis_rated", type: "integer",
                    meaning: "KPIs whose latest period is rated good, approaching target, requires improvement or inadequate."),
                C(name: "kpis_good", type: "integer", meaning: "Of those, the KPIs whose latest period is rated good."),
                C(name: "share_good", type: "number (0–1)", meaning: "kpis_good divided by kpis_rated; empty when none is rated."),
                C(
                    name: "annual_assessments", type: "integer",
                    meaning: "s.71 annual assessment years of its contracts to date (see annual-assessments)."),
                C(name: "annual_overdue", type: "integer", meaning: "Of those, the assessments overdue."),
                C(name: "watermelons", type: "integer", meaning: "Its contracts rated good while the milestone they serve is off track."),
                C(
                    name: "published_assessments", type: "integer",
                    meaning: "KPI assessments authorities published for its contracts in UK9 notices."),
            ])
        for s in report.suppliers.records {
            t.rows.append([
                .text(s.slug), .text(r.text(s.supplier.identifier)), .text(r.text(s.supplier.name)),
                .text(s.supplier.otherNames.map(r.text).joined(separator: ";")), .text(s.supplier.departments.joined(separator: ";")),
                .text(s.supplier.contracts.joined(separator: ";")), .money(s.value), .int(s.kpis), .int(s.rated), .int(s.good),
                .number(s.shareGood), .int(s.annual.count), .int(s.annual.filter(\.isOverdue).count), .int(s.watermelons.count),
                .int(s.published.count),
            ])
        }
        return t
    }
}
