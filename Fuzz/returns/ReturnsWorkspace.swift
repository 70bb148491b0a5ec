/// The workspace returns inputs are checked against: contracts of every frequency, percent and other
/// units, one spanning the whole accepted calendar (0001-01-01 to 9999-12-31).
enum ReturnsWorkspace {
    static let files: [String: String] = [
        "Missions/m.yaml": """
        id: m
        title: A mission
        milestones:
          - {id: ms, title: A milestone, unit: percent, direction: increase, target: {value: 90, date: 2030-03-31}}
        """,
        "Contracts/d/department.yaml": """
        id: d
        name: A department
        people:
          - {id: p1, name: A Person, role: Contract manager, grade: HEO, commercial_specialist: true}
        """,
        "Contracts/d/c-one.yaml": """
        id: c-one
        title: Contract one
        department: d
        supplier: {name: Supplier One}
        value: {amount: 10000000, currency: GBP}
        period: {start: 2025-04-01, end: 2027-03-31}
        manager: p1
        kpis:
          - {id: monthly-pct, title: M, level: output, direction: increase, unit: percent, frequency: monthly}
          - {id: quarterly-count, title: Q, level: output, direction: increase, unit: count, frequency: quarterly}
          - {id: annual-score, title: A, level: outcome, direction: increase, unit: score, frequency: annually}
          - {id: any-period, title: X, level: output, direction: decrease, unit: days}
        """,
        "Contracts/d/c-two.yaml": """
        id: c-two
        title: Contract two
        department: d
        supplier: {name: Supplier Two}
        value: {amount: 6000000, currency: GBP}
        period: {start: 2025-04-01, end: 2026-03-31}
        manager: p1
        kpis:
          - {id: delivery, title: D, level: output, direction: increase, unit: count, frequency: monthly}
        """,
        "Contracts/d/c-edge.yaml": """
        id: c-edge
        title: Edge
        department: d
        supplier: {name: S}
        value: {amount: 10000000, currency: GBP}
        period: {start: 0001-01-01, end: 9999-12-31}
        manager: p1
        kpis:
          - {id: annual, title: A, level: outcome, direction: increase, unit: score, frequency: annually}
          - {id: quarterly, title: Q, level: output, direction: increase, unit: count, frequency: quarterly}
          - {id: monthly, title: M, level: output, direction: decrease, unit: percent, frequency: monthly}
          - {id: any, title: X, level: output, direction: decrease, unit: days}
        """,
    ]
}
