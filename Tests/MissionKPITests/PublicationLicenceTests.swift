import Foundation
import Testing

@testable import MissionKPI

/// `publication.publisher` and `publication.licence` in missionkpi.yaml: what the site states for reuse.
@Suite struct PublicationLicenceTests {
    func load(_ settings: String) -> LoadResult {
        var files = ExampleWorkspace.files
        files["missionkpi.yaml"] = settings
        return WorkspaceLoader.load(files: files, ruleCatalog: RuleRegistry.catalog)
    }

    @Test func theLicenceIsTheOpenGovernmentLicenceUnlessSaidOtherwise() {
        let r = load("publication:\n  title: T\n")
        #expect(r.isClean)
        #expect(r.workspace.settings.publication.licence == .openGovernmentV3)
        #expect(r.workspace.settings.publication.licence.url?.hasPrefix("https://www.nationalarchives.gov.uk/") == true)
        #expect(r.workspace.settings.publication.publisher == nil)
    }

    @Test func aPublisherAndALicenceAreRead() {
        let r = load(
            """
            publication:
              publisher: {name: Example Analysis Unit, contact: analysis@example.gov.uk}
              licence: {name: CC BY 4.0, url: "https://creativecommons.org/licenses/by/4.0/"}
            """)
        #expect(r.isClean, "\(r.diagnostics)")
        let p = r.workspace.settings.publication
        #expect(p.publisher == OCDSPublisher(name: "Example Analysis Unit", contact: "analysis@example.gov.uk"))
        #expect(p.licence == Publication.Licence(name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/"))
        #expect(load("publication:\n  licence: Open Government Licence v3.0\n").workspace.settings.publication.licence == .openGovernmentV3)
    }

    @Test func aPublisherWithoutANameOrABadContactIsAnErrorAtItsPlace() {
        let noName = load("publication:\n  publisher: {contact: \"https://example.org\"}\n").diagnostics.map(\.description)
        #expect(noName.count == 1 && noName[0].hasPrefix("missionkpi.yaml:2:") && noName[0].contains("'name'"), "\(noName)")
        let spaced = load("publication:\n  publisher: {name: X, contact: \"call <me>\"}\n").diagnostics.map(\.description)
        #expect(spaced.count == 1 && spaced[0].hasPrefix("missionkpi.yaml:2:") && spaced[0].contains("web address or an email"), "\(spaced)")
        // OCDS's `license` alone names the same licence, and `licence` fills OCDS's `license`.
        let ocds = load("publication:\n  license: http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/\n").workspace
        #expect(ocds.settings.publication.licence.name == "Open Government Licence v3.0")
        let uk = load("publication:\n  licence: {name: CC BY 4.0, url: \"https://creativecommons.org/licenses/by/4.0/\"}\n").workspace
        #expect(uk.settings.publication.license == "https://creativecommons.org/licenses/by/4.0/")
        let unknown = load("publication:\n  licence: {nam: X}\n").diagnostics.map(\.description)
        #expect(unknown.contains { $0.contains("unknown key 'nam'") && $0.contains("did you mean 'name'") }, "\(unknown)")
    }
}
