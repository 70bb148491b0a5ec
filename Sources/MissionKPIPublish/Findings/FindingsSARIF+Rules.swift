import MissionKPI

/// SARIF `reportingDescriptor`s: each rule's id, name, descriptions, help and default level.
extension FindingsSARIF {
    /// One rule as SARIF describes it; `settings` only add the workspace's own severity as a property.
    static func descriptor(_ rule: any Rule, sample: Finding?, settings: Settings) -> JSONValue {
        let d = rule.description
        return .object([
            ("id", .string(d.id)),
            ("name", .string(RulesReference.upperCamel(d.title))),
            ("shortDescription", .object([("text", .string(d.title))])),
            ("fullDescription", .object([("text", .string(d.summary + " " + d.rationale))])),
            (
                "help",
                .object([
                    ("text", .string(helpText(rule, sample: sample))), ("markdown", .string(RulesReference.body(rule, sample: sample))),
                ])
            ),
            ("defaultConfiguration", .object([("level", .string(level(d.defaultSeverity)))])),
            (
                "properties",
                .object([
                    ("tags", .array([.string(d.family.rawValue)])),
                    ("setting", .string(RulesReference.effective(d, settings))),
                ])
            ),
        ])
    }

    /// Plain-text help: the summary, why, how to fix it (from the rule's first example) and that example.
    static func helpText(_ rule: any Rule, sample: Finding?) -> String {
        let d = rule.description
        var out = d.summary + "\n\nWhy: " + d.rationale
        if let sample { out += "\n\nHow to fix: " + sample.fix }
        if !d.options.isEmpty {
            out += "\n\nOptions (missionkpi.yaml, rules: \(d.id): {…}): "
            out += d.options.map { "\($0.name) (default \(RulesReference.show($0.defaultValue))): \($0.summary)" }.joined(separator: "; ")
        }
        if let e = d.triggering.first {
            let setting = RulesReference.setting(e)
            out += "\n\nExample that triggers it" + (setting.isEmpty ? "" : " (\(setting))") + ":"
            for b in RulesReference.blocks(e) { out += "\n# \(b.caption)\n\(b.text)" }
            if let sample { out += "\n=> \(sample.text)" }
        }
        return out
    }
}
