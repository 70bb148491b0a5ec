import Foundation
import MissionKPI

/// `assess --format csv`: one RFC 4180 table, one row per judgement, its `kind` in the first column,
/// written by `CSVText` (so a cell a spreadsheet would run as a formula is neutralised, as in every CSV).
enum AssessmentCSV {
    static let header = ["kind", "mission", "contract", "id", "period", "date", "value", "expected", "gap", "projected", "target", "rating", "status", "data_state", "detail"]

    static func render(_ v: AssessmentView) -> String {
        var rows = [header]
        for s in v.missions {
            for m in s.milestones {
                rows.append(["milestone", s.mission, "", m.ref.id, "", day(m.trajectory.latestDate)] + figures(m.trajectory) + ["", m.trajectory.status.rawValue, "", m.trajectory.reason])
            }
            for n in s.nodes {
                rows.append(["node", s.mission, "", n.ref.id, "", "", "", "", "", "", "", n.rating.rawValue, n.covered ? "covered" : "not_covered", "", n.summary])
            }
        }
        for c in v.contracts {
            for k in c.kpis {
                let t = k.trajectory
                rows.append(["kpi", k.measures?.mission ?? "", k.contract, k.kpi, k.latest?.period.text ?? "", day(t.latestDate)] + figures(t)
                    + [k.latestRating.rawValue, t.status.rawValue, k.dataState.name, t.reason])
                for p in k.periods {
                    let note = p.corrections > 0 ? "version \(p.observation.version), corrects \(p.corrections) earlier" : ""
                    rows.append(["period", k.measures?.mission ?? "", k.contract, k.kpi, p.period.text, p.period.end.description, num(p.value), "", "", "", "", p.rating.rawValue, "", "", note])
                }
            }
            for a in c.annual {
                rows.append(["annual", "", a.contract, "year-\(a.year)", "\(a.start)/\(a.end)", a.due.description, "", "", "", "", "", a.overall.rawValue,
                             AssessmentWords.annualStatus(a, asOf: v.asOf).lowercased().replacingOccurrences(of: " ", with: "_"), "", a.rationale])
            }
            rows += AssessmentPublished.csv(c)
        }
        for w in v.watermelons {
            rows.append(["watermelon", w.milestone.mission, w.contract, w.milestone.id, "", day(w.milestoneTrajectory.latestDate)] + figures(w.milestoneTrajectory)
                + ["good", w.milestoneTrajectory.status.rawValue, "", w.reason])
        }
        var out = ""
        for row in rows { out += CSVText.record(row) }
        return out
    }

    /// value, expected, gap, projected, target.
    static func figures(_ t: Trajectory) -> [String] {
        [t.latestValue, t.expected, t.gap, t.projectedAtTarget, t.target].map { $0.map(num) ?? "" }
    }

    static func num(_ v: Double) -> String {
        let t = JSONText.number(v)
        return t == "null" ? "" : t
    }
    static func day(_ d: Day?) -> String { d?.description ?? "" }
}
