import Foundation
import MissionKPI
import MissionKPITestSupport
import Testing

@testable import MissionKPIPublish

@Suite("Assessment: renderings")
struct AssessmentRenderTests {
    let a = AssessmentFixture.assessment()
    let ws = AssessmentFixture.workspace()

    func render(_ format: AssessmentFormat, _ scope: AssessmentScope = AssessmentScope()) -> String {
        AssessmentReport.render(a, workspace: ws, scope: scope, format: format)
    }

    @Test("Text: milestones with figures and reasons, nodes with evidence, watermelons with both sides, contracts")
    func text() {
        let out = render(.text, AssessmentScope(mission: "m1"))
        let lines = out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "Assessment as at 2025-06-30 — mission m1")
        #expect(lines.contains("      OFF TRACK: expected 60% · actual 53% (2025-01-01) · gap -7 points · projected 59.1% at 2027-01-01 (target 80%)"))
        #expect(lines.contains("  Evidence covers 5 of 6 nodes and milestones; 6 KPIs from 3 contracts: 5 good, 1 inadequate."))
        #expect(lines.contains("    idle (activity) — no evidence; no rating"))
        #expect(lines.contains("  c1 → m1/ms-up"))
        #expect(lines.contains("    KPI k-inc: good 91% in 2025-05 (current; measures m1/act)"))
        #expect(lines.contains { $0.hasPrefix("    Milestone ms-up: off track — 53% at 2025-01-01 against 60% expected") })
        #expect(lines.contains { $0.hasPrefix("    k-inc *") && $0.contains("91% (corrected)") && $0.contains("good") })
        #expect(lines.contains { $0.hasPrefix("    k-stale") && $0.contains("stale since 2025-02-28") })
        #expect(lines.contains("      Year 1, 2024-01-01 to 2024-12-31: OVERDUE, due 2025-01-30; overall other"))
        #expect(!out.contains("c4"))  // not serving the mission
    }

    @Test("A contract that has not started shows its returns as not due yet")
    func notDueYet() {
        let out = render(.text, AssessmentScope(contract: "c4"))
        #expect(out.split(separator: "\n").contains { $0.hasPrefix("    k4") && $0.contains("not due yet") })
    }

    @Test("Same input, same bytes")
    func deterministic() {
        for f in AssessmentFormat.allCases { #expect(render(f) == AssessmentReport.render(AssessmentFixture.assessment(), workspace: ws, scope: AssessmentScope(), format: f)) }
    }

    @Test("JSON parses and carries every figure")
    func json() throws {
        let data = Data(render(.json).utf8)
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(root["as_of"] as? String == "2025-06-30")
        let contracts = try #require(root["contracts"] as? [[String: Any]])
        #expect(contracts.map { $0["id"] as? String } == ["c1", "c2", "c3", "c4"])
        let kpis = try #require(contracts[0]["kpis"] as? [[String: Any]])
        let inc = try #require(kpis.first { $0["id"] as? String == "k-inc" })
        let periods = try #require(inc["periods"] as? [[String: Any]])
        #expect(periods.count == 13)
        #expect(periods.last?["corrections"] as? Int == 1)
        let watermelons = try #require(root["watermelons"] as? [[String: Any]])
        #expect(watermelons.first?["contract"] as? String == "c1")
    }

    @Test("CSV: one table, the same number of fields in every row")
    func csv() {
        let rows = render(.csv).split(separator: "\r\n").map { String($0) }
        #expect(rows.first == "kind,mission,contract,id,period,date,value,expected,gap,projected,target,rating,status,data_state,detail")
        #expect(rows.contains { $0.hasPrefix("milestone,m1,,ms-up,,2025-01-01,53,60,-7,59.1484,80,,off_track,,") })
        #expect(rows.contains { $0.hasPrefix("annual,,c2,year-1,2024-01-01/2024-12-31,2025-01-30,,,,,,other,overdue,,") })
        #expect(rows.contains("period,m1,c1,k-inc,2025-05,2025-05-31,91,,,,,good,,,\"version 2, corrects 1 earlier\""))
    }

    @Test("CSV: a cell a spreadsheet would run as a formula is neutralised, as in every other CSV")
    func csvNeutralisesFormulas() throws {
        var hostile = a
        let i = try #require(hostile.kpis.firstIndex { $0.kpi == "k-inc" })
        hostile.kpis[i].trajectory.reason = "=HYPERLINK(\"http://evil\",\"x\")"
        let csv = AssessmentReport.render(hostile, workspace: ws, scope: AssessmentScope(), format: .csv)
        #expect(csv.contains(",\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"\r\n"))
        #expect(!csv.contains(",=HYPERLINK"))
        #expect(!csv.contains(",\"=HYPERLINK"))
    }

    @Test("Markdown: tables with escaped cells")
    func markdown() {
        let out = render(.markdown, AssessmentScope(contract: "c2"))
        #expect(out.hasPrefix("# Assessment as at 2025-06-30 — contract c2\n"))
        #expect(out.contains("| `ms-up` | Off track | 60% | 53% (2025-01-01) | -7 points | 59.1% | 80% by 2027-01-01 |"))
        #expect(!out.contains("`ms-down`"))  // c2 gives no evidence for it
        #expect(out.contains("| 1 | 2024-01-01 to 2024-12-31 | 2025-01-30 | OVERDUE | Other |"))
    }

    @Test("A contract scope keeps only the milestones and nodes it evidences")
    func contractScope() {
        let v = AssessmentView(a, workspace: ws, scope: AssessmentScope(contract: "c3"))
        #expect(v.contracts.map(\.contract.id) == ["c3"])
        #expect(v.missions.first?.milestones.map(\.ref.id) == ["ms-down"])
        #expect(v.missions.first?.nodes.map(\.ref.id) == ["lonely"])
        #expect(v.watermelons.isEmpty)
    }
}
