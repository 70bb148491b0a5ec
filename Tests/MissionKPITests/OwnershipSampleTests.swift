import Foundation
import Testing

@testable import MissionKPI

/// The sample workspace at the repository root shows every ownership flag, and each ownership flag
/// it plants (`# planted: <rule-id>`) is found in that department.
@Suite struct OwnershipSampleTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../..").standardized.path

    static func findings() throws -> [Finding] {
        let loaded = try WorkspaceLoader.load(at: root, ruleCatalog: RuleRegistry.catalog)
        #expect(loaded.isClean, "the sample does not load: \(loaded.diagnostics.prefix(3).map(\.description))")
        let ws = loaded.workspace
        let asOf = Day(year: 2026, month: 11, day: 24)!
        let assessment = Assessor.assess(ws, observations: .empty, asOf: asOf)
        return AlignmentEngine.run(ws, assessment: assessment, asOf: asOf, families: [.ownership]).findings
    }

    @Test func everyOwnershipFlagFiresOnTheSample() throws {
        let fired = Set(try Self.findings().map(\.ruleID))
        for id in OwnershipAudit.ruleIDs.sorted() {
            #expect(fired.contains(id), "the sample shows no \(id) finding")
        }
    }

    @Test func everyPlantedOwnershipFlagIsFoundInItsDepartment() throws {
        let findings = try Self.findings()
        let files = try #require(FileManager.default.enumerator(atPath: Self.root + "/Contracts")).compactMap { $0 as? String }
        var planted = 0
        for file in files.sorted() where file.hasSuffix(".yaml") {
            let text = try String(contentsOfFile: Self.root + "/Contracts/" + file, encoding: .utf8)
            let department = "Contracts/" + file.split(separator: "/")[0] + "/"
            for line in text.split(separator: "\n") {
                guard let range = line.range(of: "planted: ") else { continue }
                let id = String(line[range.upperBound...].prefix { $0.isLetter || $0.isNumber || $0 == "-" })
                guard OwnershipAudit.ruleIDs.contains(id) else { continue }
                planted += 1
                #expect(
                    findings.contains { $0.ruleID == id && $0.location.file.hasPrefix(department) },
                    "Contracts/\(file) plants \(id), but no such finding is in \(department)")
            }
        }
        #expect(planted >= OwnershipAudit.ruleIDs.count)
    }
}
