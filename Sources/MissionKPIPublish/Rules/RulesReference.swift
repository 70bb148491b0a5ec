import Foundation
import MissionKPI

/// The rules reference, generated from the rules themselves: `Documentation/Rules.md`,
/// `missionkpi rules` and `missionkpi explain RULE`. A test keeps the committed copy current.
///
/// ```swift
/// let page = RulesReference.markdown()          // Documentation/Rules.md
/// let one = RulesReference.explain(TooManyKPIs())
/// ```
public enum RulesReference {
    /// The rules of each family, families in their documented order, rules in registry order.
    public static func byFamily(_ rules: [any Rule]) -> [(family: RuleFamily, rules: [any Rule])] {
        RuleFamily.allCases.compactMap { family in
            let members = rules.filter { $0.description.family == family }
            return members.isEmpty ? nil : (family, members)
        }
    }

    /// The whole reference as Markdown: a table of contents, then each rule with its examples.
    public static func markdown(_ rules: [any Rule] = RuleRegistry.all) -> String {
        var out = """
            # Rules reference

            <!-- Generated from the rules by `missionkpi rules --format markdown`; do not edit by hand. \
            Regenerate with `MISSIONKPI_RECORD_GOLDEN=1 swift test --filter RulesReferenceTests`. -->

            The alignment engine (`missionkpi align`) runs \(rules.count) rules in \(byFamily(rules).count) families. \
            Each can be set to `off`, `info`, `warning` or `error`, and given options, in `missionkpi.yaml`:

            ```yaml
            rules:
              too-many-kpis: {severity: warning, max: 10}
              some-rule: off
            ```

            A finding can be waived on its KPI or contract with a reason, an approver and an expiry; see \
            [Alignment.md](Alignment.md). Each rule's examples are changes to a small example workspace \
            (shown at the end); they are also the rule's tests.


            """
        out += "| Rule | Family | Default | Summary |\n|---|---|---|---|\n"
        for (family, members) in byFamily(rules) {
            for r in members {
                let d = r.description
                out +=
                    "| [`\(d.id)`](#\(d.id)) | \(family.rawValue) | \(d.defaultSeverity.rawValue) | \(MarkdownText.cell(d.summary)) |\n"
            }
        }
        var samples: [String: Finding] = [:]
        for (r, f) in zip(rules, sampleFindings(rules)) { samples[r.description.id] = f }
        for (family, members) in byFamily(rules) {
            out += "\n## \(family.title)\n"
            for r in members { out += "\n" + section(r, sample: samples[r.description.id]) }
        }
        out += "\n## The example workspace\n\nEvery example starts from these files (as of \(defaultAsOf)) "
        out += "and 24 monthly returns per KPI, all rated good.\n"
        for path in ExampleWorkspace.files.keys.sorted() {
            out += "\n`\(path)`\n\n```yaml\n\(trimmed(ExampleWorkspace.files[path]!))\n```\n"
        }
        return out
    }

    /// One rule's section: heading (its id, so links read `Rules.md#id`), words, options, examples.
    public static func section(_ rule: any Rule, sample: Finding?) -> String {
        "### \(rule.description.id)\n\n" + body(rule, sample: sample)
    }

    /// A rule's section without its heading (also SARIF's `help.markdown`).
    static func body(_ rule: any Rule, sample: Finding?) -> String {
        let d = rule.description
        var out = "**\(d.title)** — \(d.summary)\n\n"
        out += "- Default severity: `\(d.defaultSeverity.rawValue)`\n"
        if d.options.isEmpty {
            out += "- Options: none\n"
        } else {
            out += "- Options:\n"
            for o in d.options { out += "  - `\(o.name)` (default `\(show(o.defaultValue))`): \(o.summary)\n" }
        }
        out += "\n" + d.rationale + "\n"
        if let f = sample {
            out += "\nWhat it reports (first example below):\n\n```text\n\(f.text)\n```\n\nFix: \(f.fix)\n"
        }
        out += examples("Triggers", d.triggering) + examples("Does not trigger", d.nonTriggering)
        return out
    }

    static func examples(_ heading: String, _ list: [RuleExample]) -> String {
        var out = ""
        for (i, e) in list.enumerated() {
            out += "\n*\(heading)*" + (list.count > 1 ? " (\(i + 1) of \(list.count))" : "")
            let setting = setting(e)
            out += (setting.isEmpty ? "" : ": " + setting + ".") + "\n"
            for b in blocks(e) {
                out += b.text.isEmpty ? "\n\(b.caption).\n" : "\n`\(b.caption)`\n\n```\(b.language)\n\(b.text)\n```\n"
            }
        }
        return out
    }
}
