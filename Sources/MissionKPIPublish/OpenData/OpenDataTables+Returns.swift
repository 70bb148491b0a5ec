import MissionKPI

extension OpenDataTables {
    static func observations(_ report: SiteReport, into writer: TableWriter? = nil) -> DataTable {
        let r = report.redactor
        var t = DataTable(
            writer: writer,
            name: "observations", summary: "One row per version of each KPI return, corrections included (the tracker's full history).",
            columns: [
                C(name: "contract", type: "id", meaning: "The contract id."),
                C(name: "kpi", type: "id", meaning: "The KPI id."),
                C(
                    name: "period", type: "period",
                    meaning: "The period as written: 2025-04 (month), 2025-Q2 (calendar quarter), FY2025-26 (financial year) or start/end."),
                C(name: "period_start", type: "date", meaning: "First day of the period."),
                C(name: "period_end", type: "date", meaning: "Last day of the period."),
                C(name: "value", type: "number", meaning: "The value reported."),
                C(name: "note", type: "text", meaning: "The note sent with the return."),
                C(name: "version", type: "integer", meaning: "1 for the first return of this KPI and period; each correction adds one."),
                C(name: "current", type: "boolean", meaning: "True for the latest version, the one the ratings use."),
                C(name: "correction", type: "boolean", meaning: "True when this version replaced an earlier one."),
                C(name: "source_file", type: "text", meaning: "The returns file it was recorded from, relative to the workspace."),
                C(name: "source_row", type: "integer", meaning: "The row in that file (the header is row 1)."),
            ])
        for key in report.observations.keys {
            let current = report.observations.current(contract: key.contract, kpi: key.kpi).map { ($0, true) }
            let older = report.observations.superseded(contract: key.contract, kpi: key.kpi).map { ($0, false) }
            for (o, isCurrent) in (current + older).sorted(by: { ($0.0.period, $0.0.version) < ($1.0.period, $1.0.version) }) {
                t.rows.append([
                    .text(o.contract), .text(o.kpi), .text(o.period.text), .day(o.period.start),
                    .day(o.period.end),
                    .number(o.value), .text(r.text(o.note)), .int(o.version), .bool(isCurrent), .bool(o.isCorrection),
                    .text(o.provenance.file), .int(o.provenance.row),
                ])
            }
        }
        return t
    }

    static func ratings(_ report: SiteReport, into writer: TableWriter? = nil) -> DataTable {
        var t = DataTable(
            writer: writer,
            name: "ratings", summary: "One row per KPI and period with a current return on or before the as-of date, rated.",
            columns: [
                C(name: "contract", type: "id", meaning: "The contract id."),
                C(name: "kpi", type: "id", meaning: "The KPI id."),
                C(name: "period", type: "period", meaning: "The period."),
                C(name: "period_end", type: "date", meaning: "Last day of the period."),
                C(name: "value", type: "number", meaning: "The current value."),
                C(
                    name: "rating", type: "code",
                    meaning: "The reg. 39(5) rating: good, approaching_target, requires_improvement, inadequate or other."),
                C(
                    name: "ocds_measure_classification", type: "code",
                    meaning:
                        "The same rating as the OCDS UK extension's measureClassification: met, slightlyBelow, below, significantlyBelow or other."
                ),
                C(name: "corrections", type: "integer", meaning: "How many earlier versions the current value corrected."),
            ])
        for k in report.assessment.kpis {
            for p in k.periods {
                t.rows.append([
                    .text(k.contract), .text(k.kpi), .text(p.period.text), .day(p.period.end), .number(p.value),
                    .text(p.rating.rawValue), .text(p.rating.ocdsClassification), .int(p.corrections),
                ])
            }
        }
        return t
    }

    static func annual(_ report: SiteReport, into writer: TableWriter? = nil) -> DataTable {
        let r = report.redactor
        var t = DataTable(
            writer: writer,
            name: "annual-assessments",
            summary: "One row per contract and 12-month period from its start: the s.71 assessment of the most material KPIs.",
            columns: [
                C(name: "contract", type: "id", meaning: "The contract id."),
                C(name: "year", type: "integer", meaning: "1 for the first 12 months from the contract's start."),
                C(name: "start", type: "date", meaning: "First day of the period."),
                C(name: "end", type: "date", meaning: "Last day of the period."),
                C(name: "due", type: "date", meaning: "When the assessment is due (30 days after the period ends)."),
                C(name: "status", type: "code", meaning: "assessed, overdue, in_progress or awaiting_returns."),
                C(name: "overall", type: "code", meaning: "The overall reg. 39(5) rating."),
                C(
                    name: "ocds_measure_classification", type: "code",
                    meaning: "The overall rating as the OCDS UK extension's measureClassification."),
                C(name: "kpi_ratings", type: "list (;)", meaning: "Each most material KPI as kpi=rating."),
                C(name: "rationale", type: "text", meaning: "How the overall rating was reached."),
                C(name: "supplier", type: "text", meaning: "The supplier assessed."),
            ])
        for a in report.assessment.annual {
            let status = a.isComplete ? "assessed" : a.isOverdue ? "overdue" : a.end >= report.asOf ? "in_progress" : "awaiting_returns"
            t.rows.append([
                .text(a.contract), .int(a.year), .day(a.start), .day(a.end), .day(a.due),
                .text(status),
                .text(a.overall.rawValue), .text(a.overall.ocdsClassification),
                .text(a.kpiRatings.map { "\($0.kpi)=\($0.rating.rawValue)" }.joined(separator: ";")), .text(r.text(a.rationale)),
                .text(r.text(a.supplier)),
            ])
        }
        return t
    }

    static func findings(_ report: SiteReport, into writer: TableWriter? = nil) -> DataTable {
        let r = report.redactor
        var t = DataTable(
            writer: writer,
            name: "findings", summary: "One row per finding of the alignment engine: standing ones, and those a waiver suppresses.",
            columns: [
                C(
                    name: "fingerprint", type: "text",
                    meaning: "Stable across edits that move lines: a hash of the rule, the subject and the key."),
                C(name: "rule", type: "id", meaning: "The rule id (see rules.html)."),
                C(name: "family", type: "code", meaning: "The rule's family."),
                C(name: "severity", type: "code", meaning: "error, warning or info."),
                C(name: "status", type: "code", meaning: "standing, or waived."),
                C(name: "subject_kind", type: "code", meaning: "workspace, mission, department, contract or kpi."),
                C(
                    name: "subject", type: "reference",
                    meaning: "What it is about: contract, contract/kpi, mission/node, department/person."),
                C(name: "file", type: "text", meaning: "The workspace file it points at."),
                C(name: "line", type: "integer", meaning: "The line in that file."),
                C(name: "column", type: "integer", meaning: "The column."),
                C(name: "message", type: "text", meaning: "What is wrong and why."),
                C(name: "fix", type: "text", meaning: "What to do about it."),
            ])
        let rows = report.allFindings.map { ($0, "standing") } + report.alignment.waived.map { ($0, "waived") }
        for (f, status) in rows.sorted(by: { ($0.0, $0.1) < ($1.0, $1.1) }) {
            t.rows.append([
                .text(f.fingerprint), .text(f.ruleID), .text(RuleRegistry.rule(f.ruleID)?.description.family.rawValue),
                .text(f.severity.rawValue),
                .text(status), .text(f.subject.kind.rawValue), .text(f.subject.description), .text(f.location.file), .int(f.location.line),
                .int(f.location.column), .text(r.text(f.message)), .text(r.text(f.fix)),
            ])
        }
        return t
    }

    static func scores(_ report: SiteReport, into writer: TableWriter? = nil) -> DataTable {
        var t = DataTable(
            writer: writer,
            name: "scores",
            summary:
                "One row per point deduction behind each contract's and mission's alignment score (a score with no deduction has one row with an empty rule).",
            columns: [
                C(name: "kind", type: "code", meaning: "contract or mission."),
                C(name: "subject", type: "id", meaning: "The contract or mission id."),
                C(name: "score", type: "number (0–100)", meaning: "The score: 100 less the sum of its deductions."),
                C(name: "rule", type: "id", meaning: "The rule of the finding that cost points."),
                C(name: "severity", type: "code", meaning: "Its severity."),
                C(name: "finding_subject", type: "reference", meaning: "What the finding is about."),
                C(name: "fingerprint", type: "text", meaning: "The finding's fingerprint (see findings)."),
                C(name: "points", type: "number", meaning: "Points lost to this finding, after sharing and scaling."),
            ])
        let s = report.alignment.scores
        for (kind, list) in [("contract", s.contracts), ("mission", s.missions)] {
            for score in list {
                if score.deductions.isEmpty {
                    t.rows.append([
                        .text(kind), .text(score.subject), .number(score.score), .text(nil), .text(nil), .text(nil), .text(nil),
                        .number(nil),
                    ])
                }
                for d in score.deductions {
                    t.rows.append([
                        .text(kind), .text(score.subject), .number(score.score), .text(d.ruleID), .text(d.severity.rawValue),
                        .text(d.subject),
                        .text(d.fingerprint), .number(d.points),
                    ])
                }
            }
        }
        return t
    }
}
