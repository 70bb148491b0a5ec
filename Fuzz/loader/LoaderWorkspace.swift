/// The small valid workspace each loader input is dropped into (one of its files replaced).
enum LoaderWorkspace {
    static let files: [String: String] = [
        "missionkpi.yaml": """
        financial_year_start: 04-01
        publication:
          title: Fuzz workspace
          name_grade_floor: SCS1
          tiers: [platinum, gold, silver, bronze]
        """,
        "Missions/nhs.yaml": """
        id: nhs
        title: Build an NHS fit for the future
        milestones:
          - id: rtt-18-weeks
            title: 92% within 18 weeks
            unit: percent
            direction: increase
            baseline: {value: 59.1, date: 2024-09-30}
            target: {value: 92, date: 2029-03-31}
        theory_of_change:
          - {id: diagnostic-capacity, level: output, statement: More diagnostic tests, leads_to: [faster-diagnosis]}
          - {id: faster-diagnosis, level: outcome, statement: Patients are diagnosed sooner, leads_to: [rtt-18-weeks]}
        """,
        "Contracts/dhsc/department.yaml": """
        id: dhsc
        name: Department of Health and Social Care
        people:
          - {id: p-0141, name: Contract Manager, role: Contract manager, grade: HEO, commercial_specialist: false}
          - {id: p-0007, name: Responsible Owner, role: Senior responsible owner, grade: SCS2}
        """,
        "Contracts/dhsc/dhsc-2025-0142.yaml": """
        id: dhsc-2025-0142
        title: Community diagnostic centre imaging services
        department: dhsc
        supplier: {name: Example Imaging Ltd, sme: false}
        value: {amount: 48000000, currency: GBP, includes_vat: true}
        period: {start: 2025-04-01, end: 2028-03-31}
        procedure: open
        tier: gold
        manager: p-0141
        senior_responsible_owner: p-0007
        contributes_to:
          - {node: nhs/diagnostic-capacity, rationale: Adds imaging capacity.}
        kpis:
          - id: scan-turnaround
            title: Scans reported within 7 days
            level: output
            measures: nhs/faster-diagnosis
            unit: percent
            direction: increase
            bands: {good: 90, approaching_target: 85, requires_improvement: 75}
            frequency: monthly
            data_source: supplier
          - {id: annual-score, title: Yearly score, level: outcome, direction: increase, unit: score, frequency: annually}
          - {id: quarterly, title: Quarterly count, level: output, direction: decrease, unit: count, frequency: quarterly}
        """,
    ]
}
