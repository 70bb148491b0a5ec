import Testing

@testable import MissionKPI

/// `publication.uri`, `publisher`, `license` and `ocid_prefix`: what the OCDS export says about itself.
@Suite struct PublicationSettingsTests {
    static func load(_ publication: String) -> LoadResult {
        var files = ExampleWorkspace.files
        files["missionkpi.yaml"] = "financial_year_start: 04-01\npublication:\n" + publication
        return WorkspaceLoader.load(files: files, ruleCatalog: RuleRegistry.catalog)
    }

    @Test func theOCDSSettingsAreRead() throws {
        let r = Self.load(
            """
              uri: https://data.example.gov.uk/kpis/
              publisher: {name: Department A, scheme: GB-GOR, uid: D99, uri: https://www.gov.uk/dept-a}
              license: https://creativecommons.org/licenses/by/4.0/
              ocid_prefix: ocds-abc123
            """)
        #expect(r.isClean, "\(r.diagnostics)")
        let p = r.workspace.settings.publication
        #expect(p.uri == "https://data.example.gov.uk/kpis/")
        #expect(p.publisher == OCDSPublisher(name: "Department A", scheme: "GB-GOR", uid: "D99", uri: "https://www.gov.uk/dept-a"))
        #expect(p.license == "https://creativecommons.org/licenses/by/4.0/")
        #expect(p.ocidPrefix == "ocds-abc123")
        let defaults = Self.load("  title: T\n").workspace.settings.publication
        #expect(defaults.uri == nil && defaults.publisher == nil && defaults.license == nil && defaults.ocidPrefix == nil)
    }

    @Test func badValuesAreErrorsAtTheirPlace() {
        let r = Self.load(
            """
              uri: data.example.gov.uk
              license: OGL
              ocid_prefix: OCDS-ABC
              publisher: {scheme: GB-GOR}
            """)
        let messages = r.diagnostics.map(\.description)
        #expect(messages.count == 4, "\(messages)")
        #expect(
            messages.contains(
                "missionkpi.yaml:3:8: error: 'uri' 'data.example.gov.uk' must be a web address starting https:// (or http://)"))
        #expect(messages.contains { $0.hasPrefix("missionkpi.yaml:4:12: error: 'license' 'OGL' must be a web address") })
        #expect(messages.contains { $0.hasPrefix("missionkpi.yaml:5:16: error: 'ocid_prefix' 'OCDS-ABC' must be an OCDS prefix") })
        #expect(messages.contains { $0.contains("is missing the required field 'name'") })
    }
}
