import MissionKPI

/// `assess --format json`: every figure of the view, keys in a fixed order.
enum AssessmentJSON {
    static func render(_ v: AssessmentView) -> String {
        JSONValue.object([
            ("as_of", .string(v.asOf.description)),
            ("scope", .object([("contract", .text(v.scope.contract)), ("mission", .text(v.scope.mission))])),
            ("missions", .array(v.missions.map(mission))),
            ("contracts", .array(v.contracts.map(contract))),
            ("watermelons", .array(v.watermelons.map(watermelon))),
        ]).render() + "\n"
    }

    static func mission(_ s: MissionSummary) -> JSONValue {
        .object([
            ("id", .string(s.mission)),
            ("coverage", .object([("covered", .int(s.coverage.covered)), ("total", .int(s.coverage.total))])),
            ("contracts", .array(s.contracts.map { .string($0) })),
            ("rating_counts", .object(Rating.allCases.map { ($0.rawValue, .int(s.ratingCounts[$0] ?? 0)) })),
            ("milestones", .array(s.milestones.map { m in
                .object([("ref", .string(m.ref.description)), ("trajectory", trajectory(m.trajectory)), ("evidence", .array(m.evidence.map(evidence)))])
            })),
            ("nodes", .array(s.nodes.map { n in
                .object([
                    ("ref", .string(n.ref.description)), ("covered", .bool(n.covered)), ("rating", .string(n.rating.rawValue)),
                    ("summary", .string(n.summary)), ("evidence", .array(n.evidence.map(evidence))),
                ])
            })),
        ])
    }

    static func trajectory(_ t: Trajectory) -> JSONValue {
        .object([
            ("status", .string(t.status.rawValue)), ("expected", .number(t.expected)), ("latest_value", .number(t.latestValue)),
            ("latest_date", .text(t.latestDate?.description)), ("gap", .number(t.gap)), ("projected_at_target", .number(t.projectedAtTarget)),
            ("target", .number(t.target)), ("target_date", .text(t.targetDate?.description)), ("reason", .string(t.reason)),
        ])
    }

    static func evidence(_ e: EvidenceItem) -> JSONValue {
        .object([
            ("contract", .string(e.contract)), ("kpi", .string(e.kpi)), ("measures", .string(e.measures.description)),
            ("rating", .string(e.rating.rawValue)), ("data_state", .string(e.dataState.name)), ("direct", .bool(e.direct)),
        ])
    }

    static func contract(_ c: ContractAssessmentView) -> JSONValue {
        .object([
            ("id", .string(c.contract.id)), ("title", .string(c.contract.title)), ("supplier", .string(c.contract.supplier.name)),
            ("kpis", .array(c.kpis.map(kpi))), ("annual", .array(c.annual.map(annual))),
            ("published", .array(c.published.map(AssessmentPublished.json))),
        ])
    }

    static func kpi(_ k: KPIAssessment) -> JSONValue {
        var lastEnd: String? = nil
        if case .stale(let end) = k.dataState { lastEnd = end.description }
        let bands: JSONValue = k.bands.map { b in
            .object([
                ("good", .number(b.good)), ("approaching_target", .number(b.approachingTarget)),
                ("requires_improvement", .number(b.requiresImprovement)), ("default", .bool(b.isDefault)),
            ])
        } ?? .null
        return .object([
            ("id", .string(k.kpi)), ("measures", .text(k.measures?.description)), ("most_material", .bool(k.mostMaterial)),
            ("bands", bands), ("data_state", .string(k.dataState.name)), ("stale_since", .text(lastEnd)),
            ("returns_due", .bool(k.returnsDue)), ("latest_rating", .string(k.latestRating.rawValue)),
            ("trajectory", trajectory(k.trajectory)),
            ("periods", .array(k.periods.map { p in
                .object([
                    ("period", .string(p.period.text)), ("end", .string(p.period.end.description)), ("value", .number(p.value)),
                    ("rating", .string(p.rating.rawValue)), ("version", .int(p.observation.version)), ("corrections", .int(p.corrections)),
                ])
            })),
        ])
    }

    static func annual(_ a: AnnualAssessment) -> JSONValue {
        .object([
            ("year", .int(a.year)), ("start", .string(a.start.description)), ("end", .string(a.end.description)),
            ("due", .string(a.due.description)), ("complete", .bool(a.isComplete)), ("overdue", .bool(a.isOverdue)),
            ("supplier", .string(a.supplier)), ("overall", .string(a.overall.rawValue)), ("rationale", .string(a.rationale)),
            ("kpis", .array(a.kpiRatings.map { r in
                .object([("kpi", .string(r.kpi)), ("rating", .string(r.rating.rawValue)), ("mean", .number(r.mean)), ("periods", .int(r.periodsRated))])
            })),
        ])
    }

    static func watermelon(_ w: Watermelon) -> JSONValue {
        .object([
            ("contract", .string(w.contract)), ("milestone", .string(w.milestone.description)), ("kpis", .array(w.kpis.map(evidence))),
            ("milestone_trajectory", trajectory(w.milestoneTrajectory)), ("reason", .string(w.reason)),
        ])
    }
}
