import MissionKPI

/// `pipeline --format text`: each financial year's contracts, then the s.93 view.
enum PipelineText {
    typealias W = Words
    typealias P = PipelineWords

    static func render(_ p: CommercialPipeline) -> String {
        var lines = P.intro(p)
        for y in p.years {
            lines += ["", "\(y.label) (\(y.start) to \(y.end)): \(W.count(y.entries.count, "contract")) ending, worth \(W.money(y.value))"]
            lines += table(y.entries, p.asOf)
        }
        lines += ["", "S.93 PIPELINE NOTICE VIEW — \(p.s93.label)", "  " + P.s93Intro(p.s93)]
        lines += table(p.s93.entries, p.asOf)
        return lines.joined(separator: "\n") + "\n"
    }

    static func table(_ entries: [PipelineEntry], _ asOf: Day) -> [String] {
        guard !entries.isEmpty else { return ["  None."] }
        var rows = [["CONTRACT", "DEPT", "ENDS", "PROCURE FROM", "VALUE", "TIER", "MISSIONS", "SCORE", "FINDINGS"]]
        for e in entries {
            rows.append([
                e.contract, e.department, e.end.description, P.procurement(e) + (e.procurementDue(on: asOf) ? " (due)" : ""),
                W.money(e.value), e.tier ?? "—", P.missions(e), P.score(e), P.findings(e),
            ])
        }
        return AssessmentWords.table(rows, indent: "  ")
    }
}
