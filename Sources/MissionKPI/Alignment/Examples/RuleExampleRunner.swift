/// Runs a rule example: builds the example workspace, assesses it and runs one rule.
public enum RuleExampleRunner {
    /// The outcome of one example: the rule's findings, or the problems that stopped it.
    public struct Outcome: Sendable {
        public var findings: [Finding]
        public var problems: [String]
    }

    /// Runs `rule` on `example`; waivers apply as in a real run.
    /// A rule of the changes family compares the example with its `before` revision (the example workspace
    /// when none is given).
    public static func run(_ rule: any Rule, _ example: RuleExample) -> Outcome {
        let loaded = WorkspaceLoader.load(
            files: files(kpi: example.kpi, contract: example.contract, files: example.files), ruleCatalog: RuleRegistry.catalog)
        var problems = loaded.diagnostics.map(\.description)
        var previous: Goalposts?
        if rule.description.family == .changes {
            let before = example.before ?? .base
            let earlier = WorkspaceLoader.load(
                files: files(kpi: before.kpi, contract: before.contract, files: before.files), ruleCatalog: RuleRegistry.catalog)
            problems += earlier.diagnostics.map { "earlier revision: \($0)" }
            previous = Goalposts(earlier.workspace)
        }
        guard let asOf = Day(parsing: example.asOf) else { return Outcome(findings: [], problems: ["bad asOf \(example.asOf)"]) }
        var observations: [Observation] = []
        let returns = example.returns ?? ExampleWorkspace.returns
        for (i, line) in returns.split(separator: "\n").enumerated() {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard cells.count >= 4, let period = Period(parsing: cells[2]), let value = Double(cells[3]) else {
                problems.append("returns line \(i + 1) '\(line)' is not contract,kpi,period,value")
                continue
            }
            observations.append(Observation(
                contract: cells[0], kpi: cells[1], period: period, value: value, note: nil,
                provenance: Provenance(file: "example.csv", row: i + 1, sha256: "", recordedAt: "")))
        }
        let published = publishedAssessments(example.published ?? "", asOf: example.asOf, problems: &problems)
        let ws = loaded.workspace
        let assessment = Assessor.assess(
            ws, observations: ObservationSet(allVersions: observations), published: published, asOf: asOf)
        let report = AlignmentEngine.run(ws, assessment: assessment, asOf: asOf, rules: ruleSet(for: rule), previous: previous)
        return Outcome(findings: report.findings.filter { $0.ruleID == rule.description.id }, problems: problems)
    }

    /// The example workspace's files with an example's edits: files replaced (an empty text removes the
    /// file), `c1` replaced, a KPI added to `c1`.
    static func files(kpi: String?, contract: String?, files edits: [String: String]) -> [String: String] {
        var files = ExampleWorkspace.files
        for (path, text) in edits { files[path] = text.isEmpty ? nil : text }
        if let contract { files["Contracts/dept/c1.yaml"] = contract }
        if let kpi {
            let indented = kpi.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { i, line in
                (i == 0 ? "  - " : "    ") + line
            }.joined(separator: "\n")
            files["Contracts/dept/c1.yaml", default: ""] += indented + "\n"
        }
        return files
    }

    /// `contract,kpi,period,classification[,measure]` lines as published assessments, each from a release
    /// of its own (`example-uk9-01`, …) dated `asOf`.
    static func publishedAssessments(_ text: String, asOf: String, problems: inout [String]) -> [PublishedAssessment] {
        var out: [PublishedAssessment] = []
        for (i, line) in text.split(separator: "\n").enumerated() {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard cells.count == 4 || cells.count == 5, let period = Period(parsing: cells[2]),
                let classification = PublishedAssessment.Classification(rawValue: cells[3])
            else {
                problems.append("published line \(i + 1) '\(line)' is not contract,kpi,period,classification[,measure]")
                continue
            }
            out.append(
                PublishedAssessment(
                    contract: cells[0], kpi: cells[1], periodStart: period.start, periodEnd: period.end, periodText: period.text,
                    measure: cells.count == 5 ? cells[4] : nil, classification: classification, classificationDescription: nil,
                    release: "example-uk9-" + (i < 9 ? "0" : "") + String(i + 1), releaseDate: asOf + "T00:00:00Z", noticeType: "UK9"))
        }
        return out
    }

    /// The rule alone, or with the other rules when it judges waivers (it needs their findings to judge).
    static func ruleSet(for rule: any Rule) -> [any Rule] {
        rule.description.family == .waivers ? RuleRegistry.all : [rule]
    }
}
