import MissionKPI

/// The open-data tables, each built from the report (text from the workspace redacted).
enum OpenDataTables {
    typealias C = DataTable.Column

    /// A table's builder: with a writer, rows go straight to it; without, they are kept in the table.
    typealias Builder = @Sendable (SiteReport, TableWriter?) -> DataTable

    /// Every table's file name and builder, in the order the data dictionary lists them.
    static let builders: [(name: String, build: Builder)] = [
        ("contracts", { contracts($0, into: $1) }), ("kpis", { kpis($0, into: $1) }), ("milestones", { milestones($0, into: $1) }),
        ("observations", { observations($0, into: $1) }), ("ratings", { ratings($0, into: $1) }),
        ("annual-assessments", { annual($0, into: $1) }), ("findings", { findings($0, into: $1) }), ("scores", { scores($0, into: $1) }),
        ("suppliers", { suppliers($0, into: $1) }),
        ("kpi-review", { kpiReview($0, into: $1) }),
        ("verdicts", { verdicts($0, into: $1) }), ("actions", { actions($0, into: $1) }),
    ]

    /// Every table with its rows in memory.
    static func all(_ report: SiteReport) -> [DataTable] { builders.map { $0.build(report, nil) } }

    static func contracts(_ report: SiteReport, into writer: TableWriter? = nil) -> DataTable {
        let r = report.redactor, ws = report.workspace
        var t = DataTable(
            writer: writer,
            name: "contracts", summary: "One row per contract.",
            columns: [
                C(name: "id", type: "id", meaning: "The contract id (file name under Contracts/<department>/)."),
                C(name: "ocid", type: "text", meaning: "The Open Contracting id, when given."),
                C(name: "title", type: "text", meaning: "The contract title."),
                C(name: "department", type: "id", meaning: "The department that owns the contract."),
                C(name: "supplier", type: "text", meaning: "The supplier's name."),
                C(name: "supplier_id", type: "text", meaning: "The supplier's identifier (e.g. Companies House), when given."),
                C(name: "sme", type: "boolean", meaning: "Whether the supplier is a small or medium-sized enterprise, when stated."),
                C(
                    name: "vcse", type: "boolean",
                    meaning: "Whether the supplier is a voluntary, community or social enterprise, when stated."),
                C(name: "value", type: "decimal (GBP)", meaning: "The contract value as written."),
                C(name: "value_includes_vat", type: "boolean", meaning: "Whether `value` includes VAT."),
                C(
                    name: "value_gross_gbp", type: "decimal (GBP)",
                    meaning: "The value including VAT (20% added where it was given without), as the s.52 £5m test uses."),
                C(name: "start", type: "date", meaning: "First day of the contract (YYYY-MM-DD)."),
                C(name: "end", type: "date", meaning: "Last day of the contract."),
                C(
                    name: "procedure", type: "code",
                    meaning:
                        "The procurement procedure: open, competitive_flexible, direct, framework, call_off, light_touch or concession."),
                C(name: "tier", type: "text", meaning: "The contract tier (from the workspace's list of tiers)."),
                C(
                    name: "manager", type: "text",
                    meaning: "The contract manager: the name at or above the publication grade floor, otherwise role and grade."),
                C(name: "senior_responsible_owner", type: "text", meaning: "The senior responsible owner, shown the same way."),
                C(
                    name: "kpi_exemption", type: "text",
                    meaning: "Why the contract has no KPIs (Procurement Act 2023 s.52(2)), when it claims an exemption."),
                C(name: "procurement_start", type: "date", meaning: "When re-procurement is planned to start, when given."),
                C(
                    name: "missions", type: "list of ids (;)",
                    meaning: "The missions the contract contributes to or whose nodes its KPIs measure."),
                C(name: "kpis", type: "integer", meaning: "How many KPIs the contract has."),
                C(
                    name: "alignment_score", type: "number (0–100)",
                    meaning: "How well the contract's KPIs are chosen: 100 less 20 per error, 10 per warning and 2 per info finding of the alignment rules (Documentation/Alignment.md); its verdict is in verdicts."),
                C(name: "errors", type: "integer", meaning: "Standing error findings on the contract and its KPIs."),
                C(name: "warnings", type: "integer", meaning: "Standing warning findings."),
                C(name: "info", type: "integer", meaning: "Standing info findings."),
            ])
        for c in ws.contracts {
            let f = report.findings(contract: c.id)
            let n = { (s: Severity) in f.filter { $0.severity == s }.count }
            let missions = Set(c.contributesTo.map(\.node.mission) + c.kpis.compactMap { $0.measures?.mission }).sorted()
            t.rows.append([
                .text(c.id), .text(r.text(c.ocid)), .text(r.text(c.title)), .text(c.department), .text(r.text(c.supplier.name)),
                .text(r.text(c.supplier.id)), .bool(c.supplier.sme), .bool(c.supplier.vcse), .money(c.value.amount),
                .bool(c.value.includesVAT),
                .money(c.value.grossAmount), .day(c.start), .day(c.end), .text(c.procedure?.rawValue),
                .text(r.text(c.tier)), .text(c.manager.map { PersonDisplay.name($0, in: ws) }),
                .text(c.seniorResponsibleOwner.map { PersonDisplay.name($0, in: ws) }),
                .text(c.kpiExemption.map { r.text($0.reason ?? "") }), .day(c.procurementStart),
                .text(missions.joined(separator: ";")), .int(c.kpis.count), .number(report.score(contract: c.id)?.score),
                .int(n(.error)), .int(n(.warning)), .int(n(.info)),
            ])
        }
        return t
    }

    static func kpis(_ report: SiteReport, into writer: TableWriter? = nil) -> DataTable {
        let r = report.redactor
        var t = DataTable(
            writer: writer,
            name: "kpis", summary: "One row per KPI of each contract, with its latest judgement.",
            columns: [
                C(name: "contract", type: "id", meaning: "The contract id."),
                C(name: "kpi", type: "id", meaning: "The KPI id, unique within the contract."),
                C(name: "title", type: "text", meaning: "The KPI title."),
                C(name: "level", type: "code", meaning: "Where the KPI sits in the results chain: input, activity, output or outcome."),
                C(name: "measures", type: "reference", meaning: "The mission node or milestone it measures, as mission/id."),
                C(name: "unit", type: "code", meaning: "percent, count, gbp, days, hours, ratio, score or other."),
                C(name: "direction", type: "code", meaning: "increase (higher is better), decrease or maintain."),
                C(name: "baseline", type: "number", meaning: "The baseline value."),
                C(name: "baseline_date", type: "date", meaning: "The baseline's date."),
                C(name: "target", type: "number", meaning: "The target value."),
                C(name: "target_date", type: "date", meaning: "When the target is due."),
                C(
                    name: "band_good", type: "number",
                    meaning: "Edge of the Good band (a lower edge when higher is better, an upper edge otherwise)."),
                C(name: "band_approaching_target", type: "number", meaning: "Edge of the Approaching target band."),
                C(
                    name: "band_requires_improvement", type: "number",
                    meaning: "Edge of the Requires improvement band; beyond it is Inadequate."),
                C(
                    name: "bands_derived", type: "boolean",
                    meaning: "True when the bands were derived from the target because the contract set none."),
                C(name: "frequency", type: "code", meaning: "monthly, quarterly, annually or every N months."),
                C(name: "data_source", type: "code", meaning: "Who supplies the data: supplier, authority or independent."),
                C(name: "most_material", type: "boolean", meaning: "One of the three KPIs most material to performance (UK7 notice)."),
                C(name: "latest_period", type: "period", meaning: "The newest period with a return on or before the as-of date."),
                C(name: "latest_value", type: "number", meaning: "The current value for that period."),
                C(
                    name: "latest_rating", type: "code",
                    meaning: "Its reg. 39(5) rating: good, approaching_target, requires_improvement, inadequate or other."),
                C(name: "data_state", type: "code", meaning: "current, stale or missing: whether returns are arriving."),
                C(
                    name: "trajectory", type: "code",
                    meaning: "on_track, at_risk, off_track or no_data against the path from baseline to target."),
                C(name: "findings", type: "integer", meaning: "Standing findings on this KPI."),
            ])
        for c in report.workspace.contracts {
            for k in c.kpis {
                let a = report.assessment.kpi(contract: c.id, kpi: k.id)
                let b = a?.bands
                let n = report.findings(contract: c.id).filter { $0.subject.kind == .kpi && $0.subject.item == k.id }.count
                t.rows.append([
                    .text(c.id), .text(k.id), .text(r.text(k.title)), .text(k.level?.rawValue), .text(k.measures?.description),
                    .text(k.unit?.rawValue), .text(k.direction?.rawValue), .number(k.baseline?.value), .day(k.baseline?.date),
                    .number(k.target?.value), .day(k.target?.date), .number(b?.good), .number(b?.approachingTarget),
                    .number(b?.requiresImprovement), .bool(b?.isDefault), .text(k.frequency?.rawValue), .text(k.dataSource?.rawValue),
                    .bool(k.mostMaterial), .text(a?.latest?.period.text), .number(a?.latest?.value), .text(a?.latestRating.rawValue),
                    .text(a?.dataState.name), .text(a?.trajectory.status.rawValue), .int(n),
                ])
            }
        }
        return t
    }

    static func milestones(_ report: SiteReport, into writer: TableWriter? = nil) -> DataTable {
        let r = report.redactor
        var t = DataTable(
            writer: writer,
            name: "milestones", summary: "One row per mission milestone, with where it stands.",
            columns: [
                C(name: "mission", type: "id", meaning: "The mission id."),
                C(name: "milestone", type: "id", meaning: "The milestone id."),
                C(name: "title", type: "text", meaning: "The milestone."),
                C(name: "unit", type: "code", meaning: "The indicator's unit."),
                C(name: "direction", type: "code", meaning: "Which way is better."),
                C(name: "baseline", type: "number", meaning: "The baseline value."),
                C(name: "baseline_date", type: "date", meaning: "The baseline's date."),
                C(name: "target", type: "number", meaning: "The target value."),
                C(name: "target_date", type: "date", meaning: "When the target is due."),
                C(name: "latest_value", type: "number", meaning: "The latest published value on or before the as-of date."),
                C(name: "latest_date", type: "date", meaning: "Its date."),
                C(name: "expected", type: "number", meaning: "The value the planned path expects at that date."),
                C(
                    name: "projected_at_target", type: "number",
                    meaning: "The least-squares projection of recent values to the target date."),
                C(name: "status", type: "code", meaning: "on_track, at_risk, off_track or no_data."),
                C(name: "reason", type: "text", meaning: "The judgement in words."),
            ])
        for m in report.workspace.missions {
            for ms in m.milestones {
                let tr = report.assessment.milestone(OutcomeRef(mission: m.id, id: ms.id))?.trajectory
                t.rows.append([
                    .text(m.id), .text(ms.id), .text(r.text(ms.title)), .text(ms.unit.rawValue), .text(ms.direction.rawValue),
                    .number(ms.baseline?.value), .day(ms.baseline?.date), .number(ms.target.value),
                    .day(ms.target.date),
                    .number(tr?.latestValue), .day(tr?.latestDate), .number(tr?.expected), .number(tr?.projectedAtTarget),
                    .text(tr?.status.rawValue), .text(r.text(tr?.reason)),
                ])
            }
        }
        return t
    }
}
