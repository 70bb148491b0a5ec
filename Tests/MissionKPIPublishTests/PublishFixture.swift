import Foundation
import MissionKPI
import MissionKPIPublish

/// A small fixed workspace for the publish tests: one mission, two departments, three contracts
/// (one aligned, one poorly aligned, one with hostile text and a junior manager), and returns with
/// a correction. Fixed as at 2026-11-24.
enum PublishFixture {
    static let asOf = Day(year: 2026, month: 11, day: 24)!
    /// A person below the grade floor, whose name must never be published.
    static let juniorName = "Quentin Zabriskie"
    /// A person at the floor, who is named.
    static let seniorName = "Alex Director"

    static let settings = """
        financial_year_start: 04-01
        publication:
          title: "Fixture & <Test> site"
          name_grade_floor: SCS1
        """

    static let mission = """
        id: demo
        title: Shorter waits for treatment
        board: Demo Mission Board
        lead_department: Department A
        summary: Patients wait less for diagnosis and treatment.
        sources:
          - title: A public source
            url: https://example.org/source
          - title: A bad link
            url: javascript:alert(1)
        problem_statements:
          - id: long-waits
            challenge: Patients wait too long for a diagnostic test.
            affected: Patients referred for imaging
            evidence:
              - "40% wait over 6 weeks (illustrative)"
            desired_outcome: Nine in ten tested within six weeks.
        milestones:
          - id: waits
            title: 92% of patients treated within 18 weeks
            unit: percent
            direction: increase
            baseline: {value: 60, date: 2024-09-30}
            target: {value: 92, date: 2029-03-31}
            trajectory:
              - {value: 65, date: 2026-03-31}
            observations:
              - {value: 61, date: 2025-09-30}
              - {value: 62, date: 2026-09-30}
        theory_of_change:
          - id: staff
            level: activity
            statement: Staff the diagnostic centres
            leads_to: [capacity]
          - id: capacity
            level: output
            statement: More diagnostic tests delivered
            leads_to: [faster-diagnosis]
          - id: faster-diagnosis
            level: outcome
            statement: Patients are diagnosed sooner
            leads_to: [waits]
            assumptions:
              - Reports keep pace with scans.
        """

    static let deptA = """
        id: dept-a
        name: Department A
        people:
          - id: p-spec
            name: Sam Expert
            role: Senior contract manager
            grade: G7
            commercial_specialist: true
            accreditation: {level: expert, date: 2025-06-01}
          - id: p-sro
            name: \(seniorName)
            role: Director
            grade: SCS2
            commercial_specialist: true
            accreditation: {level: expert, date: 2025-01-10}
          - id: p-junior
            name: \(juniorName)
            role: Contract officer
            grade: EO
            commercial_specialist: false
            accreditation: {level: foundation, date: 2022-01-10}
        """

    static let deptB = """
        id: dept-b
        name: Department B
        people:
          - id: p-lead
            name: Robin Lead
            role: Deputy Director
            grade: SCS1
            commercial_specialist: true
            accreditation: {level: practitioner, date: 2025-03-01}
        """

    static let aligned = """
        id: a-2025-0001
        ocid: ocds-h6vhtk-0a1b2c
        title: Community diagnostic imaging
        department: dept-a
        supplier: {name: Example Imaging Ltd, id: GB-COH-01234567, sme: true}
        value: {amount: 12000000, currency: GBP, includes_vat: true}
        period: {start: 2024-10-01, end: 2027-09-30}
        procedure: open
        tier: gold
        manager: p-spec
        senior_responsible_owner: p-sro
        contributes_to:
          - node: demo/capacity
            rationale: Adds imaging capacity.
        kpis:
          - id: tests
            title: Diagnostic tests delivered against plan
            level: output
            measures: demo/capacity
            unit: percent
            direction: increase
            baseline: {value: 70, date: 2024-09-30}
            target: {value: 95, date: 2027-03-31}
            bands: {good: 95, approaching_target: 90, requires_improvement: 80}
            frequency: quarterly
            data_source: independent
            most_material: true
          - id: report-time
            title: Median days from scan to report
            level: outcome
            measures: demo/faster-diagnosis
            unit: days
            direction: decrease
            baseline: {value: 12, date: 2024-09-30}
            target: {value: 5, date: 2027-03-31}
            bands: {good: 5, approaching_target: 7, requires_improvement: 10}
            frequency: quarterly
            data_source: authority
            most_material: true
          - id: within-6-weeks
            title: Patients tested within 6 weeks of referral
            level: outcome
            measures: demo/waits
            unit: percent
            direction: increase
            baseline: {value: 60, date: 2024-09-30}
            target: {value: 90, date: 2028-03-31}
            bands: {good: 90, approaching_target: 85, requires_improvement: 75}
            frequency: quarterly
            data_source: independent
            most_material: true
        """

    static let poor = """
        id: b-2025-0002
        title: Staffing support
        department: dept-b
        supplier: {name: Temp Staff plc}
        value: {amount: 6000000, currency: GBP, includes_vat: false}
        period: {start: 2025-04-01, end: 2028-03-31}
        procedure: direct
        manager: p-lead
        senior_responsible_owner: p-lead
        contributes_to:
          - node: demo/staff
        kpis:
          - id: hours
            title: Hours worked
            level: input
            measures: demo/staff
            unit: hours
            direction: increase
            frequency: quarterly
            data_source: supplier
        """

    /// A contract whose text tries to inject markup, Markdown and spreadsheet formulas.
    static let hostile = """
        id: a-2025-0003
        title: "<script>alert(1)</script> *bold* | pipe [link](http://x)"
        department: dept-a
        supplier: {name: "=cmd|' /C calc'!A0"}
        value: {amount: 3000000, currency: GBP, includes_vat: true}
        period: {start: 2025-04-01, end: 2027-06-30}
        procedure: open
        manager: p-junior
        senior_responsible_owner: p-sro
        contributes_to:
          - node: demo/faster-diagnosis
            rationale: "Managed by \(juniorName) & friends"
        kpis:
          - id: satisfaction
            title: "Satisfaction <img src=x onerror=alert(1)>"
            description: "Agreed with \(juniorName)"
            level: outcome
            measures: demo/faster-diagnosis
            unit: percent
            direction: increase
            baseline: {value: 70, date: 2025-03-31}
            target: {value: 85, date: 2027-03-31}
            frequency: quarterly
            data_source: authority
            most_material: true
        """

    static var files: [String: String] {
        [
            "missionkpi.yaml": settings,
            "Missions/demo.yaml": mission,
            "Contracts/dept-a/department.yaml": deptA,
            "Contracts/dept-b/department.yaml": deptB,
            "Contracts/dept-a/a-2025-0001.yaml": aligned,
            "Contracts/dept-b/b-2025-0002.yaml": poor,
            "Contracts/dept-a/a-2025-0003.yaml": hostile,
        ]
    }

    /// The workspace, loaded from memory; fails loudly when the fixture does not load.
    static func workspace(_ files: [String: String] = files) throws -> Workspace {
        let result = WorkspaceLoader.load(files: files, ruleCatalog: RuleRegistry.catalog)
        guard result.isClean else {
            throw FixtureError(text: result.diagnostics.map(\.description).joined(separator: "\n"))
        }
        return result.workspace
    }

    struct FixtureError: Error, CustomStringConvertible { var text: String; var description: String { text } }

    /// Published (UK9) assessments: year one of a-2025-0001 published better than its returns give
    /// (tests met, returns requires improvement), then corrected by a later notice; report-time agreeing;
    /// and a-2025-0003's with hostile text in the measure and the release id.
    static var published: [PublishedAssessment] {
        func item(
            _ c: String, _ k: String, _ cls: PublishedAssessment.Classification, _ measure: String?, release: String, date: String
        ) -> PublishedAssessment {
            let year = c == "a-2025-0001" ? ("2024-10-01", "2025-09-30") : ("2025-04-01", "2026-03-31")
            return PublishedAssessment(
                contract: c, kpi: k, periodStart: Day(parsing: year.0)!, periodEnd: Day(parsing: year.1)!,
                periodText: "\(year.0)/\(year.1)", measure: measure, classification: cls,
                classificationDescription: OCDSExport.classificationDescription(cls), release: release, releaseDate: date,
                noticeType: "UK9")
        }
        return [
            item("a-2025-0001", "tests", .met, "99%", release: "012345-2025", date: "2025-10-20T09:00:00+01:00"),
            item("a-2025-0001", "tests", .below, "88%", release: "013000-2025", date: "2025-11-03T09:00:00Z"),
            item("a-2025-0001", "report-time", .below, "8.3 days", release: "012345-2025", date: "2025-10-20T09:00:00+01:00"),
            item("a-2025-0003", "satisfaction", .met, "=HYPERLINK(\"http://evil\",\"x\")", release: "<b>r</b>", date: "2026-05-01T00:00:00Z"),
        ]
    }

    /// Quarterly returns from 2024-Q4 to 2026-Q3, with one correction and a formula-like note.
    static var observations: ObservationSet {
        var rows: [Observation] = []
        let quarters = ["2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3"]
        func add(_ c: String, _ k: String, _ q: String, _ v: Double, note: String? = nil, version: Int = 1, row: Int) {
            rows.append(
                Observation(
                    contract: c, kpi: k, period: Period(parsing: q)!, value: v, note: note, version: version,
                    provenance: Provenance(
                        file: "Contracts/\(c.hasPrefix("a") ? "dept-a" : "dept-b")/returns/all.csv", row: row, sha256: "x",
                        recordedAt: "2026-01-01T00:00:00Z")))
        }
        var row = 2
        for (i, q) in quarters.enumerated() {
            add("a-2025-0001", "tests", q, 88 + Double(i), row: row); row += 1
            add("a-2025-0001", "report-time", q, 9 - Double(i) * 0.5, row: row); row += 1
            add("a-2025-0001", "within-6-weeks", q, 70 + Double(i) * 2, row: row); row += 1
            if i >= 2 {
                add("b-2025-0002", "hours", q, 1000 + Double(i) * 10, row: row); row += 1
                add("a-2025-0003", "satisfaction", q, 72 + Double(i), note: i == 3 ? "=HYPERLINK(\"http://evil\",\"x\")" : nil, row: row);
                row += 1
            }
        }
        add("a-2025-0001", "tests", "2025-Q3", 85, note: "corrected after audit by \(juniorName)", version: 2, row: row)
        return ObservationSet(allVersions: rows)
    }
}
