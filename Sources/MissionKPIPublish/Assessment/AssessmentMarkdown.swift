import Foundation
import MissionKPI

/// `assess --format markdown`: the text report as headings and tables, for a wiki or a pull request.
enum AssessmentMarkdown {
    typealias W = AssessmentWords

    static func render(_ v: AssessmentView) -> String {
        var out = ["# Assessment as at \(v.asOf)" + AssessmentText.scopeText(v.scope)]
        for s in v.missions { out += mission(s, v) }
        out += ["", "## Watermelons", ""]
        out += v.watermelons.isEmpty
            ? ["None: no contract reports all-good KPIs under an off-track milestone."]
            : v.watermelons.map { "- **\(md($0.contract))** → \(md($0.milestone.description)): \(md($0.reason))" }
        out += ["", "## Contracts"]
        for c in v.contracts { out += contract(c, v) }
        return out.joined(separator: "\n") + "\n"
    }

    static func mission(_ s: MissionSummary, _ v: AssessmentView) -> [String] {
        let m = v.workspace.mission(s.mission)
        var out = ["", "## \(md(m?.title ?? s.mission)) (`\(s.mission)`)", ""]
        out.append("Evidence covers \(s.coverage.covered) of \(s.coverage.total) nodes and milestones; KPI ratings: \(W.counts(s.ratingCounts)).")
        out += ["", "### Milestones", "", "| Milestone | Status | Expected | Actual | Gap | Projected at target | Target | Reason |", "|---|---|---|---|---|---|---|---|"]
        for ma in s.milestones {
            let unit = v.milestone(ma.ref)?.unit
            let t = ma.trajectory
            out.append(row([
                "`\(ma.ref.id)`", t.status.label, val(t.expected, unit), t.latestValue.map { "\(ValueText.value($0, unit)) (\(t.latestDate!))" } ?? "—",
                t.gap.map { ($0 < 0 ? "-" : "+") + ValueText.difference($0, unit) } ?? "—", val(t.projectedAtTarget, unit),
                t.target.map { ValueText.value($0, unit) + (t.targetDate.map { " by \($0)" } ?? "") } ?? "—", md(t.reason),
            ]))
        }
        out += ["", "### Theory of change", "", "| Node | Covered | Worst rating | Evidence |", "|---|---|---|---|"]
        for n in s.nodes {
            let items = n.evidence.map { "\($0.contract)/\($0.kpi) \($0.rating.lowercasedLabel) (\(W.dataState($0.dataState))\($0.direct ? "" : ", via \($0.measures.id)"))" }
            out.append(row(["`\(n.ref.id)`", n.covered ? "yes" : "no", n.rating == .other ? "—" : n.rating.label, ([n.summary] + items).map(md).joined(separator: "<br>")]))
        }
        return out
    }

    static func contract(_ c: ContractAssessmentView, _ v: AssessmentView) -> [String] {
        let k = c.contract
        var out = ["", "### \(md(k.title)) (`\(k.id)`)", "", "\(md(k.supplier.name)); \(k.start) to \(k.end).", ""]
        if !c.kpis.isEmpty {
            out += ["| KPI | Latest period | Value | Rating | Returns | Trajectory |", "|---|---|---|---|---|---|"]
            for a in c.kpis {
                let unit = k.kpi(a.kpi)?.unit
                out.append(row([
                    "`\(a.kpi)`" + (a.mostMaterial ? " (most material)" : ""), a.latest?.period.text ?? "—",
                    a.latest.map { ValueText.value($0.value, unit) + ($0.corrections > 0 ? " (corrected)" : "") } ?? "—",
                    a.latestRating.label + (a.bands?.isDefault == true ? " (default bands)" : ""), W.returns(a),
                    "\(a.trajectory.status.label): \(md(a.trajectory.reason))",
                ]))
            }
        }
        if !c.annual.isEmpty {
            out += ["", "| Year | Period | Due | Status | Overall | Rationale |", "|---|---|---|---|---|---|"]
            for a in c.annual {
                out.append(row(["\(a.year)", "\(a.start) to \(a.end)", a.due.description, W.annualStatus(a, asOf: v.asOf), a.overall.label, md(a.rationale)]))
            }
        }
        out += AssessmentPublished.markdown(c)
        return out
    }

    static func val(_ v: Double?, _ unit: MissionKPI.Unit?) -> String { v.map { ValueText.value($0, unit) } ?? "—" }

    /// A table row of cells the report wrote (workspace text in them already escaped with `md`).
    static func row(_ cells: [String]) -> String { "| " + cells.map(MarkdownText.cell).joined(separator: " | ") + " |" }

    /// Workspace text, escaped for Markdown.
    static func md(_ s: String) -> String { MarkdownText.escape(s) }
}
