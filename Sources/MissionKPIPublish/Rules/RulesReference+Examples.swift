import Foundation
import MissionKPI

/// Rule examples written out for people: as the YAML (and CSV) they add to the example workspace,
/// and the finding the first triggering example produces.
extension RulesReference {
    /// One block of an example: a caption and its text, in a language (`yaml` or `csv`).
    public struct Block: Sendable, Hashable {
        public var caption: String
        public var language: String
        public var text: String
    }

    /// The base example's date; examples at another date say so.
    static let defaultAsOf = RuleExample().asOf

    /// The changes an example makes to the example workspace, as captioned blocks.
    /// An example of a changes rule shows its earlier revision's edits first, then the later one's.
    public static func blocks(_ example: RuleExample) -> [Block] {
        var out: [Block] = []
        if let before = example.before {
            if before.isBase {
                out.append(Block(caption: "Earlier revision: the example workspace as it is", language: "yaml", text: ""))
            }
            out += edits(kpi: before.kpi, contract: before.contract, files: before.files, prefix: "Earlier revision: ")
            let later = edits(kpi: example.kpi, contract: example.contract, files: example.files, prefix: "Later revision: ")
            out += later.isEmpty ? [Block(caption: "Later revision: the example workspace as it is", language: "yaml", text: "")] : later
        } else {
            out += edits(kpi: example.kpi, contract: example.contract, files: example.files, prefix: "")
        }
        if let returns = example.returns {
            out.append(
                Block(
                    caption: "KPI returns (replacing the base returns)", language: "csv",
                    text: "contract,kpi,period,value\n" + trimmed(returns)))
        }
        if let published = example.published {
            out.append(
                Block(
                    caption: "Published UK9 assessments in the tracker (as import ocds records them)", language: "csv",
                    text: "contract,kpi,period,classification,measure\n" + trimmed(published)))
        }
        return out
    }

    /// The blocks of one revision's edits, each caption prefixed.
    static func edits(kpi: String?, contract: String?, files: [String: String], prefix: String) -> [Block] {
        var out: [Block] = []
        if let contract {
            out.append(Block(caption: prefix + "Contracts/dept/c1.yaml (replaced)", language: "yaml", text: trimmed(contract)))
        }
        if let kpi {
            let item = trimmed(kpi).split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { i, line in
                (i == 0 ? "- " : "  ") + line
            }.joined(separator: "\n")
            out.append(Block(caption: prefix + "Contracts/dept/c1.yaml: a KPI added under kpis:", language: "yaml", text: item))
        }
        for path in files.keys.sorted() {
            let text = files[path]!
            out.append(
                text.isEmpty
                    ? Block(caption: prefix + path + " (removed)", language: "yaml", text: "")
                    : Block(caption: prefix + path, language: path.hasSuffix(".csv") ? "csv" : "yaml", text: trimmed(text)))
        }
        return out
    }

    /// One line on the example's setting: its date, and whether it is the unchanged base workspace.
    public static func setting(_ example: RuleExample) -> String {
        let unchanged =
            example.before == nil && example.contract == nil && example.kpi == nil && example.files.isEmpty && example.returns == nil
            && example.published == nil
        var parts: [String] = []
        if unchanged { parts.append("The example workspace as it is") }
        if example.asOf != defaultAsOf { parts.append((unchanged ? "as of " : "As of ") + example.asOf) }
        return parts.joined(separator: ", ")
    }

    /// The first finding the rule's first triggering example gives, if it gives one.
    public static func sampleFinding(_ rule: any Rule) -> Finding? {
        guard let example = rule.description.triggering.first else { return nil }
        return RuleExampleRunner.run(rule, example).findings.first
    }

    /// `sampleFinding` of each rule, in order, the examples run in parallel.
    public static func sampleFindings(_ rules: [any Rule]) -> [Finding?] {
        Parallel.map(rules, minimumChunk: 1) { sampleFinding($0) }
    }

    static func trimmed(_ text: String) -> String {
        var t = Substring(text)
        while t.last == "\n" || t.last == " " { t.removeLast() }
        while t.first == "\n" { t.removeFirst() }
        return String(t)
    }

    /// `Too many KPIs` → `TooManyKPIs` (SARIF's `name`).
    public static func upperCamel(_ title: String) -> String {
        var out = ""
        for word in title.split(whereSeparator: { !($0.isLetter || $0.isNumber) }) {
            out += word.prefix(1).uppercased() + word.dropFirst()
        }
        return out
    }

    /// An option's default as written in YAML.
    static func show(_ option: RuleOption) -> String { AlignmentEngine.show(option) }
}
