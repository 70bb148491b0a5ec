import MissionKPI

/// Writes one synthetic mission file (`Missions/<id>.yaml`).
enum MissionWriter {
    static let baselineDate = Day(year: 2024, month: 9, day: 30)!
    static let targetDate = Day(year: 2029, month: 3, day: 31)!

    static func render(_ plan: MissionPlan, seed: UInt64, endMonth: Day) -> TextBuffer {
        var rng = SplitMix64(seed: seed, stream: 2, index: plan.index)
        let c = plan.corpus
        var out = TextBuffer()
        out.add("# Synthetic mission written by 'missionkpi generate': illustrative, not published statistics.\n")
        out.field("id", plan.id)
        out.field("title", plan.title)
        out.field("board", c.board)
        out.field("lead_department", c.lead)
        out.field("summary", "\(c.desiredOutcome) Synthetic data for testing and benchmarks.")
        out.add("sources:\n  - title: \"Plan for Change: milestones for mission-led government (December 2024)\"\n")
        out.add("    url: https://www.gov.uk/government/publications/plan-for-change\n")
        out.add("problem_statements:\n")
        out.field("- id", "\(c.id)-problem", indent: 2)
        out.field("challenge", c.challenge, indent: 4)
        out.field("affected", c.affected, indent: 4)
        out.add("    evidence:\n")
        out.add("      - ")
        out.yaml("Illustrative evidence for \(plan.title) (synthetic)")
        out.newline()
        out.field("desired_outcome", c.desiredOutcome, indent: 4)
        out.add("milestones:\n")
        for m in c.milestones { milestone(m, &out, &rng, endMonth: endMonth) }
        out.add("theory_of_change:\n")
        for node in plan.links {
            out.field("- id", node.id, indent: 2)
            out.field("level", node.level.rawValue, indent: 4)
            out.field("statement", node.statement, indent: 4)
            out.key("leads_to", indent: 4)
            out.add("[")
            for (i, to) in node.leadsTo.enumerated() {
                if i > 0 { out.add(", ") }
                out.yaml(to, flow: true)
            }
            out.add("]\n")
            if let a = node.assumption {
                out.add("    assumptions:\n      - ")
                out.yaml(a)
                out.newline()
            }
        }
        return out
    }

    static func milestone(_ m: MissionCorpus.MilestoneSeed, _ out: inout TextBuffer, _ rng: inout SplitMix64, endMonth: Day) {
        out.field("- id", m.id, indent: 2)
        out.field("title", m.title, indent: 4)
        out.field("indicator", m.indicator, indent: 4)
        out.field("unit", m.unit.rawValue, indent: 4)
        out.field("direction", m.direction.rawValue, indent: 4)
        func point(_ key: String, _ value: Double, _ date: Day, source: String?, indent: Int, dash: Bool = false) {
            if dash {
                for _ in 0..<indent { out.byte(0x20) }
                out.add("- {value: ")
            } else {
                out.key(key, indent: indent)
                out.add("{value: ")
            }
            out.number(value, decimals: m.decimals)
            out.add(", date: ")
            out.day(date)
            if let source {
                out.add(", source: ")
                out.yaml(source, flow: true)
            }
            out.add("}\n")
        }
        let span = Double(baselineDate.days(to: targetDate))
        func planned(_ d: Day) -> Double { m.baseline + (m.target - m.baseline) * Double(baselineDate.days(to: d)) / span }
        point("baseline", m.baseline, baselineDate, source: "Synthetic baseline", indent: 4)
        point("target", m.target, targetDate, source: "Synthetic target", indent: 4)
        out.add("    trajectory:\n")
        for year in 2026...2028 {
            let d = Day(year: year, month: 3, day: 31)!
            point("", planned(d), d, source: nil, indent: 6, dash: true)
        }
        out.add("    observations:\n")
        // Quarterly national statistics up to the end month; some milestones drift off track.
        let pace = rng.double(in: 0.3...1.15)
        let noise = abs(m.target - m.baseline) * 0.01
        let last = endMonth.adding(months: 1).adding(days: -1)
        var d = Day(year: 2024, month: 12, day: 31)!
        while d <= last {
            var v = m.baseline + (planned(d) - m.baseline) * pace + noise * rng.double(in: -1...1)
            if m.unit == .percent { v = min(100, max(0, v)) }
            point("", max(0, v), d, source: "Synthetic statistic", indent: 6, dash: true)
            d = d.adding(days: 1).adding(months: 3).adding(days: -1)
        }
    }
}
