/// Shared wording and keys for the waiver rules.
enum WaiverWords {
    /// Each use with a stable key: the waived rule's id, then `#2`, `#3`… for repeats on one subject.
    static func keyed(_ uses: [WaiverUse]) -> [(use: WaiverUse, key: String)] {
        var seen: [String: Int] = [:]
        return uses.map { use in
            let id = "\(use.subject)\u{0}\(use.waiver.rule)"
            seen[id, default: 0] += 1
            let n = seen[id]!
            return (use, n == 1 ? use.waiver.rule : "\(use.waiver.rule)#\(n)")
        }
    }

    /// "the waiver of 'rule' on c1/kpi".
    static func name(_ use: WaiverUse) -> String { "the waiver of '\(use.waiver.rule)' on \(use.subject)" }

    /// "a", "a and b", "a, b and c".
    static func list(_ items: [String]) -> String {
        items.count <= 1 ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + items.last!
    }

    /// "1 finding", "2 findings".
    static func findings(_ n: Int) -> String { "\(n) finding\(n == 1 ? "" : "s")" }

    /// A KPI drawing on supplier data, most material, for the waiver rules' examples; `waiver` is indented YAML.
    static func exampleKPI(dataSource: String, waiver: String) -> String {
        """
        id: self-reported
        title: Scans reported on time
        level: outcome
        measures: demo/faster-diagnosis
        unit: percent
        direction: increase
        data_source: \(dataSource)
        most_material: true
        waivers:
          - rule: supplier-only-data
        \(waiver)
        """
    }
}
