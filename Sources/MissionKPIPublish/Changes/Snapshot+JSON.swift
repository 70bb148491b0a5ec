import MissionKPI

extension Snapshot {
    /// The snapshot as JSON, keys in snake_case (as every other JSON file of the site) in a fixed order and
    /// lists sorted, so the same snapshot gives the same bytes.
    public func json() -> String {
        var out = "{\n  \"version\": \(version),\n  \"inputs\": \(JSONText.string(inputs)),\n  \"as_of\": \(JSONText.string(asOf)),\n"
        out += "  \"findings\": " + Self.list(findings.map(Self.finding), indent: "  ") + ",\n"
        out += "  \"goals\": " + Self.list(goals.map(Self.goal), indent: "  ") + ",\n"
        out += "  \"changes\": {\n"
        out += "    \"previous_as_of\": " + (changes.previousAsOf.map(JSONText.string) ?? "null") + ",\n"
        out += "    \"new_findings\": " + Self.list(changes.newFindings.map(Self.finding), indent: "    ") + ",\n"
        out += "    \"resolved_findings\": " + Self.list(changes.resolvedFindings.map(Self.finding), indent: "    ") + ",\n"
        out += "    \"moved\": " + Self.list(changes.moved.map(Self.move), indent: "    ") + "\n"
        out += "  }\n}\n"
        return out
    }

    static func list(_ items: [String], indent: String) -> String {
        items.isEmpty ? "[]" : "[\n" + items.map { indent + "  " + $0 }.joined(separator: ",\n") + "\n" + indent + "]"
    }

    static func finding(_ f: FindingEntry) -> String {
        "{\"fingerprint\": \(JSONText.string(f.fingerprint)), \"rule\": \(JSONText.string(f.rule)), \"subject\": \(JSONText.string(f.subject)), "
            + "\"severity\": \(JSONText.string(f.severity)), \"message\": \(JSONText.string(f.message))}"
    }

    static func goal(_ g: GoalEntry) -> String {
        "{\"subject\": \(JSONText.string(g.subject)), \"baseline\": \(JSONText.number(g.baseline)), \"baseline_date\": \(g.baselineDate.map(JSONText.string) ?? "null"), "
            + "\"target\": \(JSONText.number(g.target)), \"target_date\": \(g.targetDate.map(JSONText.string) ?? "null")}"
    }

    static func move(_ m: ChangeSet.Move) -> String {
        "{\"subject\": \(JSONText.string(m.subject)), \"field\": \(JSONText.string(m.field)), \"before\": \(JSONText.string(m.before)), \"after\": \(JSONText.string(m.after))}"
    }
}
