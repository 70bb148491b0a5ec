/// The small workspace every rule example starts from: one mission (`demo`), one department (`dept`)
/// and one well-aligned contract (`c1`) with three good outcome KPIs and 24 months of returns.
/// An example adds a KPI to `c1`, replaces `c1`, or replaces any file.
public enum ExampleWorkspace {
    public static let mission = """
        id: demo
        title: Shorter waits for treatment
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
              - {value: 63, date: 2025-10-31}
              - {value: 66, date: 2026-09-30}
        theory_of_change:
          - id: recruit
            level: activity
            statement: Recruit and train radiographers
            leads_to: [staff]
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
          - id: other-branch
            level: output
            statement: Beds freed by discharge support
            leads_to: [waits]
        """

    public static let department = """
        id: dept
        name: Example Department
        people:
          - id: p-spec
            name: Sam Expert
            role: Senior contract manager
            grade: G7
            commercial_specialist: true
            accreditation: {level: expert, date: 2025-06-01}
          - id: p-sro
            name: Alex Director
            role: Director
            grade: SCS2
            commercial_specialist: true
            accreditation: {level: expert, date: 2025-01-10}
          - id: p-junior
            name: Jo Junior
            role: Contract officer
            grade: EO
            commercial_specialist: false
            accreditation: {level: foundation, date: 2022-01-10}
        """

    /// The body of the base contract before its KPIs; `kpis:` follows.
    public static let contractHead = """
        id: c1
        title: Community diagnostic imaging
        department: dept
        supplier: {name: Example Imaging Ltd}
        value: {amount: 12000000, currency: GBP, includes_vat: true}
        period: {start: 2024-10-01, end: 2029-03-31}
        procedure: open
        tier: gold
        manager: p-spec
        senior_responsible_owner: p-sro
        contributes_to:
          - node: demo/capacity
            rationale: Adds imaging capacity.
        """

    /// The three well-formed KPIs of `c1`.
    public static let kpis = """
          - id: tests
            title: Diagnostic tests delivered against plan
            level: output
            measures: demo/capacity
            unit: percent
            direction: increase
            baseline: {value: 70, date: 2024-09-30}
            target: {value: 95, date: 2027-03-31}
            bands: {good: 95, approaching_target: 90, requires_improvement: 80}
            frequency: monthly
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
            frequency: monthly
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
            frequency: monthly
            data_source: independent
            most_material: true
        """

    public static let settings = """
        financial_year_start: 04-01
        """

    /// The base files, by workspace-relative path.
    public static var files: [String: String] {
        [
            "missionkpi.yaml": settings,
            "Missions/demo.yaml": mission,
            "Contracts/dept/department.yaml": department,
            "Contracts/dept/c1.yaml": contractHead + "\nkpis:\n" + kpis + "\n",
        ]
    }

    /// 24 monthly returns (2024-11 to 2026-10) per base KPI, all rated good.
    public static var returns: String {
        var lines: [String] = []
        var day = Day(year: 2024, month: 11, day: 1)!
        for _ in 0..<24 {
            let p = day.description.prefix(7)
            lines.append("c1,tests,\(p),96")
            lines.append("c1,report-time,\(p),4")
            lines.append("c1,within-6-weeks,\(p),91")
            day = day.adding(months: 1)
        }
        return lines.joined(separator: "\n")
    }
}
