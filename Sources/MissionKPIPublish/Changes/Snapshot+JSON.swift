import MissionKPI

extension Snapshot {
    /// The snapshot as JSON, keys in `snake_case` in a fixed order and lists sorted, so the same snapshot
    /// gives the same bytes. Numbers are written exactly (they are compared at the next review).
    public func json() -> String {
        var out = ""
        write { out += $0 }
        return out
    }

    /// The same text as `json()`, handed to `emit` in pieces (a finding or rating at a time, batched), so a
    /// national snapshot (62 MB at 10,000 contracts) is never held whole: publish streams it to its file.
    func write(_ emit: (String) -> Void) {
        emit("{\n  \"version\": \(version),\n  \"inputs\": \(JSONText.string(inputs)),\n  \"as_of\": \(JSONText.string(asOf)),\n")
        emit("  \"findings\": ")
        Self.list(findings, indent: "  ", Self.finding, emit)
        emit(",\n  \"ratings\": ")
        Self.list(ratings, indent: "  ", Self.rating, emit)
        emit(",\n  \"goalposts\": " + (goalposts.map(Self.goalposts) ?? "null") + ",\n")
        emit("  \"changes\": " + (changes.map(Self.changes) ?? "null") + "\n}\n")
    }

    /// `list(items.map(item), indent:)` handed to `emit` about a megabyte at a time.
    static func list<T>(_ items: [T], indent: String, _ item: (T) -> String, _ emit: (String) -> Void) {
        guard !items.isEmpty else { return emit("[]") }
        var piece = "[\n"
        for (i, x) in items.enumerated() {
            if i > 0 { piece += ",\n" }
            piece += indent + "  " + item(x)
            if piece.utf8.count >= 1 << 20 {
                emit(piece)
                piece = ""
            }
        }
        emit(piece + "\n" + indent + "]")
    }

    /// The JSON list of `items`, one to a line at `indent`.
    static func list(_ items: [String], indent: String) -> String {
        var out = ""
        list(items, indent: indent, { $0 }) { out += $0 }
        return out
    }

    static func finding(_ f: FindingEntry) -> String {
        "{\"fingerprint\": \(JSONText.string(f.fingerprint)), \"rule\": \(JSONText.string(f.rule)), \"subject\": \(JSONText.string(f.subject)), "
            + "\"kind\": \(text(f.kind)), \"severity\": \(JSONText.string(f.severity)), \"message\": \(JSONText.string(f.message))}"
    }

    static func rating(_ r: RatingEntry) -> String {
        "{\"subject\": \(JSONText.string(r.subject)), \"period\": \(JSONText.string(r.period)), \"rating\": \(JSONText.string(r.rating))}"
    }

    static func changes(_ c: ChangeSet) -> String {
        func scope(_ s: ChangeSet.Scope) -> String {
            "\"scope\": {\"department\": \(text(s.department)), \"missions\": [\(s.missions.map(JSONText.string).joined(separator: ", "))]}"
        }
        func findings(_ list: [ChangeSet.FindingChange]) -> String {
            Self.list(list.map { "{\"finding\": \(finding($0.finding)), \(scope($0.scope))}" }, indent: "    ")
        }
        func ratings(_ list: [ChangeSet.RatingChange]) -> String {
            Self.list(
                list.map {
                    "{\"subject\": \(JSONText.string($0.subject)), \"before\": \(JSONText.string($0.before)), "
                        + "\"before_period\": \(JSONText.string($0.beforePeriod)), \"after\": \(JSONText.string($0.after)), "
                        + "\"after_period\": \(JSONText.string($0.afterPeriod)), \(scope($0.scope))}"
                }, indent: "    ")
        }
        var out = "{\n    \"since\": \(text(c.since)),\n    \"previous_as_of\": \(text(c.previousAsOf)),\n"
        out += "    \"goalposts\": \(findings(c.goalposts)),\n    \"new_findings\": \(findings(c.newFindings)),\n"
        out += "    \"resolved_findings\": \(findings(c.resolvedFindings)),\n"
        out += "    \"improved\": \(ratings(c.improved)),\n    \"worsened\": \(ratings(c.worsened))\n  }"
        return out
    }

    static func goalposts(_ g: Goalposts) -> String {
        "{\n    \"contracts\": " + list(g.contracts.map(contract), indent: "    ") + ",\n    \"milestones\": "
            + list(g.milestones.map(milestone), indent: "    ") + "\n  }"
    }

    static func contract(_ c: Goalposts.ContractGoal) -> String {
        "{\"id\": \(JSONText.string(c.id)), \"title\": \(JSONText.string(c.title)), \"department\": \(JSONText.string(c.department)), "
            + "\"file\": \(JSONText.string(c.file)), \"contributes_to\": [\(c.contributesTo.map(JSONText.string).joined(separator: ", "))], "
            + "\"waivers\": \(waivers(c.waivers)), \"kpis\": [" + c.kpis.map(kpi).joined(separator: ", ") + "]}"
    }

    static func kpi(_ k: Goalposts.KPIGoal) -> String {
        "{\"id\": \(JSONText.string(k.id)), \"title\": \(JSONText.string(k.title)), \"description\": \(text(k.description)), "
            + "\"unit\": \(text(k.unit?.rawValue)), \"direction\": \(text(k.direction?.rawValue)), \"baseline\": \(point(k.baseline)), "
            + "\"target\": \(point(k.target)), \"bands\": \(edges(k.bands)), \"most_material\": \(k.mostMaterial), "
            + "\"measures\": \(text(k.measures)), \"waivers\": \(waivers(k.waivers))}"
    }

    static func milestone(_ m: Goalposts.MilestoneGoal) -> String {
        "{\"mission\": \(JSONText.string(m.mission)), \"id\": \(JSONText.string(m.id)), \"title\": \(JSONText.string(m.title)), "
            + "\"file\": \(JSONText.string(m.file)), \"unit\": \(JSONText.string(m.unit.rawValue)), "
            + "\"direction\": \(JSONText.string(m.direction.rawValue)), \"baseline\": \(point(m.baseline)), \"target\": \(point(m.target))}"
    }

    static func point(_ p: Goalposts.Point?) -> String {
        guard let p else { return "null" }
        return "{\"value\": \(exact(p.value)), \"date\": \(text(p.date?.description))}"
    }

    static func edges(_ e: Goalposts.Edges?) -> String {
        guard let e else { return "null" }
        return "{\"good\": \(exact(e.good)), \"approaching_target\": \(exact(e.approachingTarget)), "
            + "\"requires_improvement\": \(exact(e.requiresImprovement))}"
    }

    static func waivers(_ w: [Goalposts.WaiverTerm]) -> String {
        "[" + w.map { "{\"rule\": \(JSONText.string($0.rule)), \"expires\": \(text($0.expires?.description))}" }.joined(separator: ", ")
            + "]"
    }

    static func text(_ s: String?) -> String { s.map(JSONText.string) ?? "null" }

    /// A number that reads back as the same `Double` (`90`, `92.5`, `0.1`, `1e-05`); null when not finite.
    static func exact(_ v: Double) -> String {
        guard v.isFinite else { return "null" }
        if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
        return String(v)
    }
}
