import MissionKPI

/// The open data page: every file with what one row is, and each table's columns (the same
/// dictionary as `data/README.md`).
struct DataPage: Sendable {
    struct FileRow: Sendable {
        var name: String
        var csv: String
        var json: String?
        var summary: String
    }

    struct Column: Sendable {
        var name: String
        var type: String
        var meaning: String
    }

    struct Table: Sendable {
        var name: String
        var summary: String
        var columns: [Column]
    }

    var frame: PageFrame
    var floor: String
    var files: [FileRow]
    var tables: [Table]

    init(_ tables: [DataTable], report: SiteReport, path: SitePath) {
        frame = PageFrame(report, title: "Open data", path: path, section: .data)
        floor = report.workspace.settings.publication.nameGradeFloor.rawValue
        let plain = { (s: String) in s.replacing("`", with: "") }
        files =
            tables.map { FileRow(name: $0.name, csv: "data/\($0.csvFile)", json: "data/\($0.jsonFile)", summary: plain($0.summary)) } + [
                FileRow(
                    name: "ownership", csv: "data/ownership.csv", json: "data/ownership.json.gz",
                    summary:
                        "The ownership audit: one CSV row per contract in force with its manager, senior responsible owner and ownership flags; the JSON adds the figures per department and the most loaded managers."
                ),
                FileRow(
                    name: "pipeline", csv: "data/pipeline.csv", json: "data/pipeline.json.gz",
                    summary:
                        "The commercial pipeline: one CSV row per contract and section (ending in a financial year, or s93, the coming year's pipeline notice)."
                ),
                FileRow(
                    name: "ocds", csv: "data/ocds.json", json: nil,
                    summary: OCDSExport.dataSummary),
                FileRow(
                    name: "snapshot", csv: "data/" + OpenData.snapshotFile, json: nil,
                    summary: "What this publish saw (finding fingerprints, baselines and targets), which the next publish compares with."),
            ]
        self.tables = tables.map { t in
            Table(
                name: t.name, summary: plain(t.summary),
                columns: t.columns.map { Column(name: $0.name, type: $0.type, meaning: plain($0.meaning)) })
        }
    }
}
