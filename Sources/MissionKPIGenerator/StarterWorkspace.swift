import Foundation
import MissionKPI

/// `missionkpi init`: the smallest workspace worth starting from — settings, one mission with a
/// milestone and a short theory of change, one department with its owner and manager, one contract with
/// the three most-material KPIs the Procurement Act asks for, and one returns file. It validates, records
/// and aligns clean; every value is an example to replace (each file says so).
///
/// ```swift
/// let written = try StarterWorkspace.write(to: "my-workspace")   // ["missionkpi.yaml", "Missions/…", …]
/// ```
public enum StarterWorkspace {
    /// The files, by workspace-relative path.
    public static let files: [(path: String, text: String)] = [
        ("missionkpi.yaml", settings), ("Missions/example-mission.yaml", mission),
        ("Contracts/example-department/department.yaml", department),
        ("Contracts/example-department/example-department-2026-0001.yaml", contract),
        ("Contracts/example-department/returns/2026-27-q1.csv", returns), (".gitignore", ".missionkpi/\nReports/\n"),
    ]

    /// Writes the files into `root` (created if needed). Refuses a folder that already holds
    /// `missionkpi.yaml`, `Missions/` or `Contracts/`: nothing of an existing workspace is overwritten.
    /// Returns the paths written.
    public static func write(to root: String) throws(GeneratorError) -> [String] {
        let fm = FileManager.default
        if ["missionkpi.yaml", "Missions", "Contracts"].contains(where: { fm.fileExists(atPath: root + "/" + $0) }) {
            throw .outputNotEmpty(root)
        }
        var summary = GeneratorSummary()
        var written: [String] = []
        for (path, text) in files where !(path == ".gitignore" && fm.fileExists(atPath: root + "/.gitignore")) {
            try FileOutput.makeFolder((root + "/" + path as NSString).deletingLastPathComponent)
            try FileOutput.write(Array(text.utf8), to: root + "/" + path, &summary)
            written.append(path)
        }
        return written
    }

    static let settings = """
        # Workspace settings (Documentation/Workspace.md). Written by 'missionkpi init': replace the examples.
        financial_year_start: 04-01
        publication:
          title: "My missions and contracts"
          name_grade_floor: SCS1          # people below this grade are shown by role and grade, never by name
          publisher: {name: "Example publishing team", contact: "https://www.example.org/contact"}
          licence: Open Government Licence v3.0

        """

    static let mission = """
        # An example mission: what must change, by when, and how contracts are expected to help.
        id: example-mission
        title: Shorter waits for treatment
        board: Example mission board
        problem_statements:
          - id: long-waits
            challenge: Patients wait too long for planned treatment.
            desired_outcome: Most patients start treatment within 18 weeks of referral.
        milestones:
          - id: waits-18-weeks
            title: 92% of patients wait no longer than 18 weeks
            unit: percent
            direction: increase
            baseline: {value: 60, date: 2025-03-31}
            target: {value: 92, date: 2029-03-31}
        theory_of_change:
          - id: more-capacity
            level: output
            statement: More treatment sessions are delivered.
            leads_to: [shorter-waits]
          - id: shorter-waits
            level: outcome
            statement: Patients start treatment sooner.
            leads_to: [waits-18-weeks]

        """

    static let department = """
        # An example department. People below the publication grade floor appear by role and grade only.
        id: example-department
        name: Example Department
        people:
          - id: p-0001
            name: Example Director
            role: Senior responsible owner
            grade: SCS2
          - id: p-0002
            name: Example Manager
            role: Contract manager
            grade: G7
            commercial_specialist: true
            accreditation: {level: practitioner, date: 2025-06-01}

        """

    static let contract = """
        # An example contract with the three most-material KPIs the annual assessment (s.71) rests on.
        id: example-department-2026-0001
        title: Additional treatment sessions
        department: example-department
        supplier: {name: Example Supplier Ltd, sme: true}
        value: {amount: 6000000, currency: GBP, includes_vat: true}
        period: {start: 2026-04-01, end: 2029-03-31}
        procedure: open
        tier: silver
        manager: p-0002
        senior_responsible_owner: p-0001
        contributes_to:
          - node: example-mission/more-capacity
            rationale: The supplier delivers extra treatment sessions.
        kpis:
          - id: patients-within-18-weeks
            title: Patients treated within 18 weeks of referral
            level: outcome
            measures: example-mission/shorter-waits
            unit: percent
            direction: increase
            baseline: {value: 60, date: 2026-03-31}
            target: {value: 85, date: 2029-03-31}
            bands: {good: 85, approaching_target: 78, requires_improvement: 70}
            frequency: monthly
            data_source: authority
            most_material: true
          - id: sessions-delivered
            title: Treatment sessions delivered per month
            level: output
            measures: example-mission/more-capacity
            unit: count
            direction: increase
            baseline: {value: 0, date: 2026-03-31}
            target: {value: 400, date: 2027-03-31}
            bands: {good: 400, approaching_target: 360, requires_improvement: 300}
            frequency: monthly
            data_source: authority
            most_material: true
          - id: patient-experience
            title: Patients who would recommend the service
            level: outcome
            measures: example-mission/shorter-waits
            unit: percent
            direction: increase
            baseline: {value: 80, date: 2026-03-31}
            target: {value: 90, date: 2029-03-31}
            bands: {good: 90, approaching_target: 85, requires_improvement: 80}
            frequency: quarterly
            data_source: independent
            most_material: true

        """

    static let returns = """
        contract,kpi,period,value,note
        example-department-2026-0001,patients-within-18-weeks,2026-04,61.5,
        example-department-2026-0001,patients-within-18-weeks,2026-05,62.4,
        example-department-2026-0001,patients-within-18-weeks,2026-06,63.0,
        example-department-2026-0001,sessions-delivered,2026-04,180,
        example-department-2026-0001,sessions-delivered,2026-05,240,
        example-department-2026-0001,sessions-delivered,2026-06,310,
        example-department-2026-0001,patient-experience,2026-Q2,82,

        """
}
