import MissionKPI

/// A small workspace built in code for the assessment tests (see the comments for what each part pins).
public enum AssessmentFixture {
    public static let settings = """
        assessment:
          projection_periods: 3
          at_risk_tolerance: 0.15
        """

    // ms-up is off track at 2025-06-30 (53 against 60 expected); ms-down is at risk (80 days against 79.97).
    public static let mission = """
        id: m1
        title: Test mission
        board: Test Board
        milestones:
          - id: ms-up
            title: Up milestone
            unit: percent
            direction: increase
            baseline: {value: 50, date: 2024-01-01}
            target: {value: 80, date: 2027-01-01}
            trajectory:
              - {value: 60, date: 2025-01-01}
            observations:
              - {value: 50, date: 2024-01-01}
              - {value: 52, date: 2024-07-01}
              - {value: 53, date: 2025-01-01}
          - id: ms-down
            title: Down milestone
            unit: days
            direction: decrease
            baseline: {value: 100, date: 2024-01-01}
            target: {value: 60, date: 2026-01-01}
            observations:
              - {value: 90, date: 2024-07-01}
              - {value: 80, date: 2025-01-01}
        theory_of_change:
          - {id: act, level: activity, statement: Do things, leads_to: [out]}
          - {id: out, level: output, statement: Things happen, leads_to: [ms-up]}
          - {id: idle, level: activity, statement: Nobody measures this, leads_to: [lonely]}
          - {id: lonely, level: output, statement: Measured by c3 only, leads_to: [ms-down]}
        """

    public static let department = """
        id: d1
        name: Dept One
        people:
          - {id: p1, name: A Person, role: Contract manager, grade: G7, commercial_specialist: true}
        """

    public static let c1 = """
        id: c1
        title: Contract one
        department: d1
        supplier: {name: Supplier One Ltd}
        value: {amount: 10000000, currency: GBP}
        period: {start: 2024-04-01, end: 2027-03-31}
        manager: p1
        contributes_to:
          - node: m1/act
        kpis:
          - {id: k-inc, title: Increasing, level: output, measures: m1/act, unit: percent, direction: increase,
             baseline: {value: 70, date: 2024-04-01}, target: {value: 90, date: 2025-04-01},
             bands: {good: 90, approaching_target: 85, requires_improvement: 75}, frequency: monthly, most_material: true}
          - {id: k-dec, title: Decreasing, level: output, measures: m1/out, unit: days, direction: decrease,
             target: {value: 2}, bands: {good: 2, approaching_target: 4, requires_improvement: 6}, frequency: monthly, most_material: true}
          - {id: k-def, title: Default bands, level: output, measures: m1/out, unit: count, direction: increase,
             baseline: {value: 100}, target: {value: 200}, frequency: quarterly, most_material: true}
          - {id: k-none, title: No target, level: activity, unit: count, direction: increase, frequency: monthly}
        """

    public static let c2 = """
        id: c2
        title: Contract two
        department: d1
        supplier: {name: Supplier Two Ltd}
        value: {amount: 6000000, currency: GBP}
        period: {start: 2024-01-01, end: 2026-12-31}
        kpis:
          - {id: k2, title: Direct on the milestone, level: outcome, measures: m1/ms-up, unit: percent, direction: increase,
             target: {value: 90}, bands: {good: 90, approaching_target: 80, requires_improvement: 70}, frequency: monthly}
        """

    public static let c3 = """
        id: c3
        title: Contract three
        department: d1
        supplier: {name: Supplier Three Ltd}
        value: {amount: 6000000, currency: GBP}
        period: {start: 2024-01-01, end: 2026-12-31}
        kpis:
          - {id: k-stale, title: Stopped reporting, level: output, measures: m1/lonely, unit: score, direction: increase,
             target: {value: 10}, bands: {good: 10, approaching_target: 8, requires_improvement: 6}, frequency: monthly}
          - {id: k-fresh, title: Still reporting, level: output, measures: m1/lonely, unit: score, direction: increase,
             target: {value: 10}, bands: {good: 10, approaching_target: 8, requires_improvement: 6}, frequency: monthly}
        """

    public static let c4 = """
        id: c4
        title: Not started
        department: d1
        supplier: {name: Supplier Four Ltd}
        value: {amount: 6000000, currency: GBP}
        period: {start: 2025-07-01, end: 2027-06-30}
        kpis:
          - {id: k4, title: Future, level: output, unit: count, direction: increase, target: {value: 5}, frequency: monthly}
        """

    public static func workspace() -> Workspace {
        let result = WorkspaceLoader.load(files: [
            "missionkpi.yaml": settings, "Missions/m1.yaml": mission, "Contracts/d1/department.yaml": department,
            "Contracts/d1/c1.yaml": c1, "Contracts/d1/c2.yaml": c2, "Contracts/d1/c3.yaml": c3, "Contracts/d1/c4.yaml": c4,
        ])
        precondition(result.isClean, result.diagnostics.map(\.description).joined(separator: "\n"))
        return result.workspace
    }

    public static func obs(_ contract: String, _ kpi: String, _ period: String, _ value: Double, version: Int = 1) -> Observation {
        Observation(
            contract: contract, kpi: kpi, period: Period(parsing: period)!, value: value, note: nil, version: version,
            provenance: Provenance(file: "returns/test.csv", row: 2, sha256: "", recordedAt: ""))
    }

    public static func observations() -> ObservationSet {
        var all: [Observation] = []
        // k-inc: monthly from 2024-04, 2024-09 missing (a gap), 2025-05 corrected 84 → 91, 2025-07 after the as-of date.
        let inc: [(String, Double)] = [
            ("2024-04", 70), ("2024-05", 72), ("2024-06", 75), ("2024-07", 78), ("2024-08", 80), ("2024-10", 84),
            ("2024-11", 85), ("2024-12", 86), ("2025-01", 88), ("2025-02", 89), ("2025-03", 90), ("2025-04", 90), ("2025-07", 50),
        ]
        all += inc.map { obs("c1", "k-inc", $0.0, $0.1) }
        all += [obs("c1", "k-inc", "2025-05", 84, version: 1), obs("c1", "k-inc", "2025-05", 91, version: 2)]
        let dec: [Double] = [6, 5, 5, 4, 4, 3, 3, 3, 2, 2, 2, 2, 2, 2]
        for (i, v) in dec.enumerated() {
            let d = Day(year: 2024, month: 4, day: 1)!.adding(months: i)
            all.append(obs("c1", "k-dec", String(d.description.prefix(7)), v))
        }
        all += [("2024-Q2", 150), ("2024-Q3", 190), ("2024-Q4", 170), ("2025-Q1", 200), ("2025-Q2", 205)].map { obs("c1", "k-def", $0.0, $0.1) }
        all += [obs("c1", "k-none", "2025-04", 3), obs("c1", "k-none", "2025-05", 4)]
        all += [("2025-02", 60), ("2025-03", 65), ("2025-04", 62), ("2025-05", 66)].map { obs("c2", "k2", $0.0, $0.1) }
        all += ["2024-10", "2024-11", "2024-12", "2025-01", "2025-02"].map { obs("c3", "k-stale", $0, 10) }
        all += ["2025-01", "2025-02", "2025-03"].map { obs("c3", "k-fresh", $0, 10) }
        return ObservationSet(allVersions: all)
    }

    public static let asOf = Day(parsing: "2025-06-30")!

    public static func assessment(asOf: Day = asOf) -> Assessment {
        Assessor.assess(workspace(), observations: observations(), asOf: asOf)
    }
}
