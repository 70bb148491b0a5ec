import Foundation
import Testing

@testable import MissionKPI

/// The JSON Schemas in `Schemas/` describe what the loader accepts, and the sample files match them.
@Suite struct SchemaTests {
    static let root = Python.repositoryRoot
    static let script = "scripts/check-schemas.py"
    static let fixtures = "Tests/MissionKPITests/Fixtures/validation/"

    static var hasSample: Bool { FileManager.default.fileExists(atPath: root + "/Contracts") }

    @Test func pythonHasTheModulesTheCheckNeeds() throws {
        let r = try Python.run(["-c", "import jsonschema, yaml"])
        #expect(r.exit == 0, "python3 needs jsonschema and PyYAML (pip install jsonschema pyyaml): \(r.stderr)")
    }

    @Test(.enabled(if: hasSample, "the sample workspace is not in the repository"))
    func everySampleFileMatchesItsSchemaAndNamesIt() throws {
        let r = try Python.run([Self.script, "."])
        #expect(r.exit == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout == "")
        #expect(r.stderr.hasPrefix("ok: "))
    }

    @Test func cleanFixtureMatchesTheSchemas() throws {
        let r = try Python.run([Self.script, Self.fixtures + "clean", "--no-schema-comments"])
        #expect(r.exit == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stderr == "ok: 4 file(s) match their schemas\n")
    }

    @Test func brokenFixtureFailsTheSchemasWhereTheLoaderDoes() throws {
        let r = try Python.run([Self.script, Self.fixtures + "broken", "--no-schema-comments"])
        #expect(r.exit == 1)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 5, "\(r.stdout)")
        for (file, words) in [
            ("missionkpi.yaml", "financial_year_start: '4-1' does not match"),
            ("Missions/nhs.yaml", "milestones/0/unit: 'percnt' is not one of"),
            ("Contracts/dhsc/department.yaml", "people/2/accreditation/level: 'expertise' is not one of"),
            ("Contracts/dhsc/dhsc-2025-0142.yaml", "'procedur' was unexpected"),
            ("Contracts/dhsc/dhsc-2025-0200.yaml", "not valid YAML"),
        ] {
            #expect(lines.contains { $0.hasPrefix(file + ": ") && $0.contains(words) }, "\(file): \(words)\n\(r.stdout)")
        }
    }

    @Test func aFileWithoutTheSchemaLineIsReported() throws {
        let r = try Python.run([Self.script, Self.fixtures + "clean"])
        #expect(r.exit == 1)
        #expect(r.stdout.contains("Missions/nhs.yaml: line 1: the first line must be '# yaml-language-server: $schema="))
        #expect(r.stdout.split(separator: "\n").count == 4)
    }

    // MARK: The schemas agree with the decoders and the vocabularies.

    static func schema(_ name: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: root + "/Schemas/\(name).schema.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func properties(_ object: [String: Any]?) -> Set<String> {
        Set((object?["properties"] as? [String: Any])?.keys.map { $0 } ?? [])
    }

    static func definition(_ schema: [String: Any], _ name: String) -> [String: Any]? {
        (schema["$defs"] as? [String: Any])?[name] as? [String: Any]
    }

    /// The values a property's `enum` allows, leaving out `null` (an optional field may be left empty).
    static func enumeration(_ object: [String: Any]?, _ key: String) -> [String]? {
        let values = ((object?["properties"] as? [String: Any])?[key] as? [String: Any])?["enum"] as? [Any]
        return values?.compactMap { $0 as? String }
    }

    @Test func contractAndKPIKeysMatchTheDecoder() throws {
        let contract = try Self.schema("contract")
        #expect(Self.properties(contract) == Set(FileDecoder.contractKeys))
        #expect(Self.properties(Self.definition(contract, "kpi")) == Set(FileDecoder.kpiKeys))
        #expect(Set(contract["required"] as? [String] ?? []) == ["id", "title", "department", "supplier", "value", "period"])
        #expect(contract["additionalProperties"] as? Bool == false)
    }

    @Test func enumerationsMatchTheVocabularies() throws {
        let contract = try Self.schema("contract"), mission = try Self.schema("mission"), department = try Self.schema("department")
        let kpi = Self.definition(contract, "kpi"), milestone = Self.definition(mission, "milestone")
        #expect(Self.enumeration(contract, "procedure") == Procedure.allCases.map(\.rawValue))
        #expect(Self.enumeration(kpi, "level") == KPILevel.allCases.map(\.rawValue))
        #expect(Self.enumeration(kpi, "unit") == Unit.allCases.map(\.rawValue))
        #expect(Self.enumeration(kpi, "direction") == Direction.allCases.map(\.rawValue))
        // Frequency: the named values, or 'every N months' (a pattern beside the enumeration).
        let frequency = ((kpi?["properties"] as? [String: Any])?["frequency"] as? [String: Any])?["anyOf"] as? [[String: Any]]
        #expect((frequency?.first?["enum"] as? [Any])?.compactMap { $0 as? String } == Frequency.allCases.map(\.rawValue))
        let pattern = try NSRegularExpression(pattern: try #require(frequency?.last?["pattern"] as? String))
        for months in [0, 1, 2, 6, 24, 119, 120, 121, 1000] {
            let text = "every \(months) months"
            let matches = pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
            #expect(matches == (Frequency(rawValue: text) != nil), "'\(text)'")
        }
        #expect(Self.enumeration(kpi, "data_source") == DataSource.allCases.map(\.rawValue))
        #expect(Self.enumeration(milestone, "unit") == Unit.allCases.map(\.rawValue))
        #expect(Self.enumeration(milestone, "direction") == Direction.allCases.map(\.rawValue))
        #expect(Self.enumeration(Self.definition(mission, "node"), "level") == NodeLevel.allCases.map(\.rawValue))
        let person = Self.definition(department, "person")
        #expect(Self.enumeration(person, "grade") == Grade.allCases.map(\.rawValue))
        let accreditation = (person?["properties"] as? [String: Any])?["accreditation"] as? [String: Any]
        #expect(Self.enumeration(accreditation, "level") == AccreditationLevel.allCases.map(\.rawValue))
    }

    @Test func idPatternAgreesWithTheLoader() throws {
        let id = try #require(Self.definition(try Self.schema("mission"), "id"))
        let pattern = try #require(id["pattern"] as? String)
        #expect(id["maxLength"] as? Int == Identifier.maxLength)
        let regex = try NSRegularExpression(pattern: pattern)
        for text in ["nhs", "a.b", "a_b-c", "a.", "9", "a/b", "..", "a..b", "a b", "-a", ".a", "", "é"] {
            let range = NSRange(text.startIndex..., in: text)
            let matches = regex.firstMatch(in: text, range: range) != nil
            #expect(matches == Identifier.isValid(text), "'\(text)'")
        }
    }

    @Test func everySchemaIsDraft202012AndDescribesEachProperty() throws {
        for name in ["mission", "department", "contract", "settings"] {
            let schema = try Self.schema(name)
            #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
            var missing: [String] = []
            func walk(_ value: Any, _ path: String) {
                if let object = value as? [String: Any] {
                    if let properties = object["properties"] as? [String: Any] {
                        for (key, property) in properties {
                            if (property as? [String: Any])?["description"] == nil { missing.append(path + "/" + key) }
                        }
                    }
                    for (key, child) in object where key != "if" { walk(child, path + "/" + key) }
                } else if let array = value as? [Any] {
                    for (i, child) in array.enumerated() { walk(child, path + "/\(i)") }
                }
            }
            walk(schema, name)
            #expect(missing == [], "properties without a description (editors show it on hover)")
        }
    }
}
