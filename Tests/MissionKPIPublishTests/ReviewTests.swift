import Foundation
import MissionKPI
import Testing

@testable import MissionKPIPublish

/// "Changes since the last review": goalposts moved, findings new and resolved, ratings improved and
/// worsened, on the index and on each mission and department page; the snapshot that carries them.
@Suite struct ReviewTests {
    /// The fixture with the aligned contract's bands loosened and one KPI dropped, and the poor contract
    /// no longer contributing to the mission.
    static var edited: [String: String] {
        var files = PublishFixture.files
        var aligned = PublishFixture.aligned.replacingOccurrences(
            of: "bands: {good: 90, approaching_target: 85, requires_improvement: 75}",
            with: "bands: {good: 75, approaching_target: 70, requires_improvement: 65}")
        let cut = aligned.components(separatedBy: "  - id: report-time")
        aligned = cut[0] + "  - id: within-6-weeks" + cut[1].components(separatedBy: "  - id: within-6-weeks")[1]
        files["Contracts/dept-a/a-2025-0001.yaml"] = aligned
        return files
    }

    @Test func sinceAnEarlierRevisionEachPageShowsItsShare() throws {
        let earlier = try PublishFixture.workspace()
        let now = try PublishFixture.workspace(Self.edited)
        let basis = ReviewBasis(workspace: earlier, label: "v1 (abc1234, 2026-08-24)", asOf: PublishFixture.asOf)
        let report = SiteReport.build(
            now, observations: PublishFixture.observations, asOf: PublishFixture.asOf, previous: nil, since: basis)
        let c = report.changes
        #expect(c.since == "v1 (abc1234, 2026-08-24)")
        let moved: [String] = c.goalposts.map { "\($0.finding.rule) \($0.finding.subject)" }
        #expect(moved == ["kpi-removed a-2025-0001/report-time", "bands-loosened a-2025-0001/within-6-weeks"])
        #expect(c.improved.map(\.subject) == ["a-2025-0001/within-6-weeks"])
        #expect(c.improved.first?.before == "requires_improvement" && c.improved.first?.after == "good")
        #expect(c.worsened.isEmpty)
        #expect(c.goalposts.allSatisfy { $0.scope == ChangeSet.Scope(department: "dept-a", missions: ["demo"]) })
        #expect(c.department("dept-b").isEmpty && !c.department("dept-a").isEmpty && c.mission("demo") == c)

        let site = try Publisher.site(report)
        let index = try #require(site.text("index.html"))
        #expect(index.contains("Compared with v1 (abc1234, 2026-08-24), judged as at 2026-11-24: 2 goalposts moved"))
        #expect(index.contains("<a href=\"departments/dept-a.html#changes\">"))
        let dept = try #require(site.text("departments/dept-a.html"))
        #expect(dept.contains("<h3>Ratings improved (1)</h3>"))
        #expect(
            dept.contains(
                "the KPI &#39;report-time&#39; (Median days from scan to report), one of the three most material KPIs, was removed"))
        let other = try #require(site.text("departments/dept-b.html"))
        #expect(other.contains("No goalpost moved, no finding is new or resolved, and no rating changed."))
        let mission = try #require(site.text("missions/demo.html"))
        #expect(mission.contains("<a href=\"#changes\">Changes since the last review</a>"))
        #expect(mission.contains("bands-loosened"))
        let markdown = try #require(site.text("missions/demo.md"))
        #expect(markdown.contains("## Changes since the last review\n\nCompared with v1 (abc1234, 2026-08-24)"))
        #expect(markdown.contains("| kpi-removed | Error | a-2025-0001/report-time |"))
    }

    @Test func aDroppedContributionShowsOnTheMissionItLeft() throws {
        var files = PublishFixture.files
        files["Contracts/dept-b/b-2025-0002.yaml"] = PublishFixture.poor.replacingOccurrences(
            of: "contributes_to:\n  - node: demo/staff\n", with: ""
        ).replacingOccurrences(of: "    measures: demo/staff\n", with: "")
        let report = SiteReport.build(
            try PublishFixture.workspace(files), observations: PublishFixture.observations, asOf: PublishFixture.asOf, previous: nil,
            since: ReviewBasis(workspace: try PublishFixture.workspace(), label: "HEAD~1", asOf: PublishFixture.asOf))
        let rules = report.changes.mission("demo").goalposts.map(\.finding.rule)
        #expect(rules == ["contribution-dropped", "measures-dropped"])
    }

    @Test func theSnapshotKeepsGoalpostsExactlyAndReplaysItsComparison() throws {
        var files = PublishFixture.files
        files["Contracts/dept-a/a-2025-0001.yaml"] = PublishFixture.aligned.replacingOccurrences(
            of: "baseline: {value: 70, date: 2024-09-30}", with: "baseline: {value: 70.123456789, date: 2024-09-30}")
        let out = try PublishSupport.publishFixture(files: files)
        let first = try #require(Snapshot.read(site: out))
        let ws = try PublishFixture.workspace(files)
        #expect(first.goalposts == Goalposts(ws).mapText(Redactor(ws).text))
        #expect(first.version == 2 && first.ratings.count == 5)
        // The same inputs again compare with the first publish (nothing changed), and from then on give
        // the same bytes; an edit then compares with it.
        _ = try PublishSupport.publishFixture(files: files, into: out)
        #expect(Snapshot.read(site: out)?.changes?.since == "the publish as at 2026-11-24")
        let tree = PublishSupport.tree(out)
        _ = try PublishSupport.publishFixture(files: files, into: out)
        #expect(PublishSupport.differences(tree, PublishSupport.tree(out)).isEmpty)
        _ = try PublishSupport.publishFixture(files: Self.edited, into: out)
        let second = try #require(Snapshot.read(site: out)?.changes)
        #expect(second.since == "the publish as at 2026-11-24")
        #expect(second.goalposts.map(\.finding.rule).sorted() == ["bands-loosened", "baseline-changed", "kpi-removed"])
    }

    @Test func aVersionOneSnapshotStillGivesNewAndResolvedFindings() throws {
        let out = try PublishSupport.tempFolder()
        try FileManager.default.createDirectory(atPath: out + "/data", withIntermediateDirectories: true)
        let v1 = """
            {"version": 1, "inputs": "x", "asOf": "2026-08-24",
             "findings": [{"fingerprint": "0000000000000000", "rule": "too-many-kpis", "subject": "a-2025-0001", "severity": "warning", "message": "gone now"}],
             "goals": [], "changes": {"previousAsOf": null, "newFindings": [], "resolvedFindings": [], "moved": []}}
            """
        try Data(v1.utf8).write(to: URL(fileURLWithPath: out + "/data/snapshot.json"))
        let previous = try #require(Snapshot.read(out + "/data/snapshot.json"))
        #expect(previous.goalposts == nil && previous.changes == nil && previous.ratings.isEmpty)
        _ = try PublishSupport.publishFixture(into: out)
        let changes = try #require(Snapshot.read(site: out)?.changes)
        #expect(changes.resolvedFindings.map(\.finding.rule) == ["too-many-kpis"])
        #expect(changes.resolvedFindings.first?.scope.department == "dept-a")
        #expect(changes.goalposts.isEmpty && !changes.newFindings.isEmpty)
    }

    @Test func namesBelowTheFloorAreRedactedInTheReview() throws {
        var files = PublishFixture.files
        files["Contracts/dept-a/a-2025-0003.yaml"] = PublishFixture.hostile.replacingOccurrences(
            of: "target: {value: 85, date: 2027-03-31}", with: "target: {value: 80, date: 2027-03-31}")
        let report = SiteReport.build(
            try PublishFixture.workspace(files), observations: PublishFixture.observations, asOf: PublishFixture.asOf, previous: nil,
            since: ReviewBasis(
                workspace: try PublishFixture.workspace(), label: "agreed with \(PublishFixture.juniorName)", asOf: PublishFixture.asOf))
        let site = try Publisher.site(report)
        for path in ["index.html", "departments/dept-a.html", "departments/dept-a.md", "missions/demo.html", "data/snapshot.json.gz"] {
            let text = try #require(path.hasSuffix(".gz") ? site.files[try SitePath(components: path.split(separator: "/").map(String.init))].flatMap(Gzip.inflate).map { String(decoding: $0, as: UTF8.self) } : site.text(path))
            #expect(!text.contains(PublishFixture.juniorName), "\(path)")
        }
    }
}

extension SiteWriter {
    /// A file of the site as text, by its path (`departments/dept-a.html`).
    func text(_ path: String) -> String? {
        guard let p = try? SitePath(components: path.split(separator: "/").map(String.init)) else { return nil }
        return files[p].map { String(decoding: $0, as: UTF8.self) }
    }
}
