import Foundation
import MissionKPI
import MissionKPIGenerator
import MissionKPIStore
import Testing

@testable import MissionKPIPublish

/// The supplier pages: one per supplier with its contracts across departments, ratings over time, s.71
/// assessments, watermelons and published UK9 ratings; two orderings of the index; the open data; safe
/// file names and text whatever the supplier is called.
@Suite struct SupplierPagesTests {
    /// The workspace at `root` with its returns recorded, published into a new folder.
    static func publish(_ root: String, asOf: Day) throws -> (out: String, workspace: Workspace) {
        let load = try WorkspaceLoader.load(at: root, ruleCatalog: RuleRegistry.catalog)
        guard load.isClean else {
            throw PublishFixture.FixtureError(text: load.diagnostics.prefix(3).map(\.description).joined(separator: "\n"))
        }
        let temp = try PublishSupport.tempFolder("suppliers")
        let tracker = try Tracker(path: temp + "/tracker.sqlite")
        _ = try tracker.record(
            ReturnsFinder.find([], workspaceRoot: root).inputs, workspace: load.workspace, recordedAt: "2026-11-24T00:00:00Z")
        _ = try Publisher.publish(load.workspace, observations: try tracker.observationSet(), asOf: asOf, to: temp + "/Reports")
        return (temp + "/Reports", load.workspace)
    }

    @Test func theSampleHasASupplierAcrossDepartments() throws {
        let (out, ws) = try Self.publish(RegenerationTests.repository, asOf: RegenerationTests.asOf)
        let suppliers = SupplierIndex(ws).suppliers.count
        #expect(suppliers < ws.contracts.count)
        let strata = PublishSupport.text(out, "suppliers/gb-coh-10248863.html")
        #expect(strata.contains("2 contracts in 2 departments"))
        #expect(
            strata.contains("href=\"../contracts/dft-2024-0341.html\"") && strata.contains("href=\"../contracts/mhclg-2025-0226.html\""))
        #expect(
            strata.contains(">Department for Transport</a>")
                && strata.contains(">Ministry of Housing, Communities and Local Government</a>"))
        #expect(strata.contains("<th scope=\"row\">2026-Q3</th>"))
        // Matched by name: the contract that gives no identifier joins the identified supplier.
        let evidence = PublishSupport.text(out, "suppliers/gb-coh-10984456.html")
        #expect(evidence.contains("<dt>Also written</dt><dd>Evidence Partners Research Limited</dd>"))
        #expect(evidence.contains("cabinet-office-2025-0418") && evidence.contains("home-office-2025-0093"))
        // The watermelon of the sample shows on its supplier's page.
        #expect(PublishSupport.text(out, "suppliers/gb-coh-14620388.html").contains("dhsc-2024-0087 reports all 4 rated KPIs"))
        let contract = PublishSupport.text(out, "contracts/dft-2024-0341.html")
        #expect(contract.contains("href=\"../suppliers/gb-coh-10248863.html\""))
        let csv = PublishSupport.text(out, "data/suppliers.csv")
        #expect(csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == suppliers + 1)
        #expect(
            csv.contains(
                "gb-coh-10248863,GB-COH-10248863,Strata Infrastructure Advisers Ltd,,dft;mhclg,dft-2024-0341;mhclg-2025-0226,34000000,"))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(PublishSupport.text(out, "data/suppliers.json.gz").utf8)) as? [[String: Any]])
        #expect(json.count == suppliers)
        #expect(PublishSupport.text(out, "data/README.md").contains("## suppliers"))
    }

    @Test func twoOrderingsWithoutScripts() throws {
        let (out, ws) = try Self.publish(RegenerationTests.repository, asOf: RegenerationTests.asOf)
        func order(_ page: String) -> [String] {
            PublishSupport.text(out, page).components(separatedBy: "<th scope=\"row\"><a href=\"suppliers/").dropFirst().map {
                String($0.prefix { $0 != "." })
            }
        }
        let byValue = order("suppliers.html"), byRating = order("suppliers-by-rating.html")
        #expect(byValue.count == SupplierIndex(ws).suppliers.count && Set(byValue) == Set(byRating) && byValue != byRating)
        let rows = try #require(
            try JSONSerialization.jsonObject(with: Data(PublishSupport.text(out, "data/suppliers.json.gz").utf8)) as? [[String: Any]])
        var value: [String: Double] = [:], share: [String: Double] = [:]
        for r in rows {
            let id = r["id"] as! String
            value[id] = (r["value_gross_gbp"] as? NSNumber)?.doubleValue
            share[id] = (r["share_good"] as? NSNumber)?.doubleValue ?? 2
        }
        #expect(zip(byValue, byValue.dropFirst()).allSatisfy { value[$0]! >= value[$1]! })
        #expect(zip(byRating, byRating.dropFirst()).allSatisfy { share[$0]! <= share[$1]! })
        #expect(!PublishSupport.text(out, "suppliers.html").contains("<script"))
        #expect(PublishSupport.text(out, "index.html").contains("<a href=\"suppliers.html\">Suppliers</a>"))
    }

    @Test func aGeneratedSupplierWithContractsInSeveralDepartments() throws {
        let root = try PublishSupport.tempFolder("generated")
        _ = try WorkspaceGenerator.write(GeneratorOptions(contracts: 40, seed: 5), to: root)
        let (out, ws) = try Self.publish(root, asOf: Day(year: 2026, month: 11, day: 1)!)
        let shared = try #require(SupplierIndex(ws).suppliers.first { $0.departments.count > 1 })
        let slug = try #require(
            SupplierRecords(
                ws, assessment: Assessor.assess(ws, observations: .empty, asOf: Day(year: 2026, month: 11, day: 1)!), published: []
            ).slug(ofContract: shared.contracts[0]))
        let page = PublishSupport.text(out, "suppliers/\(slug).html")
        #expect(page.contains("\(shared.contracts.count) contracts in \(shared.departments.count) departments"))
        for c in shared.contracts { #expect(page.contains("href=\"../contracts/\(c).html\"")) }
        for d in shared.departments { #expect(page.contains("href=\"../departments/\(d).html\"")) }
        #expect(page.contains("<h2 id=\"ratings\">KPI ratings over time</h2>\n<p>Every rated period"))
    }

    @Test func hostileSupplierNamesStayInsideTheFolderAndEscaped() throws {
        var files = PublishFixture.files
        let names = [
            "{name: \"../../../etc/passwd\"}", "{name: \"<script>alert(1)</script> Ltd\", id: \"../../x\"}", "{name: \"!!!\"}",
            "{name: \"=HYPERLINK(\\\"http://evil\\\")\"}", "{name: Another Name Ltd, id: \"etc/passwd\"}",
            "{name: \"Ünïcödé Services Ltd\"}",
        ]
        for (i, n) in names.enumerated() {
            files["Contracts/dept-a/a-2025-01\(i).yaml"] = PublishFixture.aligned
                .replacingOccurrences(of: "id: a-2025-0001\n", with: "id: a-2025-01\(i)\n")
                .replacingOccurrences(of: "supplier: {name: Example Imaging Ltd, id: GB-COH-01234567, sme: true}", with: "supplier: \(n)")
        }
        let report = SiteReport.build(
            try PublishFixture.workspace(files), observations: PublishFixture.observations, asOf: PublishFixture.asOf, previous: nil)
        let slugs = report.suppliers.records.map(\.slug)
        #expect(Set(slugs).count == slugs.count)
        for s in slugs { #expect(Identifier.isValid(s) && s.count <= 64, "\(s)") }
        #expect(slugs.contains { $0.hasPrefix("supplier-") })  // "!!!" has nothing to keep
        // The identifier ETC/PASSWD and the name "../../../etc/passwd" would share a file name: both get a hash.
        #expect(slugs.filter { $0.hasPrefix("etc-passwd-") }.count == 2 && !slugs.contains("etc-passwd"))
        let site = try Publisher.site(report)
        let pages = site.files.keys.filter { $0.components.first == "suppliers" }
        #expect(pages.count == report.suppliers.records.count && pages.allSatisfy { $0.components.count == 2 })
        let all = pages.map { String(decoding: site.files[$0]!, as: UTF8.self) }.joined()
        #expect(!all.contains("<script>alert") && all.contains("&lt;script&gt;alert(1)&lt;/script&gt; Ltd"))
        #expect(!all.contains(PublishFixture.juniorName))
        let csv = try #require(site.text("data/suppliers.csv"))
        #expect(csv.contains("'=HYPERLINK") && !csv.contains(",=HYPERLINK"))
        // Written to disk, nothing lands outside the output folder.
        let out = try PublishSupport.tempFolder("hostile")
        _ = try site.write(to: out + "/site")
        #expect(FileManager.default.subpaths(atPath: out)!.allSatisfy { $0.hasPrefix("site") })
    }

    @Test func publishedUK9RatingsShowOnTheSupplierPage() throws {
        let published = PublishedAssessment(
            contract: "a-2025-0001", kpi: "tests", periodStart: Day(year: 2025, month: 4, day: 1)!,
            periodEnd: Day(year: 2026, month: 3, day: 31)!,
            periodText: "2025-04-01/2026-03-31", measure: "91%", classification: .slightlyBelow,
            classificationDescription: "Approaching target - performance is close to meeting the KPI", release: "ocds-h6vhtk-04a1b2-uk9",
            releaseDate: "2026-05-01T09:00:00Z", noticeType: "UK9")
        let report = SiteReport.build(
            try PublishFixture.workspace(), observations: PublishFixture.observations, asOf: PublishFixture.asOf, previous: nil,
            published: [published])
        let slug = try #require(report.suppliers.slug(ofContract: "a-2025-0001"))
        let page = try #require(try Publisher.site(report).text("suppliers/\(slug).html"))
        #expect(page.contains("<td>91%</td>"))
        #expect(page.contains("Approaching target - performance is close to meeting the KPI"))
        #expect(page.contains("ocds-h6vhtk-04a1b2-uk9 <span class=\"secondary\">(2026-05-01)</span>"))
        #expect(try #require(Publisher.site(report).text("data/suppliers.csv")).contains(",1\r\n"))
    }
}
