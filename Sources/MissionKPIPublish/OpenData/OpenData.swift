import Foundation
import MissionKPI

/// The open data: CSV and JSON of each table, the ownership audit and the pipeline, the data
/// dictionary and the snapshot the next publish compares with. Each table is said once at full size:
/// its CSV is the plain file and its JSON, the same rows for programs, is gzipped (`kpis.json.gz`); the
/// tables with a row per return or per rated period (`gzippedCSV`) are gzipped in both forms. The OCDS
/// package is plain `ocds.json` (a release per line). Each table streams its rows to its two files; the
/// data dictionary and the open data page are written once every table is known.
enum OpenData {
    /// The tables whose CSV is gzipped too (`observations.csv.gz`): a row per return or rated period is most
    /// of the open data (at 10,000 contracts 1.25 million rows, 163 MB plain: more rows than a spreadsheet
    /// opens), and a fifth of that gzipped. `gunzip -k` gives the plain file; pandas, R and DuckDB read it as it is.
    static let gzippedCSV: Set<String> = ["observations", "ratings"]

    /// The snapshot's file under the site (gzipped: at 10,000 contracts 62 MB plain, under 10 MB gzipped).
    static let snapshotFile = "snapshot.json.gz"

    /// The tables as built by the jobs (columns and summary; the rows went to the files).
    final class Catalogue: @unchecked Sendable {
        private let lock = NSLock()
        private var tables: [Int: DataTable] = [:]
        func set(_ i: Int, _ t: DataTable) { lock.withLock { tables[i] = t } }
        /// The tables in builder order.
        var all: [DataTable] { lock.withLock { tables.keys.sorted().map { tables[$0]! } } }
    }

    /// The jobs writing the tables (largest first), the audit, the pipeline and the snapshot.
    static func jobs(_ report: SiteReport, catalogue: Catalogue) -> [Publisher.Job] {
        var jobs: [Publisher.Job] = []
        let order = [3, 4, 5, 6, 1, 7, 11, 0, 10, 2, 8, 9]  // observations, ratings, … : the largest tables first
        for i in order where i < OpenDataTables.builders.count {
            jobs.append { sink in
                let (name, build) = OpenDataTables.builders[i]
                let csv = try sink.open(try SitePath("data", DataTable.csvFile(name)), gzip: gzippedCSV.contains(name))
                let json = try sink.open(try SitePath("data", DataTable.jsonFile(name)), gzip: true)
                let writer = TableWriter(csv: csv, json: json)
                let table = build(report, writer)
                precondition(table.name == name, "open data table \(table.name) listed as \(name)")
                writer.end()
                try sink.close(csv)
                try sink.close(json)
                var meta = table
                meta.rows = DataTable.Rows()
                catalogue.set(i, meta)
            }
        }
        let r = report.redactor
        jobs.append { sink in
            try streamed(try SitePath("data", "ownership.csv"), into: sink) { r.lines(OwnershipFormat.csv.render(report.audit), $0) }
            try streamed(try SitePath("data", "ownership.json.gz"), gzip: true, into: sink) { r.lines(OwnershipFormat.json.render(report.audit), $0) }
        }
        jobs.append { sink in
            try streamed(try SitePath("data", "pipeline.csv"), into: sink) { r.lines(PipelineFormat.csv.render(report.pipeline), $0) }
            try streamed(try SitePath("data", "pipeline.json.gz"), gzip: true, into: sink) { r.lines(PipelineFormat.json.render(report.pipeline), $0) }
        }
        jobs.append { sink in
            // Plain: the address issue 13 gives it, a reader's OCDS tools open it as it is; byte for byte
            // what `export ocds` writes.
            try streamed(try SitePath("data", "ocds.json"), into: sink) {
                OCDSExport.write(report.workspace, assessment: report.assessment, asOf: report.asOf, to: $0)
            }
        }
        jobs.append { sink in try streamed(try SitePath("data", snapshotFile), gzip: true, into: sink) { report.snapshot.write($0) } }
        return jobs
    }

    /// A file written from the pieces `write` hands over (gzipped when `gzip`, for a `.gz` name), each
    /// going to the file as it comes (`FileBuffer` spills every few megabytes): the OCDS package, the
    /// snapshot and the redacted ownership audit and pipeline (45 MB of JSON at 10,000 contracts) are
    /// never held whole.
    static func streamed(_ path: SitePath, gzip: Bool = false, into sink: any SiteSink, _ write: ((String) -> Void) -> Void) throws {
        let file = try sink.open(path, gzip: gzip)
        write { file.append($0) }
        try sink.close(file)
    }

    /// The data dictionary and the open data page, from the tables the jobs built.
    static func catalogue(_ report: SiteReport, _ tables: [DataTable], into sink: any SiteSink) throws {
        try sink.add(try SitePath("data", "README.md"), text: DataDictionary.markdown(tables, report: report))
        try sink.add(try SitePath("data", "metadata.json"), text: OpenDataMetadata.json(tables, report: report))
        let page = try SitePath("data.html")
        try sink.add(page, text: DataPage(tables, report: report, path: page).html)
    }
}
