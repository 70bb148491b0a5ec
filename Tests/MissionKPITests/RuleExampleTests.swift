import Foundation
import Testing

@testable import MissionKPI

/// Runs every registered rule's examples: triggering ones must produce a finding of that rule,
/// non-triggering ones none. A failure points at the example's own line in the rule's file.
@Suite struct RuleExampleTests {
    static let rules: [String] = RuleRegistry.all.map(\.description.id)

    @Test(arguments: rules)
    func examples(_ id: String) throws {
        let rule = try #require(RuleRegistry.rule(id))
        let d = rule.description
        #expect(!d.triggering.isEmpty, "rule \(id) has no triggering example")
        #expect(!d.nonTriggering.isEmpty, "rule \(id) has no non-triggering example")
        for example in d.triggering {
            let outcome = RuleExampleRunner.run(rule, example)
            let at = location(example)
            if !outcome.problems.isEmpty {
                Issue.record("example does not load: \(outcome.problems.joined(separator: "; "))", sourceLocation: at)
            }
            if outcome.findings.isEmpty { Issue.record("[\(id)] did not fire on its triggering example", sourceLocation: at) }
        }
        for example in d.nonTriggering {
            let outcome = RuleExampleRunner.run(rule, example)
            let at = location(example)
            if !outcome.problems.isEmpty {
                Issue.record("example does not load: \(outcome.problems.joined(separator: "; "))", sourceLocation: at)
            }
            if !outcome.findings.isEmpty {
                Issue.record("[\(id)] fired on a non-triggering example: \(outcome.findings.map(\.text))", sourceLocation: at)
            }
        }
    }

    func location(_ example: RuleExample) -> Testing.SourceLocation {
        let name = (example.file as NSString).lastPathComponent
        return Testing.SourceLocation(fileID: "MissionKPI/\(name)", filePath: example.file, line: example.line, column: 1)
    }
}

/// The registry is explicit: ids are unique and well formed, and every rule file is registered.
@Suite struct RuleRegistryTests {
    @Test func idsAreUniqueKebabCase() {
        let ids = RuleRegistry.all.map(\.description.id)
        #expect(Set(ids).count == ids.count, "duplicate rule ids: \(ids)")
        for id in ids {
            #expect(id.range(of: "^[a-z0-9]+(-[a-z0-9]+)*$", options: .regularExpression) != nil, "'\(id)' is not kebab-case")
        }
    }

    @Test func everyRuleFileIsRegistered() throws {
        let rulesDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/MissionKPI/Alignment/Rules").standardized
        let files = try #require(FileManager.default.enumerator(atPath: rulesDir.path)).compactMap { $0 as? String }
        var declared: [String] = []
        for file in files where file.hasSuffix(".swift") {
            let text = try String(contentsOfFile: rulesDir.appendingPathComponent(file).path, encoding: .utf8)
            for line in text.split(separator: "\n") where line.contains(": Rule {") && line.contains("struct ") {
                let afterStruct = line.components(separatedBy: "struct ")[1]
                declared.append(String(afterStruct.prefix { $0 != ":" }))
            }
        }
        let registered = Set(RuleRegistry.all.map { String(describing: type(of: $0)) })
        #expect(!declared.isEmpty)
        for name in declared { #expect(registered.contains(name), "\(name) is declared but not registered in its family list") }
        #expect(declared.count == RuleRegistry.all.count)
    }

    @Test func everyRuleHasWords() {
        for rule in RuleRegistry.all {
            let d = rule.description
            #expect(!d.title.isEmpty && !d.summary.isEmpty && d.rationale.count > 40, "\(d.id) needs a title, summary and rationale")
        }
    }
}
