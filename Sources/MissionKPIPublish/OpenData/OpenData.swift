import MissionKPI

/// The open data: CSV and JSON of each table, the ownership audit and the pipeline, the data
/// dictionary and the snapshot the next publish compares with.
enum OpenData {
    static func files(_ report: SiteReport, into site: inout SiteWriter) throws {
        let tables = OpenDataTables.all(report)
        for t in tables {
            site.add(try SitePath("data", t.name + ".csv"), t.csv)
            site.add(try SitePath("data", t.name + ".json"), t.json)
        }
        let r = report.redactor
        site.add(try SitePath("data", "ownership.csv"), r.lines(OwnershipFormat.csv.render(report.audit)))
        site.add(try SitePath("data", "ownership.json"), r.lines(OwnershipFormat.json.render(report.audit)))
        site.add(try SitePath("data", "pipeline.csv"), r.lines(PipelineFormat.csv.render(report.pipeline)))
        site.add(try SitePath("data", "pipeline.json"), r.lines(PipelineFormat.json.render(report.pipeline)))
        site.add(try SitePath("data", "snapshot.json"), report.snapshot.json())
        site.add(try SitePath("data", "README.md"), DataDictionary.markdown(tables, report: report))
        let page = try SitePath("data.html")
        site.add(page, try Templates.render(DataPage(tables, report: report, path: page), "data"))
    }
}
