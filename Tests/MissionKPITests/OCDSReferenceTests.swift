import Foundation
import Testing

@testable import MissionKPI

/// The whole of `../shared/reference/fts/` (real Find a Tender release packages, contact details
/// withheld), read and mapped: what the importer will write, counted.
@Suite struct OCDSReferenceTests {
    /// The reference folder `../shared/reference/fts` beside the repository (or beside the folder
    /// holding it, for a git worktree one level further down), or nil when absent: the tests say so.
    static let folder: String? = {
        let root = URL(fileURLWithPath: Python.repositoryRoot)
        return ["../shared/reference/fts", "../../shared/reference/fts"]
            .map { root.appendingPathComponent($0).standardized.path }
            .first { FileManager.default.fileExists(atPath: $0) }
    }()

    static func contents() throws -> OCDSContents {
        let reader = OCDSReader()
        for file in try OCDSReader.findFiles([try #require(folder)]) { try reader.read(file) }
        return try OCDSMapping.map(reader.releases)
    }

    @Test(.enabled(if: folder != nil, "../shared/reference/fts is absent: the real Find a Tender files are not beside the repository"))
    func theReferenceNoticesGiveTheirContractsKPIsExemptionsAndAssessments() throws {
        let c = try Self.contents()
        #expect(c.releaseCount == 460)
        let withKPIs = c.contracts.filter { !$0.metrics.isEmpty }
        #expect(withKPIs.count == 17)
        #expect(withKPIs.map(\.metrics.count).reduce(0, +) == 129)
        #expect(c.contracts.filter { $0.exemption != nil }.count == 10)
        #expect(c.contracts.filter(\.hasPublishedMetrics).count == 1)
        #expect(c.contracts.count == 28)
        #expect(c.published.count == 4)
        #expect(Set(c.published.map(\.classification)) == [.met])
        #expect(c.published.map(\.measure) == ["99.7%", "99.8%", "100%", "1500"])
        // Every release id in the reference files was withheld as a telephone-like placeholder.
        #expect(c.unusableReleaseIDs == 460)
        // Frequencies: 14 annual, 7 monthly, 2 quarterly observations in the notices.
        let frequencies = withKPIs.flatMap(\.metrics).compactMap(\.frequency)
        #expect(frequencies.filter { $0 == .annually }.count >= 14)
        for f in c.contracts where !f.hasPublishedMetrics {
            #expect(f.value != nil && f.start != nil && f.end != nil && f.supplier != nil && f.title != nil && f.buyer != nil, "\(f.ocid)")
        }
    }
}
