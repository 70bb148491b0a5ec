import Foundation
import MissionKPI
import Testing

@testable import MissionKPIPublish

/// One workspace whose every free-text field tries to inject markup, Markdown, links, images and
/// spreadsheet formulas, sent through every command in every format and through every published page
/// and data file, each output checked by its language: HTML and SVG (no live tag, link or handler),
/// Markdown (no live link, image or HTML, table rows keep their cells), CSV (no cell a spreadsheet would
/// run, rows keep their fields) and JSON (parses, no raw `<`).
@Suite(.serialized) struct HostileStringsTests {
    /// Markup of every kind, in one line; each field starts it with a different formula character.
    static let payload =
        "<script>alert(1)</script> <img src=x onerror=alert(1)> [link](javascript:alert(1)) ![img](http://tracker.example/p.png) "
        + "*em* _em_ `code` | pipe | & 'apos' \\\"quote\\\" # hash"

    /// A YAML double-quoted scalar starting with `lead`, then the payload.
    static func hostile(_ lead: String) -> String { "\"\(lead)HYPERLINK(\\\"http://evil.example\\\") \(payload)\"" }

    static func workspace() throws -> AlignWorkspace {
        try AlignWorkspace(rules: ["supplier-only-data": "warning", "missing-baseline": "warning", "waiver-unused": "info"]) { files in
            files["missionkpi.yaml"]! += "publication:\n  title: \(hostile("="))\n"
            var mission = ExampleWorkspace.mission
            mission = mission.replacingOccurrences(of: "title: Shorter waits for treatment", with: "title: \(hostile("+"))")
            mission = mission.replacingOccurrences(of: "title: 92% of patients treated within 18 weeks", with: "title: \(hostile("-"))")
            mission = mission.replacingOccurrences(of: "statement: Patients are diagnosed sooner", with: "statement: \(hostile("@"))")
            files["Missions/demo.yaml"] = mission
            files["Contracts/dept/department.yaml"] = ExampleWorkspace.department
                .replacingOccurrences(of: "name: Example Department", with: "name: \(hostile("="))")
                .replacingOccurrences(of: "name: Alex Director", with: "name: \(hostile("+"))")
            var c1 = ExampleWorkspace.contractHead + "\nkpis:\n" + ExampleWorkspace.kpis + "\n"
            c1 = c1.replacingOccurrences(of: "title: Community diagnostic imaging", with: "title: \(hostile("="))")
            c1 = c1.replacingOccurrences(of: "supplier: {name: Example Imaging Ltd}", with: "supplier: {name: \(hostile("@"))}")
            c1 = c1.replacingOccurrences(of: "rationale: Adds imaging capacity.", with: "rationale: \(hostile("-"))")
            c1 = c1.replacingOccurrences(of: "title: Median days from scan to report", with: "title: \(hostile("+"))\n    description: \(hostile("="))")
            c1 = c1.replacingOccurrences(of: "            data_source: authority\n", with: "            data_source: supplier\n")
            c1 = c1.replacingOccurrences(
                of: "\nkpis:\n",
                with: "\nwaivers:\n  - rule: missing-baseline\n    reason: \(hostile("="))\n    approved_by: p-sro\n    expires: 2027-03-31\nkpis:\n")
            files["Contracts/dept/c1.yaml"] = c1
            files["Contracts/dept/c2.yaml"] = """
                id: c2
                title: \(hostile("-"))
                department: dept
                supplier: {name: \(hostile("="))}
                value: {amount: 300000, currency: GBP, includes_vat: true}
                period: {start: 2025-01-01, end: 2027-12-31}
                manager: p-junior
                senior_responsible_owner: p-sro
                kpi_exemption: \(hostile("@"))
                kpis: []

                """
            let notes = ExampleWorkspace.returns.split(separator: "\n").enumerated().map { i, line in
                line + (i % 7 == 0 ? ",\"=cmd|' /C calc'!A0 \(payload.replacingOccurrences(of: "\\\"", with: "\"\""))\"" : ",")
            }
            files["Contracts/dept/returns/c1.csv"] = "contract,kpi,period,value,note\n" + notes.joined(separator: "\n") + "\n"
        }
    }

    @Test("Every command in every format, and every published file, keeps the hostile text inert")
    func everyOutputIsSafe() throws {
        let ws = try Self.workspace()
        defer { ws.remove() }
        let base = ["--workspace", ws.root]
        let record = try CLI.run(["record"] + base, cwd: ws.root)
        #expect(record.exit == 0, "\(record.stderr)")
        let at = base + ["--as-of", "2026-11-24"]
        var outputs: [(name: String, format: String, text: String)] = []
        func run(_ args: [String], _ format: String) throws {
            let r = try CLI.run(args + ["--format", format], cwd: ws.root)
            #expect(r.exit == 0 || r.exit == 1, "\(args) \(format): exit \(r.exit) \(r.stderr)")
            #expect(!r.stdout.isEmpty || format == "text", "\(args) \(format) printed nothing: \(r.stderr)")
            outputs.append(("\(args.first ?? "") \(args.dropFirst(1).first ?? "")", format, r.stdout))
        }
        for f in ["text", "json"] { try run(["validate"] + base, f) }
        for f in ["text", "json", "csv", "markdown", "sarif"] { try run(["align"] + at, f) }
        for f in ["text", "json", "csv", "markdown"] {
            try run(["assess"] + at, f)
            try run(["audit", "ownership"] + at, f)
            try run(["pipeline"] + at, f)
        }
        for f in ["text", "csv", "json"] {
            try run(["observations", "--all-versions"] + base, f)
            try run(["history"] + base + ["c1/report-time"], f)
        }
        for f in ["text", "json"] { try run(["explain-kpi", String(Self.hostile("=").dropFirst().dropLast())], f) }
        let out = ws.root + "/site"
        let publish = try CLI.run(["publish"] + at + ["--out", out], cwd: ws.root)
        #expect(publish.exit == 0, "\(publish.stderr)")
        let site = try FileManager.default.subpathsOfDirectory(atPath: out).sorted()
        #expect(site.count > 20)
        for path in site {
            guard let data = FileManager.default.contents(atPath: out + "/" + path), !data.isEmpty else { continue }
            // A gzipped table is checked as what it holds (`observations.csv.gz` as CSV).
            let gzipped = path.hasSuffix(".gz")
            let text = gzipped ? Gzip.inflate([UInt8](data)).map { String(decoding: $0, as: UTF8.self) } : String(decoding: data, as: UTF8.self)
            #expect(text != nil, "\(path) is not a whole gzip file")
            let ext = ((gzipped ? String(path.dropLast(3)) : path) as NSString).pathExtension
            outputs.append(("publish " + path, ext == "md" ? "markdown" : ext, text ?? ""))
        }
        var checked: [String: Int] = [:]
        for o in outputs {
            switch o.format {
            case "html", "svg": Self.checkHTML(o.text, o.name)
            case "markdown": Self.checkMarkdown(o.text, o.name)
            case "csv": Self.checkCSV(o.text, o.name)
            case "json", "sarif": Self.checkJSON(o.text, o.name)
            default: continue
            }
            checked[o.format, default: 0] += 1
        }
        // The payload really went through: the workspace's text is in the outputs, escaped.
        #expect(outputs.contains { $0.format == "html" && $0.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;") })
        #expect(outputs.contains { $0.format == "markdown" && $0.text.contains("\\[link\\](javascript:alert(1))") })
        #expect(outputs.contains { $0.format == "csv" && $0.text.contains("'=HYPERLINK(") })
        #expect(checked["html", default: 0] >= 8 && checked["markdown", default: 0] >= 8, "\(checked)")
        #expect(checked["csv", default: 0] >= 10 && checked["json", default: 0] >= 12, "\(checked)")
    }

    /// No live element, handler or script link came from the text.
    static func checkHTML(_ text: String, _ name: String) {
        for bad in ["<script", "<img", "href=\"javascript:", "src=\"http://tracker"] {
            #expect(!text.contains(bad), "\(name) holds \(bad)")
        }
    }

    /// No link, image or HTML tag came from the text, and every table row has its table's cells.
    static func checkMarkdown(_ text: String, _ name: String) {
        for bad in ["[link](", "![img](", "<script", "<img"] {
            // Escaped, each starts with a backslash: `\[link\](`, `\!\[img\](`, `\<script`.
            var rest = Substring(text)
            while let r = rest.range(of: bad) {
                #expect(r.lowerBound > rest.startIndex && rest[rest.index(before: r.lowerBound)] == "\\", "\(name) holds a live \(bad)")
                rest = rest[r.upperBound...]
            }
        }
        var columns: Int?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else {
                columns = nil
                continue
            }
            var cells = 0, escaped = false, code = false
            for c in line {
                if c == "`" && !escaped { code.toggle() }
                if c == "|" && !escaped { cells += 1 }
                escaped = c == "\\" && !escaped
            }
            if let columns { #expect(cells == columns, "\(name): a row with \(cells - 1) cells, not \(columns - 1):\n\(line)") }
            columns = columns ?? cells
            #expect(!code, "\(name): a code span left open:\n\(line)")
        }
    }

    /// Each record has the header's field count, and no field would run as a spreadsheet formula.
    static func checkCSV(_ text: String, _ name: String) {
        var records: [[String]] = []
        _ = CSVReader.read(Array(text.utf8)) { _, fields in records.append(fields) }
        guard let header = records.first else {
            Issue.record("\(name) has no header")
            return
        }
        for fields in records.dropFirst() {
            #expect(fields.count == header.count, "\(name): \(fields.count) fields, not \(header.count)")
            for f in fields {
                guard let first = f.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { continue }
                #expect(Double(f) != nil, "\(name): the field \(f.prefix(40)) would run as a formula")
            }
        }
    }

    /// The text parses as JSON and carries no raw `<` (it is written `\u003c`).
    static func checkJSON(_ text: String, _ name: String) {
        #expect((try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])) != nil, "\(name) is not JSON")
        #expect(!text.contains("<script"), "\(name) holds a raw <script")
    }
}
