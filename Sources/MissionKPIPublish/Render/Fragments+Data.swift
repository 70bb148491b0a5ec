/// The open data page: every file with what one row is, and each table's columns.
extension Fragments {
    /// The data page's content, without its last line break (the layout adds it).
    static func dataBody(_ p: DataPage) -> String {
        var out = "<h1 class=\"heading-xl\">Open data</h1>\n<p class=\"lead\">Everything on this site as CSV and JSON, with evidence as at "
        out += html(p.frame.asOf) + ", published " + html(p.frame.publishedOn)
        if let name = p.frame.publisherName { out += " by " + html(name) }
        out += " under the " + html(p.frame.licenceName) + ".</p>\n<p>You may copy, publish and adapt the data, acknowledging the source. "
        out += "<a href=\"data/metadata.json\">data/metadata.json</a> describes it for reuse: publisher and contact, licence, dates, hashes "
        out += "and each file.</p>\n<p>Every table comes as CSV (RFC 4180, UTF-8, a header row) and as JSON (an array of objects "
        out += "with the same keys), each said once at full size: the CSV is the plain file and the JSON, for programs, is gzipped "
        out += "(<code>.json.gz</code>); the tables with a row per return or rated period are gzipped as CSV too (<code>.csv.gz</code>: "
        out += "more rows than a spreadsheet opens at national scale). <code>gunzip</code> gives the plain file; pandas, R and DuckDB read "
        out += "the gzipped files as they are. Empty CSV cells are null in JSON. Dates are YYYY-MM-DD and money is pounds sterling. A CSV cell that a "
        out += "spreadsheet would run as a formula is prefixed with an apostrophe. Names of people below grade " + html(p.floor)
        out += " are replaced by their role and grade. The same dictionary is in <a href=\"data/README.md\">data/README.md</a>, and "
        out += "<a href=\"manifest.txt\">manifest.txt</a> lists every file of the site with its SHA-256.</p>\n<h2 id=\"files\">Files</h2>\n"
        out += "<div class=\"table-wrap\" role=\"region\" aria-label=\"Files\" tabindex=\"0\">\n<table class=\"table\">\n"
        out += "<thead><tr><th scope=\"col\">Data</th><th scope=\"col\">Files</th><th scope=\"col\">What one row is</th></tr></thead>\n<tbody>\n"
        for f in p.files {
            out += "<tr><th scope=\"row\">" + html(f.name) + "</th><td class=\"date\"><a href=\"" + html(f.csv) + "\">" + html(f.csv) + "</a>"
            if let json = f.json { out += "<br><a href=\"" + html(json) + "\">" + html(json) + "</a>" }
            out += "</td><td>" + html(f.summary) + "</td></tr>\n"
        }
        out += "</tbody>\n</table>\n</div>\n"
        for t in p.tables {
            let name = html(t.name)
            out += "<section class=\"block\" id=\"table-" + name + "\" aria-labelledby=\"table-" + name + "-h\">\n"
            out += "<h2 id=\"table-" + name + "-h\">" + name + "</h2>\n<p>" + html(t.summary) + "</p>\n<table class=\"table table--compact\">\n"
            out += "<caption class=\"visually-hidden\">Columns of " + name + "</caption>\n<thead><tr><th scope=\"col\">Column</th>"
            out += "<th scope=\"col\">Type</th><th scope=\"col\">Meaning</th></tr></thead>\n<tbody>\n"
            for c in t.columns {
                out += "<tr><th scope=\"row\"><code>" + html(c.name) + "</code></th><td>" + html(c.type) + "</td><td>" + html(c.meaning) + "</td></tr>\n"
            }
            out += "</tbody>\n</table>\n</section>\n"
        }
        if !out.isEmpty { out.removeLast() }  // not dropLast: Collection's counts the whole page twice
        return out
    }
}
