import MissionKPI

/// `pipeline --format markdown`: the pipeline as tables for a web page.
enum PipelineMarkdown {
    typealias W = Words
    typealias P = PipelineWords

    static func render(_ p: CommercialPipeline) -> String {
        var out = "# Commercial pipeline\n\n" + P.intro(p).joined(separator: " ") + "\n"
        for y in p.years {
            out += "\n## \(y.label)\n\n\(y.start) to \(y.end): \(W.count(y.entries.count, "contract")) ending, worth \(W.money(y.value)).\n\n"
            out += table(y.entries, p.asOf)
        }
        out += "\n## Pipeline notice view (Procurement Act 2023 s.93), \(p.s93.label)\n\n" + P.s93Intro(p.s93) + "\n\n"
        out += table(p.s93.entries, p.asOf)
        return out
    }

    static func table(_ entries: [PipelineEntry], _ asOf: Day) -> String {
        guard !entries.isEmpty else { return "None.\n" }
        var out = "| Contract | Department | Ends | Procurement from | Value | Tier | Missions | Score | Findings |\n"
        out += "|---|---|---|---|--:|---|---|--:|---|\n"
        for e in entries {
            let row = [
                "`\(e.contract)` " + MarkdownText.escape(e.title), "`\(e.department)`", e.end.description,
                P.procurement(e) + (e.procurementDue(on: asOf) ? " (due)" : ""), W.money(e.value), e.tier.map(MarkdownText.escape) ?? "—",
                P.missions(e), P.score(e), P.findings(e),
            ]
            out += "| " + row.joined(separator: " | ") + " |\n"
        }
        return out
    }
}
