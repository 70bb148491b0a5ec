import MissionKPI

/// Publishes a workspace as a static site with Markdown reports and open data.
///
/// ```swift
/// let summary = try Publisher.publish(workspace, observations: set, asOf: day, to: "Reports")
/// summary.pages   // 64
/// ```
public enum Publisher {
    /// Judges the workspace as at `asOf`, compares with the previous publish in `out` (its
    /// `data/snapshot.json`), and writes the site under `out`.
    public static func publish(_ ws: Workspace, observations: ObservationSet, asOf: Day, to out: String) throws -> SiteSummary {
        let previous = Snapshot.read(out + "/data/snapshot.json")
        let report = SiteReport.build(ws, observations: observations, asOf: asOf, previous: previous)
        return try site(report).write(to: out)
    }

    /// Every file of the site, in memory.
    public static func site(_ report: SiteReport) throws -> SiteWriter {
        var site = SiteWriter()
        try pages(report, into: &site)
        try OpenData.files(report, into: &site)
        site.add(try SitePath("assets", "style.css"), try Templates.resource("style.css"))
        return site
    }

    static func pages(_ report: SiteReport, into site: inout SiteWriter) throws {
        let index = try SitePath("index.html")
        site.add(index, try Templates.render(IndexPage(report: report, path: index), "index"))
        for m in report.workspace.missions {
            let path = try SitePath("missions", m.id + ".html")
            let page = MissionPage(m, report: report, path: path)
            site.add(path, try Templates.render(page, "mission"))
            site.add(try SitePath("missions", m.id + ".md"), try Templates.render(page, "mission-md"))
        }
        for d in report.workspace.departments {
            let path = try SitePath("departments", d.id + ".html")
            let page = DepartmentPage(d, report: report, path: path)
            site.add(path, try Templates.render(page, "department"))
            site.add(try SitePath("departments", d.id + ".md"), try Templates.render(page, "department-md"))
        }
        for c in report.workspace.contracts {
            let path = try SitePath("contracts", c.id + ".html")
            site.add(path, try Templates.render(ContractPage(c, report: report, path: path), "contract"))
        }
        let ownership = try SitePath("ownership.html")
        site.add(ownership, try Templates.render(OwnershipPage(report: report, path: ownership), "ownership"))
        let pipeline = try SitePath("pipeline.html")
        site.add(pipeline, try Templates.render(PipelinePage(report: report, path: pipeline), "pipeline"))
        let rules = try SitePath("rules.html")
        site.add(rules, try Templates.render(RulesPage(report: report, path: rules), "rules"))
    }
}
