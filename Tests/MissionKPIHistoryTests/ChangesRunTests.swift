import Foundation
import Testing

@testable import MissionKPI
@testable import MissionKPIHistory
import MissionKPIPublish

/// How `changes` reads its two workspaces: git only read, files matched by id, folders, bad revisions,
/// and the workspace's settings, waivers and baselines applied to the changes rules.
@Suite struct ChangesRunTests {
    static let c1 = HistoryWorkspace.contract
    static let asOf = Day(year: 2026, month: 11, day: 24)!

    @Test func gitIsOnlyReadAndTheWorkTreeIsCompared() throws {
        var repo = try GitFixture(files: HistoryWorkspace.files)
        try repo.edit(Self.c1, "target: {value: 95, date: 2027-03-31}", "target: {value: 90, date: 2027-03-31}")
        _ = try repo.commit("lower a target")
        try repo.edit(Self.c1, "target: {value: 85, date: 2027-06-30}", "target: {value: 80, date: 2027-06-30}")  // not committed
        let status = try repo.git(["status", "--porcelain"])  // refreshes the index once, before it is measured
        let index = try Data(contentsOf: URL(fileURLWithPath: repo.root + "/.git/index"))
        let indexDate = try FileManager.default.attributesOfItem(atPath: repo.root + "/.git/index")[.modificationDate] as? Date
        let changes = try ChangesRun.run(root: repo.root, earlier: .revision("HEAD~1"), later: .workTree, asOf: Self.asOf)
        let subjects = changes.report.findings.map { "\($0.ruleID) \($0.subject)" }
        #expect(subjects == ["target-weakened c1/tests", "target-weakened c1/told-in-14-days"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: repo.root + "/.git/index")) == index)
        #expect(try FileManager.default.attributesOfItem(atPath: repo.root + "/.git/index")[.modificationDate] as? Date == indexDate)
        #expect(try repo.git(["status", "--porcelain"], environment: ["GIT_OPTIONAL_LOCKS": "0"]) == status)
        let committed = try ChangesRun.run(root: repo.root, earlier: .revision("HEAD~1"), later: .revision("HEAD"), asOf: Self.asOf)
        #expect(committed.report.findings.map(\.subject.description) == ["c1/tests"])
    }

    @Test func aContractMovedToAnotherDepartmentKeepsItsHistory() throws {
        var repo = try GitFixture(files: HistoryWorkspace.files)
        let text = try repo.read(Self.c1)
        try FileManager.default.removeItem(atPath: repo.root + "/" + Self.c1)
        try repo.write("Contracts/dept2/c1.yaml", text.replacingOccurrences(of: "department: dept\n", with: "department: dept2\n"))
        try repo.write(
            "Contracts/dept2/department.yaml", ExampleWorkspace.department.replacingOccurrences(of: "id: dept\n", with: "id: dept2\n"))
        _ = try repo.commit("machinery of government: c1 moves to dept2")
        let moved = try ChangesRun.run(root: repo.root, earlier: .revision("HEAD~1"), later: .workTree, asOf: Self.asOf)
        #expect(moved.report.findings.isEmpty, "\(moved.report.findings.map(\.text))")
        // Removing it altogether is reported at its department's file.
        try FileManager.default.removeItem(atPath: repo.root + "/Contracts/dept2/c1.yaml")
        let gone = try ChangesRun.run(root: repo.root, earlier: .revision("HEAD"), later: .workTree, asOf: Self.asOf)
        #expect(gone.report.findings.map { "\($0.ruleID) \($0.location)" } == ["kpi-removed Contracts/dept2/department.yaml:1:1"])
    }

    @Test func aWorkspaceInASubfolderOfTheRepository() throws {
        var files: [String: String] = [:]
        for (path, text) in HistoryWorkspace.files { files["review/" + path] = text }
        files["README.md"] = "not part of the workspace\n"
        var repo = try GitFixture(files: files)
        try repo.edit("review/" + Self.c1, "expires: 2027-01-31", "expires: 2028-01-31")
        _ = try repo.commit("extend a waiver")
        let changes = try ChangesRun.run(
            root: repo.root + "/review", earlier: .revision("HEAD~1"), later: .revision("HEAD"), asOf: Self.asOf)
        let line = try repo.line("review/" + Self.c1, containing: "expires: 2028-01-31")
        #expect(
            changes.report.findings.map { "\($0.ruleID) \($0.location.file):\($0.location.line)" } == ["waiver-extended \(Self.c1):\(line)"]
        )
    }

    @Test func anotherFolderInsteadOfGit() throws {
        let before = try GitFixture(files: HistoryWorkspace.files)  // used as a plain folder
        let after = try GitFixture(files: HistoryWorkspace.files)
        try after.edit(Self.c1, "bands: {good: 95, approaching_target: 90", "bands: {good: 93, approaching_target: 90")
        let changes = try ChangesRun.run(root: after.root, earlier: .folder(before.root), later: .workTree, asOf: Self.asOf)
        #expect(changes.report.findings.map(\.ruleID) == ["bands-loosened"])
        #expect(changes.earlier.hasPrefix("the folder '"))
    }

    @Test func badRevisionsAndFoldersAreClearErrors() throws {
        let repo = try GitFixture(files: HistoryWorkspace.files)
        for rev in ["no-such-tag", "--output=/tmp/missionkpi-pwned", "HEAD~5", "", "HEAD:missionkpi.yaml"] {
            #expect(throws: HistoryError.self) {
                try ChangesRun.run(root: repo.root, earlier: .revision(rev), later: .workTree, asOf: Self.asOf)
            }
            do {
                _ = try ChangesRun.run(root: repo.root, earlier: .revision(rev), later: .workTree, asOf: Self.asOf)
            } catch {
                #expect("\(error)".contains("is not a commit of this repository"), "\(error)")
            }
        }
        #expect(!FileManager.default.fileExists(atPath: "/tmp/missionkpi-pwned"))
        let plain = FileManager.default.temporaryDirectory.appendingPathComponent("missionkpi-plain-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: plain, withIntermediateDirectories: true)
        #expect(throws: HistoryError.notARepository(plain)) {
            try ChangesRun.run(root: plain, earlier: .revision("HEAD"), later: .workTree, asOf: Self.asOf)
        }
        #expect(throws: HistoryError.self) {
            try ChangesRun.run(root: repo.root, earlier: .folder(plain), later: .workTree, asOf: Self.asOf)
        }
    }

    @Test func aRevisionWithProblemsIsRefusedNotGuessed() throws {
        var repo = try GitFixture(files: HistoryWorkspace.files)
        try repo.edit(Self.c1, "tier: gold", "tier: golden")
        _ = try repo.commit("a typo")
        try repo.edit(Self.c1, "tier: golden", "tier: gold")
        do {
            _ = try ChangesRun.run(root: repo.root, earlier: .revision("HEAD"), later: .workTree, asOf: Self.asOf)
            Issue.record("a broken revision was compared")
        } catch {
            #expect("\(error)".contains("Contracts/dept/c1.yaml:"), "\(error)")
            #expect("\(error)".contains("does not load"))
        }
    }

    @Test func settingsWaiversAndBaselinesApply() throws {
        var repo = try GitFixture(files: HistoryWorkspace.files)
        try repo.edit(Self.c1, "target: {value: 95, date: 2027-03-31}", "target: {value: 90, date: 2027-03-31}")
        try repo.edit(Self.c1, "target: {value: 85, date: 2027-06-30}", "target: {value: 82, date: 2027-06-30}")
        _ = try repo.commit("lower two targets")
        let plain = try ChangesRun.run(root: repo.root, earlier: .revision("HEAD~1"), later: .workTree, asOf: Self.asOf)
        #expect(plain.report.findings.map(\.severity) == [.error, .error])
        #expect(plain.report.fails(strict: false))
        // A waiver on one KPI accepts its change; the settings make the rule a warning.
        try repo.edit(
            Self.c1, "    target: {value: 82, date: 2027-06-30}\n",
            "    target: {value: 82, date: 2027-06-30}\n    waivers:\n      - rule: target-weakened\n        reason: Agreed at the March board.\n        approved_by: p-sro\n        expires: 2027-03-31\n"
        )
        try repo.write("missionkpi.yaml", ExampleWorkspace.settings + "\nrules:\n  target-weakened: warning\n")
        let set = try ChangesRun.run(root: repo.root, earlier: .revision("HEAD~1"), later: .workTree, asOf: Self.asOf)
        #expect(set.report.findings.map { "\($0.severity) \($0.subject)" } == ["warning c1/tests"])
        #expect(set.report.waived.map(\.subject.description) == ["c1/told-in-14-days"])
        #expect(!set.report.fails(strict: false) && set.report.fails(strict: true))
        // A baseline of today's findings: nothing new.
        let path = repo.root + "/baseline.json"
        try Data(FindingBaseline(findings: set.report.findings).json().utf8).write(to: URL(fileURLWithPath: path))
        let known = try ChangesRun.run(root: repo.root, earlier: .revision("HEAD~1"), later: .workTree, asOf: Self.asOf, baseline: path)
        #expect(known.report.findings.isEmpty && known.report.baselined.count == 1)
        #expect(throws: HistoryError.self) {
            try ChangesRun.run(
                root: repo.root, earlier: .revision("HEAD~1"), later: .workTree, asOf: Self.asOf, baseline: repo.root + "/none.json")
        }
    }

    @Test func alignIgnoresWaiversOfChangesRules() throws {
        var files = HistoryWorkspace.files
        files[Self.c1] = files[Self.c1]!.replacingOccurrences(
            of: "    target: {value: 85, date: 2027-06-30}\n",
            with:
                "    target: {value: 85, date: 2027-06-30}\n    waivers:\n      - rule: target-weakened\n        reason: Agreed at the March board.\n        approved_by: p-sro\n        expires: 2027-03-31\n"
        )
        let loaded = WorkspaceLoader.load(files: files, ruleCatalog: RuleRegistry.catalog)
        #expect(loaded.isClean, "\(loaded.diagnostics)")
        let assessment = Assessor.assess(loaded.workspace, observations: .empty, asOf: Self.asOf)
        let report = AlignmentEngine.run(loaded.workspace, assessment: assessment, asOf: Self.asOf)
        #expect(!report.findings.contains { $0.ruleID == "waiver-unused" && $0.key.hasPrefix("target-weakened") })
        #expect(!report.findings.contains { RuleRegistry.changesRuleIDs.contains($0.ruleID) })
    }
}

/// How far a date moved, in the words the changes rules use.
@Suite struct SpanWordsTests {
    @Test func monthsYearsAndDays() {
        let d = { (s: String) in Day(parsing: s)! }
        #expect(TargetDatePushedBack.span(d("2027-03-31"), d("2027-09-30")) == "6 months")
        #expect(TargetDatePushedBack.span(d("2026-12-31"), d("2027-12-31")) == "1 year")
        #expect(TargetDatePushedBack.span(d("2026-01-15"), d("2026-02-14")) == "30 days")
        #expect(TargetDatePushedBack.span(d("2026-01-15"), d("2026-02-15")) == "1 month")
        #expect(TargetDatePushedBack.span(d("2025-06-30"), d("2028-06-30")) == "3 years")
    }
}
