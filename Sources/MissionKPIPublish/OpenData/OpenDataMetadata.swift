import MissionKPI

/// `data/metadata.json`: the open data described for reuse — title, publisher and contact, licence,
/// publication and as-of dates, the tool and the input hashes, and each file with what a row is (the
/// fields of a DCAT dataset and its distributions, in the site's snake_case JSON).
enum OpenDataMetadata {
    static func json(_ tables: [DataTable], report: SiteReport) -> String {
        let p = report.workspace.settings.publication
        let s = JSONText.string, r = report.redactor
        var out = "{\n  \"title\": " + s(r.text(p.title) + ": open data") + ",\n"
        out += "  \"description\": " + s("The contracts, KPIs, KPI returns, ratings, annual assessments, verdicts, actions and alignment findings behind the reports, as CSV and JSON.") + ",\n"
        if let pub = p.publisher {
            out += "  \"publisher\": {\"name\": " + s(r.text(pub.name)) + ", \"contact\": " + (pub.contact.map(s) ?? "null") + "},\n"
        } else {
            out += "  \"publisher\": null,\n"
        }
        out += "  \"licence\": {\"name\": " + s(p.licence.name) + ", \"url\": " + (p.licence.url.map(s) ?? "null") + "},\n"
        out += "  \"issued\": " + s(report.publishedOn.description) + ",\n  \"as_of\": " + s(report.asOf.description) + ",\n"
        out += "  \"tool\": {\"name\": \"missionkpi\", \"version\": " + s(MissionKPIVersion.current) + "},\n"
        out += "  \"inputs_sha256\": " + s(report.inputsHash) + ",\n  \"returns_sha256\": " + s(report.returnsHash) + ",\n"
        out += "  \"dictionary\": \"README.md\",\n  \"distributions\": ["
        var files: [(String, String, String)] = []
        for t in tables {
            files.append((t.csvFile, "text/csv", t.summary))
            files.append((t.jsonFile, "application/json", t.summary))
        }
        files += [
            ("ownership.csv", "text/csv", "The ownership audit, one row per contract in force."),
            ("ownership.json.gz", "application/json", "The ownership audit with the figures per department."),
            ("pipeline.csv", "text/csv", "The commercial pipeline, one row per contract and section."),
            ("pipeline.json.gz", "application/json", "The commercial pipeline."),
            ("ocds.json", "application/json", "The OCDS 1.1 release package of the contracts, their KPIs and s.71 ratings."),
            (OpenData.snapshotFile, "application/json", "What this publish saw, which the next one compares with."),
        ]
        for (i, f) in files.enumerated() {
            out += (i == 0 ? "\n" : ",\n") + "    {\"file\": " + s(f.0) + ", \"media_type\": " + s(f.1)
            if f.0.hasSuffix(".gz") { out += ", \"compress_format\": \"application/gzip\"" }
            out += ", \"description\": " + s(f.2) + "}"
        }
        return out + "\n  ]\n}\n"
    }

    /// "Published 2026-11-24 by X (contact) under the Open Government Licence v3.0 (url)." for the README.
    static func sentence(_ report: SiteReport) -> String {
        let p = report.workspace.settings.publication
        var out = "Published \(report.publishedOn), with evidence as at \(report.asOf)"
        if let pub = p.publisher {
            out += ", by " + MarkdownText.escape(report.redactor.text(pub.name)) + (pub.contact.map { " (" + MarkdownText.escape($0) + ")" } ?? "")
        }
        out += ", under the " + (p.licence.url.map { "[\(MarkdownText.escape(p.licence.name))](<\($0)>)" } ?? MarkdownText.escape(p.licence.name))
        out += ": you may copy, publish and adapt the data, acknowledging the source."
        if p.publisher == nil { out += " The publisher is not named (set `publication.publisher` in missionkpi.yaml)." }
        return out
    }
}
