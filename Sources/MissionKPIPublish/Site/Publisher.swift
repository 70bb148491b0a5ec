import MissionKPI

/// Publishes a workspace as a static site with Markdown reports and open data.
///
/// ```swift
/// let summary = try Publisher.publish(workspace, observations: set, asOf: day, to: "Reports")
/// summary.pages   // 64
/// ```
public enum Publisher {
    /// Judges the workspace as at `asOf`, compares with the last review (`since`, an earlier revision, else
    /// the previous publish in `out`: its `data/snapshot.json.gz`), and writes the site under `out`, each file
    /// as soon as it is rendered. `published`: the UK9 assessments the tracker holds (set beside the returns, and on the supplier pages).
    /// `publishedOn` (default: `asOf`) is the publication date the site and its data state. `progress` hears
    /// each step and, while writing, every file (from any thread). `key` (`PublishStamp.key`): the inputs'
    /// key, stamped on the folder so that publishing the same inputs again can be skipped (`PublishStamp.isCurrent`).
    /// `previous`, when given, hands over the folder's last snapshot read ahead (nil when there is none).
    public static func publish(
        _ ws: Workspace, observations: ObservationSet, asOf: Day, to out: String, since: ReviewBasis? = nil,
        published: [PublishedAssessment] = [], publishedOn: Day? = nil, key: String? = nil, progress: PublishProgressHandler? = nil,
        previous readPrevious: (() -> Snapshot?)? = nil
    ) throws -> SiteSummary {
        let previous = readPrevious.map { $0() } ?? Snapshot.read(site: out)
        let stamp = PublishStamp.read(out)
        progress?(PublishProgress(step: .judging))
        let report = SiteReport.build(
            ws, observations: observations, asOf: asOf, previous: previous, since: since, published: published, publishedOn: publishedOn)
        let output = try SiteOutput(root: out)
        output.progress = progress
        PublishStamp.clear(out)
        try render(report, into: output)
        let summary = try output.finish()
        // Compared with an earlier revision (--since), the bytes depend on more than the key: no stamp.
        if let key, since == nil { try PublishStamp.write(out, key: key, previous: previous == nil ? nil : stamp?.key) }
        progress?(PublishProgress(step: .done, files: summary.files, bytes: summary.bytes))
        return summary
    }

    /// Every file of the site, in memory.
    public static func site(_ report: SiteReport) throws -> SiteWriter {
        let collector = SiteCollector()
        try render(report, into: collector)
        return collector.collected
    }

    /// One unit of work: renders some files and hands them to the sink.
    typealias Job = @Sendable (any SiteSink) throws -> Void

    /// Renders every file on all cores. Each file's bytes depend only on the report, never on the
    /// order the jobs run in; the largest jobs come first so that no core is left with a long tail.
    static func render(_ report: SiteReport, into sink: any SiteSink) throws {
        let catalogue = OpenData.Catalogue()
        let jobs = OpenData.jobs(report, catalogue: catalogue) + (try pageJobs(report))
        try Parallel.forEach(jobs.count) { i in try jobs[i](sink) }
        try OpenData.catalogue(report, catalogue.all, into: sink)
    }

    /// A job rendering one page, and its Markdown twin at `markdown` when the page has one.
    static func page(_ path: SitePath, markdown: SitePath? = nil, _ view: @escaping @Sendable () -> any SitePage) -> Job {
        { sink in
            let page = view()
            try sink.add(path, text: page.html)
            if let markdown, let text = page.markdown { try sink.add(markdown, text: text) }
        }
    }

    static func pageJobs(_ report: SiteReport) throws -> [Job] {
        var jobs: [Job] = []
        for d in report.workspace.departments {
            let own = report.contracts(department: d.id)
            let path = try SitePath("departments", d.id + ".html")
            let markdown = try SitePath("departments", d.id + ".md")
            let chunks = Paging.pages(own)
            guard !chunks.isEmpty else {
                jobs.append(page(path, markdown: markdown) { DepartmentPage(d, report: report, path: path, contracts: own) })
                continue
            }
            jobs.append(page(path, markdown: markdown) { DepartmentIndexPage(d, report: report, path: path, pages: chunks) })
            for (i, chunk) in chunks.enumerated() {
                let pagePath = try SitePath("departments", d.id, "page-\(i + 1).html")
                jobs.append(
                    page(pagePath, markdown: try SitePath("departments", d.id, "page-\(i + 1).md")) {
                        DepartmentPage(d, report: report, path: pagePath, contracts: chunk, page: (i + 1, chunks.count))
                    })
            }
        }
        for m in report.workspace.missions {
            let path = try SitePath("missions", m.id + ".html")
            jobs.append(page(path, markdown: try SitePath("missions", m.id + ".md")) { MissionPage(m, report: report, path: path) })
            jobs += try MissionEvidencePage.jobs(m, report: report)
            let pack = try BoardPackPage.path(m.id)
            jobs.append { sink in try sink.add(pack, text: try BoardPackPage.render(m, report: report)) }
        }
        let index = try SitePath("index.html")
        jobs.append(page(index) { IndexPage(report: report, path: index) })
        let ownership = try SitePath("ownership.html")
        jobs.append(page(ownership) { OwnershipPage(report: report, path: ownership) })
        let pipeline = try SitePath("pipeline.html")
        jobs.append(page(pipeline) { PipelinePage(report: report, path: pipeline) })
        for order in SuppliersPage.Order.allCases {
            let path = try SitePath(order.file)
            jobs.append(page(path) { SuppliersPage(report: report, path: path, order: order) })
        }
        for s in report.suppliers.records {
            let path = try SitePath("suppliers", s.slug + ".html")
            jobs.append(page(path) { SupplierPage(s, report: report, path: path) })
        }
        let review = try SitePath("kpi-review.html")
        jobs.append(page(review, markdown: try SitePath("data", "kpi-review.md")) { KPIReviewPage(report: report, path: review) })
        let rules = try SitePath("rules.html")
        jobs.append(page(rules) { RulesPage(report: report, path: rules) })
        for c in report.workspace.contracts {
            let path = try SitePath("contracts", c.id + ".html")
            jobs.append(page(path) { ContractPage(c, report: report, path: path) })
        }
        let style = try SitePath("assets", "style.css")
        jobs.append { sink in try sink.add(style, text: SiteAssets.styleCSS) }
        return jobs
    }
}
