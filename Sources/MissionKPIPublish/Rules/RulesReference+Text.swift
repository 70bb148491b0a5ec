import MissionKPI

/// `missionkpi rules` (text and JSON) and `missionkpi explain RULE`.
extension RulesReference {
    /// A rule's effective setting under `settings`: `off`, or its severity.
    public static func effective(_ d: RuleDescription, _ settings: Settings) -> String {
        guard let s = settings.rules[d.id] else { return d.defaultSeverity.rawValue }
        return s.isOff ? "off" : (s.severity ?? d.defaultSeverity).rawValue
    }

    /// One line per rule, grouped by family: id, default severity, the workspace's setting, title.
    public static func text(_ rules: [any Rule] = RuleRegistry.all, settings: Settings = Settings()) -> String {
        let width = rules.map(\.description.id.count).max() ?? 0
        var out = ""
        for (family, members) in byFamily(rules) {
            out += (out.isEmpty ? "" : "\n") + family.title + "\n"
            for r in members {
                let d = r.description
                let set = effective(d, settings)
                let setting = set == d.defaultSeverity.rawValue ? "" : " (set to \(set))"
                out += "  " + pad(d.id, width) + "  " + pad(d.defaultSeverity.rawValue, 7) + "  " + d.title + setting + "\n"
            }
        }
        return out
    }

    /// Every rule as JSON: words, family, default and effective severity, options with defaults.
    public static func json(_ rules: [any Rule] = RuleRegistry.all, settings: Settings = Settings()) -> String {
        JSONValue.array(
            rules.map { r in
                let d = r.description
                return .object([
                    ("id", .string(d.id)), ("name", .string(upperCamel(d.title))), ("title", .string(d.title)),
                    ("family", .string(d.family.rawValue)), ("summary", .string(d.summary)), ("rationale", .string(d.rationale)),
                    ("default_severity", .string(d.defaultSeverity.rawValue)), ("setting", .string(effective(d, settings))),
                    (
                        "options",
                        .array(
                            d.options.map { o in
                                .object([
                                    ("name", .string(o.name)), ("default", .string(show(o.defaultValue))), ("summary", .string(o.summary)),
                                ])
                            })
                    ),
                ])
            }
        ).render() + "\n"
    }

    /// `missionkpi explain RULE`: the rule's words, rationale, options, a sample finding and its examples.
    public static func explain(_ rule: any Rule, settings: Settings = Settings()) -> String {
        let d = rule.description
        var out = "\(d.id): \(d.title)\n\n\(d.summary)\n\n"
        out += "Family: \(d.family.title). Default severity: \(d.defaultSeverity.rawValue)"
        let set = effective(d, settings)
        out += set == d.defaultSeverity.rawValue ? ".\n" : "; this workspace sets it to \(set).\n"
        out += "\nWhy:\n" + indent(d.rationale) + "\n"
        if !d.options.isEmpty {
            out += "\nOptions (in missionkpi.yaml under rules: \(d.id): {…}):\n"
            for o in d.options { out += "  \(o.name) (default \(show(o.defaultValue))): \(o.summary)\n" }
        }
        if let f = sampleFinding(rule) {
            out += "\nWhat it reports (first example):\n" + indent(f.text) + "\n" + indent("fix: " + f.fix) + "\n"
        }
        out += "\nExamples: what each changes in the example workspace (- the base example's lines, + the example's; 'missionkpi explain RULE --format markdown' prints them whole):\n"
        for (heading, list) in [("Triggers", d.triggering), ("Does not trigger", d.nonTriggering)] {
            for (i, e) in list.enumerated() {
                let setting = setting(e)
                out +=
                    "\n\(heading)" + (list.count > 1 ? " (\(i + 1) of \(list.count))" : "") + (setting.isEmpty ? ":" : ": " + setting + ".")
                    + "\n"
                if e.before != nil { out += "  (- the earlier revision's lines, + the later revision's)\n" }
                for c in RuleExampleDiff.changes(e) { out += "  # \(c.caption)\n" + c.lines.map { "  " + $0 }.joined(separator: "\n") + "\n" }
            }
        }
        return out
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    static func indent(_ text: String, by n: Int = 2) -> String {
        let pad = String(repeating: " ", count: n)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : pad + $0 }.joined(separator: "\n")
    }
}
