import MissionKPI

/// `data/README.md`: what each open-data file holds, column by column.
enum DataDictionary {
    static func markdown(_ tables: [DataTable], report: SiteReport) -> String {
        let title = MarkdownText.escape(report.redactor.text(report.workspace.settings.publication.title))
        var out = "# Open data: \(title)\n\n"
        out += OpenDataMetadata.sentence(report) + "\n\n"
        out +=
            "Judged as at \(report.asOf) by MissionKPI \(MissionKPIVersion.current). Inputs (workspace files) SHA-256 `\(report.inputsHash)`; "
        out += "KPI returns SHA-256 `\(report.returnsHash)`.\n\n"
        out +=
            "Every table comes as CSV (RFC 4180, UTF-8, CRLF line ends, a header row) and as JSON (an array of objects with the same keys). "
        out += "Each is said once at full size: the CSV is the plain file, and the JSON, for programs, is gzipped (`.json.gz`); the tables "
        out += "with a row per return or rated period (" + OpenData.gzippedCSV.sorted().map { "`\($0)`" }.joined(separator: ", ")
        out += ") are gzipped as CSV too (`.csv.gz`: more rows than a spreadsheet opens at national scale). `gunzip -k` gives the plain "
        out += "file; pandas, R and DuckDB read the gzipped files as they are. "
        out +=
            "Empty CSV cells are null in JSON. Dates are `YYYY-MM-DD`; money is pounds sterling. A CSV cell that a spreadsheet would run as a "
        out += "formula (starting `=`, `+`, `-`, `@`) is prefixed with `'`, except plain numbers. Names of people below grade "
        out += "\(report.workspace.settings.publication.nameGradeFloor.rawValue) are replaced by their role and grade.\n\n"
        out += "## Files\n\n| File | What one row is |\n|---|---|\n"
        for t in tables { out += "| [\(t.csvFile)](\(t.csvFile)), [\(t.jsonFile)](\(t.jsonFile)) | \(t.summary) |\n" }
        out +=
            "| [ownership.csv](ownership.csv), [ownership.json.gz](ownership.json.gz) | The ownership audit: one CSV row per contract in force with its manager, senior responsible owner and ownership flags; the JSON (gzipped) adds the figures per department and the most loaded managers. |\n"
        out +=
            "| [pipeline.csv](pipeline.csv), [pipeline.json.gz](pipeline.json.gz) | The commercial pipeline: one CSV row per contract and section (`ending` in a financial year, or `s93`, the coming year's pipeline notice); the JSON, the same nested by year, is gzipped. |\n"
        out += "| [metadata.json](metadata.json) | The data described for reuse: title, publisher and contact, licence, publication and as-of dates, hashes, and each file. |\n"
        out += "| [ocds.json](ocds.json) | \(OCDSExport.dataSummary) Plain JSON, each release on a line of its own. See Documentation/OCDS.md for the mapping. |\n"
        out +=
            "| [\(OpenData.snapshotFile)](\(OpenData.snapshotFile)) | What this publish saw (finding fingerprints, each KPI's latest rating, and the goalposts: every KPI's and milestone's target, bands, baseline, links and waiver expiries), which the next publish compares with to say what changed since the last review; it also keeps that comparison. Gzipped JSON. |\n"
        out +=
            "| [../manifest.txt](../manifest.txt) | Every file of the site with its SHA-256 (`sha256sum -c manifest.txt` checks them). |\n"
        for t in tables {
            out += "\n## \(t.name)\n\n\(t.summary)\n\n| Column | Type | Meaning |\n|---|---|---|\n"
            for c in t.columns { out += "| `\(c.name)` | \(c.type) | \(c.meaning) |\n" }
        }
        out += "\n## ownership\n\nCSV columns: " + names(OwnershipFormat.csv.render(report.audit)) + ".\n"
        out +=
            "\n## pipeline\n\nCSV columns: " + names(PipelineFormat.csv.render(report.pipeline))
            + ". Amounts are pounds including VAT; `procurement_start_planned` is false when the start was estimated from the lead time.\n"
        return out
    }
}

/// `a,b,c\r\n…` → "`a`, `b`, `c`".
func names(_ csv: String) -> String {
    let first = csv.split(separator: "\r\n", maxSplits: 1).first.map(String.init) ?? ""
    return first.split(separator: ",").map { "`\($0)`" }.joined(separator: ", ")
}
